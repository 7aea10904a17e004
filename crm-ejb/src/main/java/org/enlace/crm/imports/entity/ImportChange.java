package org.enlace.crm.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A record an import overwrote or merged into, with its imported fields' values before (JSON), for undo. */
@Entity
@Table(name = "crm_import_change")
@IdClass(ImportChange.Key.class)
public class ImportChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "import_id")
    private long importId;

    @Id
    @Column(name = "record_id")
    private long recordId;

    @Lob
    @Column(name = "before_data", nullable = false)
    private String before;

    /** When the import last wrote the record (a later save by anyone is a change undo must keep). */
    @Column(name = "written_at")
    private Instant writtenAt;

    protected ImportChange() {}

    public ImportChange(long importId, long recordId, String before, Instant writtenAt) {
        this.importId = importId;
        this.recordId = recordId;
        this.before = before;
        this.writtenAt = writtenAt;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public long getRecordId() {
        return recordId;
    }

    public String getBefore() {
        return before;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long importId;
        private long recordId;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.importId == importId && k.recordId == recordId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, recordId);
        }
    }
}
