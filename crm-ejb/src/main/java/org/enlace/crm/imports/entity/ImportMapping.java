package org.enlace.crm.imports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.enlace.crm.common.entity.BaseEntity;
import org.enlace.crm.common.entity.CrmModule;

/** A user's saved import settings (mapping, defaults, choices) under a name, per module. */
@Entity
@Table(name = "crm_import_mapping")
public class ImportMapping implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 100;

    @Id
    @SequenceGenerator(name = BaseEntity.SEQUENCE, sequenceName = BaseEntity.SEQUENCE, allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = BaseEntity.SEQUENCE)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CrmModule module;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Lob
    @Column(nullable = false)
    private String settings;

    protected ImportMapping() {}

    public ImportMapping(CrmModule module, long userId, String name, String settings) {
        this.module = module;
        this.userId = userId;
        this.name = name;
        this.settings = settings;
    }

    public void replace(String settings) {
        this.settings = settings;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSettings() {
        return settings;
    }
}
