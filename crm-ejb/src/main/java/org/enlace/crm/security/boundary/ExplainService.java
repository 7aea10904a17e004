package org.enlace.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.SecurityScheme;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.Group;
import org.enlace.crm.security.entity.Role;
import org.enlace.crm.security.entity.SharingRule;
import org.enlace.crm.security.entity.User;

/** Explain access (Configuración > Explicar acceso): why a user can or cannot reach a record. */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class ExplainService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    /**
     * The explanation for a record given by its number (CTA-12, CON-345); without a number, for
     * the module's records in general.
     */
    public AccessExplanation explain(long userId, @NotNull CrmModule module, @Size(max = 30) String number) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new NotFoundException();
        }
        if (number == null || number.isBlank()) {
            List<AccessExplanation.Line> lines = new ArrayList<>();
            for (AccessControl.Verdict verdict : access.explain(user, module, null)) {
                lines.add(
                        new AccessExplanation.Line(verdict.action().name(), verdict.allowed(), verdict.reason(), null));
            }
            return new AccessExplanation(null, null, lines);
        }
        List<Object[]> found = em.createQuery(
                        "select r.number, o.id, o.displayName from " + module.entityName()
                                + " r join r.owner o where r.number = :number",
                        Object[].class)
                .setParameter("number", number.strip().toUpperCase(Locale.ROOT))
                .getResultList();
        if (found.isEmpty()) {
            throw new InvalidInputException("number", "explain.record.unknown");
        }
        Object[] record = found.get(0);
        List<AccessExplanation.Line> lines = new ArrayList<>();
        for (AccessControl.Verdict verdict : access.explain(user, module, (Long) record[1])) {
            lines.add(new AccessExplanation.Line(
                    verdict.action().name(), verdict.allowed(), verdict.reason(), detail(verdict.reach())));
        }
        return new AccessExplanation((String) record[0], (String) record[2], lines);
    }

    /** The role, group or rule a reason names. */
    private String detail(SecurityScheme.Reach reach) {
        if (reach == null) {
            return null;
        }
        return switch (reach.why()) {
            case OWNER -> null;
            case SUBORDINATE -> name(em.find(Role.class, reach.through()));
            case GROUP -> name(em.find(Group.class, reach.through()));
            case RULE -> {
                SharingRule rule = em.find(SharingRule.class, reach.through());
                yield rule == null
                        ? null
                        : "#" + rule.getId() + " " + party(rule.getSourceKind().name(), rule.getSourceId()) + " → "
                                + party(rule.getTargetKind().name(), rule.getTargetId());
            }
        };
    }

    private String party(String kind, long id) {
        return kind.equals("GROUP") ? name(em.find(Group.class, id)) : name(em.find(Role.class, id));
    }

    private static String name(Object named) {
        if (named instanceof Role role) {
            return role.getName();
        }
        if (named instanceof Group group) {
            return group.getName();
        }
        return "?";
    }
}
