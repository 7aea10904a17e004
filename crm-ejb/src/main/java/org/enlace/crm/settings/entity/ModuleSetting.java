package org.enlace.crm.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.enlace.crm.common.entity.CrmModule;

/** Whether a module is on (Configuración > Módulos). A module without a row is on. */
@Entity
@Table(name = "crm_module_setting")
public class ModuleSetting implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private CrmModule module;

    @Column(nullable = false)
    private boolean enabled;

    protected ModuleSetting() {}

    public ModuleSetting(CrmModule module, boolean enabled) {
        this.module = module;
        this.enabled = enabled;
    }

    public CrmModule getModule() {
        return module;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
