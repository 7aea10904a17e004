package org.enlace.crm.imports.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Resumes, a few seconds after the application starts, the imports a stopped or crashed server
 * left unfinished. Each goes on from the rows its last committed chunk consumed, so none is
 * imported twice or lost. (One node: in a cluster, only one node should run this.)
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class ImportResume {

    private static final Logger LOG = Logger.getLogger(ImportResume.class.getName());

    @Resource
    TimerService timers;

    @EJB
    ImportRuns runs;

    /** The imports unfinished when the application started, read before any new one can start. */
    private List<Long> left = List.of();

    @PostConstruct
    void schedule() {
        left = runs.unfinished();
        if (!left.isEmpty()) {
            timers.createSingleActionTimer(Long.getLong("crm.import.resumeDelay", 5000), new TimerConfig(null, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void resume() {
        List<Long> still = runs.unfinished();
        for (Long id : left) {
            if (!still.contains(id)) {
                continue; // resumed or undone by its user meanwhile
            }
            try {
                LOG.info(() -> "Resuming import " + id + " left unfinished by the last shutdown");
                runs.launch(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not resume import " + id, e);
            }
        }
    }
}
