package org.enlace.crm.record.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.record.control.RoundRobins;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.Group;

/**
 * Configuración > Módulos, "Repartir en turnos": the group among whose active members each
 * module's new records are dealt when their owner is "En turnos" (a form, an import).
 */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class TurnsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoundRobins roundRobins;

    @Inject
    AuditTrail audit;

    /** The group each module's new records are dealt among (modules without one are absent). */
    public Map<CrmModule, Long> turns() {
        Map<CrmModule, Long> turns = new EnumMap<>(CrmModule.class);
        for (CrmModule module : CrmModule.values()) {
            roundRobins.groupOf(module).ifPresent(group -> turns.put(module, group));
        }
        return turns;
    }

    /** Deals the module's new records in turns among the group's active members (null: no longer). */
    public void dealInTurns(@NotNull CrmModule module, Long groupId) {
        if (groupId != null && em.find(Group.class, groupId) == null) {
            throw new InvalidInputException("turns", "crm.module.turns.unknownGroup");
        }
        Long before = roundRobins.groupOf(module).orElse(null);
        if (java.util.Objects.equals(before, groupId)) {
            return;
        }
        roundRobins.deal(module, groupId);
        audit.record(
                "module",
                null,
                module.name(),
                "turns",
                before == null ? "" : String.valueOf(before),
                groupId == null ? "" : String.valueOf(groupId));
    }
}
