package org.enlace.crm.imports.entity;

/** Where an import stands. */
public enum ImportStatus {
    /** Waiting for the batch runtime to start it. */
    QUEUED,
    RUNNING,
    COMPLETED,
    /** Stopped by a failure of the job itself (never by a bad row); it can be resumed. */
    FAILED,
    /** Its records removed and its overwritten records restored. */
    UNDONE,
    /** Stopped by the user or by a server shutdown; it can be resumed. */
    STOPPED;

    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
