package org.enlace.crm.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.enlace.crm.common.entity.BaseEntity;
import org.enlace.crm.common.entity.CrmModule;

/**
 * One import of a CSV file into a module: the user's choices (as JSON), its counts, and how many
 * rows of the file it has consumed. The counts and that checkpoint are updated in the transaction
 * that writes each chunk's records, so after a crash the import resumes exactly after the last
 * chunk written: no row twice, none lost.
 */
@Entity
@Table(name = "crm_import")
public class ImportRun extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CrmModule module;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ImportStatus status = ImportStatus.QUEUED;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "stored_name", nullable = false, length = 80)
    private String storedName;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Lob
    @Column(nullable = false)
    private String settings;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 100)
    private String username;

    /** The file's rows (its header aside), counted before the import starts. */
    @Column(name = "rows_total", nullable = false)
    private long total;

    @Column(name = "rows_read", nullable = false)
    private long read;

    @Column(name = "rows_created", nullable = false)
    private long created;

    @Column(name = "rows_updated", nullable = false)
    private long updated;

    @Column(name = "rows_skipped", nullable = false)
    private long skipped;

    /** Lines with nothing but separators: ignored, counted apart. */
    @Column(name = "rows_empty", nullable = false)
    private long emptyLines;

    @Column(name = "rows_rejected", nullable = false)
    private long rejected;

    @Column(name = "execution_id")
    private Long executionId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    /** Time spent running, summed over resumptions. */
    @Column(name = "run_millis", nullable = false)
    private long runMillis;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(length = 1000)
    private String failure;

    /** The user stopped it (an import stopped by a server shutdown resumes when the server starts). */
    @Column(name = "stop_requested", nullable = false)
    private boolean stopRequested;

    protected ImportRun() {}

    public ImportRun(
            CrmModule module,
            String fileName,
            String storedName,
            long fileSize,
            String settings,
            String language,
            String username,
            long total) {
        this.module = module;
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.storedName = storedName;
        this.fileSize = fileSize;
        this.settings = settings;
        this.language = language;
        this.username = username;
        this.total = total;
    }

    public long getTotal() {
        return total;
    }

    /** How far the import is, 0 to 100. */
    public int getPercent() {
        if (total <= 0) {
            return status == ImportStatus.COMPLETED ? 100 : 0;
        }
        return (int) Math.min(100, read * 100 / total);
    }

    /** Rows read per second of running time (the current run's too while it runs). */
    public long rowsPerSecond(Instant now) {
        long millis = runMillis;
        if (status == ImportStatus.RUNNING && startedAt != null) {
            millis += Math.max(0, now.toEpochMilli() - startedAt.toEpochMilli());
        }
        return millis <= 0 ? 0 : read * 1000 / millis;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    public void running(long executionId, Instant now) {
        this.stopRequested = false;
        this.executionId = executionId;
        this.status = ImportStatus.RUNNING;
        this.startedAt = now; // this run's start: runMillis holds the earlier runs
        this.failure = null;
    }

    public void addRunTime(long millis) {
        this.runMillis += millis;
    }

    public void completed(Instant now) {
        this.status = ImportStatus.COMPLETED;
        this.endedAt = now;
    }

    public void failed(String failure, Instant now) {
        this.status = ImportStatus.FAILED;
        this.endedAt = now;
        this.failure = failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000);
    }

    public void stopped(Instant now) {
        this.status = ImportStatus.STOPPED;
        this.endedAt = now;
    }

    public void undone(Instant now) {
        this.status = ImportStatus.UNDONE;
        this.undoneAt = now;
    }

    public CrmModule getModule() {
        return module;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStoredName() {
        return storedName;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getSettings() {
        return settings;
    }

    public String getLanguage() {
        return language;
    }

    public String getUsername() {
        return username;
    }

    public long getRead() {
        return read;
    }

    public long getCreated() {
        return created;
    }

    public long getUpdated() {
        return updated;
    }

    public long getEmptyLines() {
        return emptyLines;
    }

    public long getSkipped() {
        return skipped;
    }

    public long getRejected() {
        return rejected;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public long getRunMillis() {
        return runMillis;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    public String getFailure() {
        return failure;
    }
}
