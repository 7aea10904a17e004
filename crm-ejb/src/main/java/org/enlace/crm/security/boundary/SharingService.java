package org.enlace.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.Group;
import org.enlace.crm.security.entity.PartyKind;
import org.enlace.crm.security.entity.Role;
import org.enlace.crm.security.entity.RuleAccess;
import org.enlace.crm.security.entity.SharingAccess;
import org.enlace.crm.security.entity.SharingDefault;
import org.enlace.crm.security.entity.SharingRule;

/** Sharing access (Configuración > Usuarios y acceso > Acceso compartido). Administrators only. */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class SharingService {

    static final String AUDIT_TYPE = "sharing";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    AccessControl access;

    /** Each module's default as set (a module never set is public read-write-delete). */
    public Map<CrmModule, SharingAccess> defaults() {
        Map<CrmModule, SharingAccess> all = new EnumMap<>(CrmModule.class);
        for (CrmModule module : CrmModule.values()) {
            all.put(module, SharingDefault.WHEN_UNSET);
        }
        em.createQuery("select d from SharingDefault d", SharingDefault.class)
                .getResultList()
                .forEach(d -> all.put(d.getModule(), d.getAccess()));
        return all;
    }

    /** Each module's default as it applies (Contacts carry the privacy of Accounts). */
    public Map<CrmModule, SharingAccess> effectiveDefaults() {
        Map<CrmModule, SharingAccess> all = new EnumMap<>(CrmModule.class);
        for (CrmModule module : CrmModule.values()) {
            all.put(module, access.scheme().defaultOf(module));
        }
        return all;
    }

    public void setDefault(@NotNull CrmModule module, @NotNull SharingAccess level) {
        SharingDefault current = em.find(SharingDefault.class, module);
        String before = current == null
                ? SharingDefault.WHEN_UNSET.name()
                : current.getAccess().name();
        if (current == null) {
            em.persist(new SharingDefault(module, level));
        } else {
            current.setAccess(level);
        }
        audit.record(AUDIT_TYPE, null, module.name(), "default", before, level.name());
        access.forget();
    }

    public List<SharingRule> rules() {
        return em.createNamedQuery(SharingRule.FIND_ALL, SharingRule.class).getResultList();
    }

    public SharingRule addRule(
            @NotNull CrmModule module,
            @NotNull PartyKind sourceKind,
            long sourceId,
            @NotNull PartyKind targetKind,
            long targetId,
            @NotNull RuleAccess level) {
        checkParty("source", sourceKind, sourceId);
        checkParty("target", targetKind, targetId);
        SharingRule rule = new SharingRule(module, sourceKind, sourceId, targetKind, targetId, level);
        rule.touch(caller.id(), Instant.now());
        em.persist(rule);
        audit.record(AUDIT_TYPE, rule.getId(), module.name(), "addRule", null, describe(rule));
        access.forget();
        return rule;
    }

    public void changeRule(long id, @NotNull RuleAccess level) {
        SharingRule rule = find(id);
        String before = describe(rule);
        rule.setAccess(level);
        rule.touch(caller.id(), Instant.now());
        audit.record(AUDIT_TYPE, id, rule.getModule().name(), "changeRule", before, describe(rule));
        access.forget();
    }

    public void deleteRule(long id) {
        SharingRule rule = find(id);
        String before = describe(rule);
        em.remove(rule);
        audit.record(AUDIT_TYPE, id, rule.getModule().name(), "deleteRule", before, null);
        access.forget();
    }

    private SharingRule find(long id) {
        SharingRule rule = em.find(SharingRule.class, id);
        if (rule == null) {
            throw new NotFoundException();
        }
        return rule;
    }

    private void checkParty(String field, PartyKind kind, long id) {
        boolean exists = switch (kind) {
            case ROLE, ROLE_AND_SUBORDINATES -> em.find(Role.class, id) != null;
            case GROUP -> em.find(Group.class, id) != null;
            case USER -> false;
        };
        if (!exists) {
            throw new InvalidInputException(field, "crm.sharing.party.unknown");
        }
    }

    static String describe(SharingRule r) {
        return r.getModule() + ": " + r.getSourceKind() + ":" + r.getSourceId() + " -> " + r.getTargetKind() + ":"
                + r.getTargetId() + " " + r.getAccess();
    }
}
