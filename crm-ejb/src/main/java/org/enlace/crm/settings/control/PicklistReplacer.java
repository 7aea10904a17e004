package org.enlace.crm.settings.control;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.settings.entity.PicklistValue;

/**
 * Moves the records holding a deleted picklist value to its replacement, in the background: one
 * set-based update per range of ids, each in its own short transaction (so the table is never
 * locked for long and a million rows take seconds), with the progress kept on the value. It ends
 * with a last sweep for rows saved meanwhile, then removes the value. A server stopped half way
 * resumes on start ({@link PicklistResume}); the updates are idempotent.
 */
@Stateless
public class PicklistReplacer {

    private static final Logger LOG = Logger.getLogger(PicklistReplacer.class.getName());

    /** Ids per update statement (a system property, read on each run). */
    static final String CHUNK = "crm.picklist.replaceChunk";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    SettingsCache settings;

    @Asynchronous
    public void run(PicklistField field, String code) {
        PicklistReplacer self = context.getBusinessObject(PicklistReplacer.class);
        try {
            if (!self.awaitMarked(field, code)) {
                return;
            }
            if (field.stored()) {
                long[] range = self.idRange(field);
                long done = self.doneBefore(field, code);
                int chunk = Math.max(1, Integer.getInteger(CHUNK, 20_000));
                for (long from = range[0]; from <= range[1]; from += chunk) {
                    done += self.move(field, code, from, from + chunk, done);
                }
            }
            self.finish(field, code);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Moving " + field + " " + code + " stopped; it resumes on the next start", e);
        }
    }

    /** Waits (a few seconds at most) for the deleting transaction to commit. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean awaitMarked(PicklistField field, String code) {
        PicklistReplacer self = context.getBusinessObject(PicklistReplacer.class);
        for (int attempt = 0; attempt < 100; attempt++) {
            if (self.marked(field, code)) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean marked(PicklistField field, String code) {
        PicklistValue value = em.find(PicklistValue.class, new PicklistValue.Key(field, code));
        return value != null && value.isReplacing();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long[] idRange(PicklistField field) {
        Object[] row = (Object[]) em.createNativeQuery("select min(id), max(id) from " + field.table())
                .getSingleResult();
        if (row[0] == null) {
            return new long[] {1, 0};
        }
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** What an earlier run (before a restart) already moved: the total less what is left. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long doneBefore(PicklistField field, String code) {
        PicklistValue value = em.find(PicklistValue.class, new PicklistValue.Key(field, code));
        long left = count(em, field, code);
        return Math.max(0, value.getReplaceTotal() - left);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int move(PicklistField field, String code, long fromId, long toId, long doneBefore) {
        PicklistValue value = em.find(PicklistValue.class, new PicklistValue.Key(field, code));
        int moved = em.createNativeQuery(update(field, value) + " and id >= ? and id < ?")
                .setParameter(1, code)
                .setParameter(2, fromId)
                .setParameter(3, toId)
                .executeUpdate();
        if (moved > 0) {
            value.progress(doneBefore + moved);
        }
        return moved;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(PicklistField field, String code) {
        PicklistValue value = em.find(PicklistValue.class, new PicklistValue.Key(field, code));
        if (value == null) {
            return;
        }
        if (field.stored()) {
            em.createNativeQuery(update(field, value)).setParameter(1, code).executeUpdate();
        }
        em.remove(value);
        settings.changed();
        LOG.info(() -> "Picklist value " + field + " " + code + " deleted, records moved to " + value.getReplacedBy());
    }

    static long count(EntityManager em, PicklistField field, String code) {
        if (!field.stored()) {
            return 0;
        }
        return ((Number) em.createNativeQuery(
                                "select count(*) from " + field.table() + " where " + field.column() + " = ?")
                        .setParameter(1, code)
                        .getSingleResult())
                .longValue();
    }

    /** The update of the records holding the value; its one parameter is the deleted code. */
    private static String update(PicklistField field, PicklistValue value) {
        String replacement = value.getReplacedBy();
        // codes are [A-Z0-9_] (checked when created), so the literal is safe; a null needs no binding type
        String target =
                replacement == null || replacement.isEmpty() ? "null" : "'" + replacement.replace("'", "''") + "'";
        return "update " + field.table() + " set " + field.column() + " = " + target + " where " + field.column()
                + " = ?";
    }
}
