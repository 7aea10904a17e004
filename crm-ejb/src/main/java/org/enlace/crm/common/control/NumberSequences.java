package org.enlace.crm.common.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.enlace.crm.common.entity.NumberSequence;

/**
 * Record numbers per module. The sequence row is locked for the rest of the creating transaction,
 * so concurrent creations wait for each other and never get the same number.
 */
@Dependent
public class NumberSequences {

    public static final String ACCOUNT = "ACCOUNT";
    public static final String CONTACT = "CONTACT";
    public static final String LEAD = "LEAD";
    public static final String OPPORTUNITY = "OPPORTUNITY";
    public static final String PRODUCT = "PRODUCT";
    public static final String SERVICE = "SERVICE";

    @PersistenceContext
    EntityManager em;

    public String next(String module) {
        NumberSequence sequence = em.find(NumberSequence.class, module, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            throw new IllegalStateException("No number sequence for " + module);
        }
        return sequence.take();
    }

    /** count numbers at once, for an import's chunk: one locked read instead of one per record. */
    public List<String> next(String module, int count) {
        List<String> taken = new ArrayList<>(count);
        if (count == 0) {
            return taken;
        }
        NumberSequence sequence = em.find(NumberSequence.class, module, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            throw new IllegalStateException("No number sequence for " + module);
        }
        for (int i = 0; i < count; i++) {
            taken.add(sequence.take());
        }
        return taken;
    }
}
