package org.enlace.crm.settings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.settings.entity.Company;

/**
 * The administrator's setup checklist: the FAQ's eight steps, each measured from the data (never
 * ticked by hand), in the FAQ's order.
 */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class SetupService {

    /** One step: its key (for the labels), whether it is done, its screen, and whether that exists yet. */
    public record Step(String key, boolean done, String outcome, boolean available) implements Serializable {}

    @PersistenceContext
    EntityManager em;

    public List<Step> checklist() {
        return List.of(
                new Step(
                        "securityScheme",
                        count("select count(d) from SharingDefault d") + count("select count(r) from SharingRule r")
                                > 0,
                        "/admin/sharing",
                        true),
                new Step(
                        "rolesProfilesGroups",
                        count("select count(r) from Role r where r.modifiedBy is not null")
                                        + count("select count(p) from Profile p where p.modifiedBy is not null")
                                        + count("select count(g) from UserGroup g")
                                > 0,
                        "/admin/roles",
                        true),
                new Step("users", count("select count(u) from User u where u.active = true") > 1, "/admin/users", true),
                new Step("company", companyDone(), "/admin/company", true),
                new Step(
                        "picklists",
                        count("select count(e) from AuditEvent e where e.entityType = 'picklist'") > 0,
                        "/admin/picklists",
                        true),
                new Step("accounts", exists("select a.id from Account a"), "/account/list", true),
                new Step("contacts", exists("select c.id from Contact c"), "/contact/list", true),
                new Step("leads", exists("select l.id from Lead l"), "/lead/list", true));
    }

    private boolean companyDone() {
        Company company = em.find(Company.class, Company.ID);
        return company != null
                && company.getTaxId() != null
                && !company.getTaxId().isBlank();
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    /** Whether any row exists, without counting a million of them. */
    private boolean exists(String jpql) {
        return !em.createQuery(jpql, Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
