package org.enlace.crm.settings.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.enlace.crm.common.boundary.ModuleDisabledException;
import org.enlace.crm.common.entity.CrmModule;

/** Whether a module is on; the services of a module that is off refuse every call. */
@Dependent
public class ModuleSwitch {

    @Inject
    SettingsCache settings;

    public boolean enabled(CrmModule module) {
        return settings.current().enabled(module);
    }

    public void require(CrmModule module) {
        if (!enabled(module)) {
            throw new ModuleDisabledException(module.name());
        }
    }
}
