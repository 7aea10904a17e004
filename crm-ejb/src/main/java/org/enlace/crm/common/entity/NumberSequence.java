package org.enlace.crm.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The record numbers of one module: a prefix and the next number (CTA-1, CTA-2 ...). */
@Entity
@Table(name = "crm_number_sequence")
public class NumberSequence implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 30)
    private String module;

    @Column(nullable = false, length = 10)
    private String prefix;

    @Column(name = "next_value", nullable = false)
    private long nextValue;

    protected NumberSequence() {}

    /** Hands out the next number; the caller holds the row lock, so no two records share one. */
    public String take() {
        return prefix + nextValue++;
    }

    /** Sets the prefix and the next number (the service checks they give no number already used). */
    public void renumber(String prefix, long nextValue) {
        if (nextValue < 1) {
            throw new IllegalArgumentException("Numbers start at 1");
        }
        this.prefix = prefix;
        this.nextValue = nextValue;
    }

    /** The number the next record gets. */
    public String preview() {
        return prefix + nextValue;
    }

    public String getModule() {
        return module;
    }

    public String getPrefix() {
        return prefix;
    }

    public long getNextValue() {
        return nextValue;
    }
}
