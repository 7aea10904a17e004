package org.enlace.crm.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row an import rejected: its line in the file, the reason in the user's language, its cells. */
@Entity
@Table(name = "crm_import_reject")
@IdClass(ImportReject.Key.class)
public class ImportReject implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REASON_LENGTH = 1000;

    @Id
    @Column(name = "import_id")
    private long importId;

    @Id
    @Column(name = "line")
    private long line;

    @Column(nullable = false, length = REASON_LENGTH)
    private String reason;

    /** The row's cells, written again as one CSV record. */
    @Lob
    @Column(name = "row_data", nullable = false)
    private String row;

    protected ImportReject() {}

    public ImportReject(long importId, long line, String reason, String row) {
        this.importId = importId;
        this.line = line;
        this.reason = reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason;
        this.row = row;
    }

    public long getLine() {
        return line;
    }

    public String getReason() {
        return reason;
    }

    public String getRow() {
        return row;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long importId;
        private long line;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.importId == importId && k.line == line;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, line);
        }
    }
}
