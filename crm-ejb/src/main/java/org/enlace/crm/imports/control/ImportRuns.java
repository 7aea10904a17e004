package org.enlace.crm.imports.control;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.Modules;
import org.enlace.crm.common.entity.Owner;
import org.enlace.crm.imports.entity.ImportRun;
import org.enlace.crm.imports.entity.ImportStatus;
import org.enlace.crm.record.control.RecordsAssigned;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.User;

/**
 * An import's state changes, each in its own transaction (called from the batch runtime's
 * threads and before a job starts). A long import mails its user when it ends.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportRuns {

    public static final String JOB = "crm-import";

    /** An import that ran longer than this mails its user the result (crm.import.mailAfterSeconds). */
    static final long MAIL_AFTER_MILLIS = Long.getLong("crm.import.mailAfterSeconds", 30) * 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ImportFinished> importFinished;

    @Inject
    Event<RecordsAssigned> assigned;

    public long create(ImportRun run, Long userId) {
        run.touch(userId, Instant.now());
        em.persist(run);
        em.flush();
        return run.getId();
    }

    /** Starts (or resumes) the batch job of an import; the job's listener records its execution. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void launch(long importId) {
        java.util.Properties parameters = new java.util.Properties();
        parameters.setProperty("importId", String.valueOf(importId));
        parameters.setProperty("chunk", String.valueOf(Integer.getInteger("crm.import.chunk", 1000)));
        BatchRuntime.getJobOperator().start(JOB, parameters);
    }

    /**
     * Remembers that the user stopped the import. One column, without the version check: the
     * running job updates the import's counts at the same time, and only the counts' columns.
     */
    public void stopRequested(long importId) {
        em.createNativeQuery("update crm_import set stop_requested = ? where id = ?")
                .setParameter(1, Boolean.TRUE)
                .setParameter(2, importId)
                .executeUpdate();
    }

    /**
     * The imports a stopped or crashed server left unfinished: running, queued, or stopped by the
     * shutdown rather than by their user.
     */
    public List<Long> unfinished() {
        return em
                .createQuery("select r from ImportRun r where r.status in :statuses", ImportRun.class)
                .setParameter("statuses", List.of(ImportStatus.RUNNING, ImportStatus.QUEUED, ImportStatus.STOPPED))
                .getResultList()
                .stream()
                .filter(r -> r.getStatus() != ImportStatus.STOPPED || !r.isStopRequested())
                .map(ImportRun::getId)
                .toList();
    }

    public void running(long importId, long executionId) {
        em.find(ImportRun.class, importId).running(executionId, Instant.now());
    }

    public void finished(long importId, long millis) {
        ImportRun run = em.find(ImportRun.class, importId);
        run.addRunTime(millis);
        run.completed(Instant.now());
        // told as from the user who imported (he is not told of what he gave himself)
        Caller.actingAs(run.getUsername(), () -> {
            tellOwners(run);
            return null;
        });
        if (run.getRunMillis() >= MAIL_AFTER_MILLIS) {
            em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
                    .setParameter("username", run.getUsername())
                    .getResultStream()
                    .findFirst()
                    .ifPresent(user -> importFinished.fire(new ImportFinished(user, run)));
        }
    }

    /**
     * Each owner of records the import created hears once, with how many and the first numbers
     * (read grouped from the records themselves, so a resumed import counts every chunk).
     */
    private void tellOwners(ImportRun run) {
        ModuleDefinition module = Modules.of(run.getModule());
        List<Object[]> owners = em.createQuery(
                        "select r.ownerKey, count(r) from " + module.entityName()
                                + " r where r.importId = :id group by r.ownerKey",
                        Object[].class)
                .setParameter("id", run.getId())
                .getResultList();
        for (Object[] row : owners) {
            long ownerId = (Long) row[0];
            List<String> numbers = em.createQuery(
                            "select r.number from " + module.entityName()
                                    + " r where r.importId = :id and r.ownerKey = :owner order by r.id",
                            String.class)
                    .setParameter("id", run.getId())
                    .setParameter("owner", ownerId)
                    .setMaxResults(10)
                    .getResultList();
            assigned.fire(new RecordsAssigned(
                    run.getModule(), em.find(Owner.class, ownerId), ((Number) row[1]).intValue(), numbers));
        }
    }

    public void stopped(long importId, long millis) {
        ImportRun run = em.find(ImportRun.class, importId);
        run.addRunTime(millis);
        run.stopped(Instant.now());
    }

    public void failed(long importId, long millis, String failure) {
        ImportRun run = em.find(ImportRun.class, importId);
        run.addRunTime(millis);
        run.failed(failure, Instant.now());
    }
}
