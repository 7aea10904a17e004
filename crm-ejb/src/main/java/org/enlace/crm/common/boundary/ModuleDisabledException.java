package org.enlace.crm.common.boundary;

/** The module was turned off in Configuración > Módulos; nothing was read or changed. */
public class ModuleDisabledException extends CrmException {

    private static final long serialVersionUID = 1L;

    private final String module;

    public ModuleDisabledException(String module) {
        super("crm.error.moduleDisabled", null, module);
        this.module = module;
    }

    public String getModule() {
        return module;
    }
}
