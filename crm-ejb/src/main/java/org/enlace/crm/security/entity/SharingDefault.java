package org.enlace.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import org.enlace.crm.common.entity.CrmModule;

/** A module's organisation-wide default. A module without one is public read-write-delete. */
@Entity
@Table(name = "crm_sharing_default")
public class SharingDefault implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final SharingAccess WHEN_UNSET = SharingAccess.PUBLIC_READ_WRITE_DELETE;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private CrmModule module;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SharingAccess access;

    @Version
    private long version;

    protected SharingDefault() {}

    public SharingDefault(CrmModule module, SharingAccess access) {
        this.module = module;
        this.access = access;
    }

    public CrmModule getModule() {
        return module;
    }

    public SharingAccess getAccess() {
        return access;
    }

    public void setAccess(SharingAccess access) {
        this.access = access;
    }
}
