package org.enlace.crm.imports.control;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Records an import's state as its job starts and ends (each in its own transaction). */
@Dependent
@Named("importListener")
public class ImportListener implements JobListener, StepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @EJB
    ImportRuns runs;

    private long started;

    @Override
    public void beforeJob() {
        started = System.currentTimeMillis();
        runs.running(ImportReader.importIdOf(job), job.getExecutionId());
    }

    @Override
    public void beforeStep() {
        // nothing before the step
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            job.setTransientUserData(failure);
        }
    }

    @Override
    public void afterJob() {
        long importId = ImportReader.importIdOf(job);
        long millis = System.currentTimeMillis() - started;
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            runs.stopped(importId, millis);
        } else if (job.getTransientUserData() instanceof Exception failure) {
            runs.failed(importId, millis, String.valueOf(failure));
        } else if (status == BatchStatus.FAILED) {
            runs.failed(importId, millis, job.getExitStatus());
        } else {
            runs.finished(importId, millis);
        }
    }
}
