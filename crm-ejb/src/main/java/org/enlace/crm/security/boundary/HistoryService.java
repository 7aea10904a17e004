package org.enlace.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.control.ListQuery;
import org.enlace.crm.common.control.Restriction;
import org.enlace.crm.security.entity.CrmRole;

/**
 * The login history (who, when, from where, with what result) and the audit log of the security
 * scheme (who changed which user, role, profile, group or sharing setting, before and after),
 * newest first. Administrators only: both speak of every user.
 */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class HistoryService {

    static final ListQuery<LoginRow> LOGINS = ListQuery.of(
                    LoginRow.class,
                    "e",
                    "new org.enlace.crm.security.boundary.LoginRow(e.id, e.at, e.username, e.address, e.result)",
                    "LoginEvent e")
            .column("username", "e.username")
            .column("address", "e.address")
            .search("e.username")
            .defaultOrder("e.at desc")
            .build();

    static final ListQuery<AuditRow> AUDIT = ListQuery.of(
                    AuditRow.class,
                    "a",
                    "new org.enlace.crm.security.boundary.AuditRow(a.id, a.at, a.actorName, a.entityType, a.entityName,"
                            + " a.action, a.before, a.after)",
                    "AuditEvent a")
            .column("actorName", "a.actorName")
            .column("entityType", "a.entityType")
            .column("entityName", "a.entityName")
            .search("a.entityName")
            .defaultOrder("a.at desc")
            .build();

    @PersistenceContext
    EntityManager em;

    public List<LoginRow> logins(@NotNull @Valid PageRequest request) {
        return LOGINS.rows(em, request, Restriction.NONE);
    }

    public long countLogins(@NotNull @Valid PageRequest request, @Min(0) int atMost) {
        return LOGINS.count(em, request, atMost, Restriction.NONE);
    }

    public List<AuditRow> audit(@NotNull @Valid PageRequest request) {
        return AUDIT.rows(em, request, Restriction.NONE);
    }

    public long countAudit(@NotNull @Valid PageRequest request, @Min(0) int atMost) {
        return AUDIT.count(em, request, atMost, Restriction.NONE);
    }
}
