package org.enlace.crm.settings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
import java.util.List;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.Modules;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.NumberSequence;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.entity.CrmRole;

/**
 * Configuración > Numeración: each module's prefix and next number (CTA-, CON-, ...). A change
 * never hands out a number a record already has.
 */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class NumberingService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<NumberSequence> all() {
        return em.createQuery("select s from NumberSequence s order by s.module", NumberSequence.class)
                .getResultList();
    }

    public NumberSequence renumber(
            @NotNull String module,
            @NotNull @Pattern(regexp = "[A-Za-z0-9_/-]{0,10}", message = "{crm.numbering.prefix.pattern}")
                    String prefix,
            @Min(1) long next) {
        NumberSequence sequence = em.find(NumberSequence.class, module, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            throw new NotFoundException();
        }
        if (prefix.equals(sequence.getPrefix()) && next < sequence.getNextValue()) {
            throw new InvalidInputException("next", "crm.numbering.lower");
        }
        // the entity holding the sequence's numbers (in its number property), from the module definitions
        String entity = Arrays.stream(CrmModule.values())
                .map(Modules::of)
                .filter(d -> module.equals(d.sequence()))
                .map(ModuleDefinition::entityName)
                .findFirst()
                .orElse(null);
        if (entity != null) {
            long taken = em.createQuery("select count(x) from " + entity + " x where x.number = :n", Long.class)
                    .setParameter("n", prefix + next)
                    .getSingleResult();
            if (taken > 0) {
                throw new InvalidInputException("next", "crm.numbering.taken", prefix + next);
            }
        }
        String before = sequence.preview();
        sequence.renumber(prefix, next);
        audit.record("numbering", null, module, "update", before, sequence.preview());
        return sequence;
    }
}
