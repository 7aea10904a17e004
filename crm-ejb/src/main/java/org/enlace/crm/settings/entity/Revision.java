package org.enlace.crm.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A counter that every change to a cached kind of setting raises, so that each node sees the
 * change on its next request by reading one row, not the settings.
 */
@Entity
@Table(name = "crm_revision")
public class Revision implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String SETTINGS = "settings";

    @Id
    @Column(length = 30)
    private String name;

    @Column(nullable = false)
    private long counter;

    protected Revision() {}

    public long getCounter() {
        return counter;
    }
}
