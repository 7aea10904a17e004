package org.enlace.crm.settings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.EnumMap;
import java.util.Map;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.settings.control.SettingsCache;
import org.enlace.crm.settings.entity.ModuleSetting;

/**
 * Configuración > Módulos: turns modules on and off. A module that is off leaves the menu, its
 * pages answer "module disabled" and its services refuse calls; its records stay untouched, so
 * turning it on again brings everything back.
 */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class ModuleService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SettingsCache settings;

    @Inject
    AuditTrail audit;

    /** Every module and whether it is on (for the menu and the pages: everyone may ask). */
    @RolesAllowed({CrmRole.Names.USER, CrmRole.Names.ADMIN})
    public Map<CrmModule, Boolean> states() {
        Map<CrmModule, Boolean> states = new EnumMap<>(CrmModule.class);
        SettingsSnapshot now = settings.current();
        for (CrmModule module : CrmModule.values()) {
            states.put(module, now.enabled(module));
        }
        return states;
    }

    public void set(@NotNull CrmModule module, boolean enabled) {
        if (!module.canTurnOff() && !enabled) {
            throw new InvalidInputException("module", "crm.module.required");
        }
        ModuleSetting setting = em.find(ModuleSetting.class, module);
        boolean before = setting == null || setting.isEnabled();
        if (before == enabled) {
            return;
        }
        if (setting == null) {
            em.persist(new ModuleSetting(module, enabled));
        } else {
            setting.setEnabled(enabled);
        }
        audit.record(
                "module",
                null,
                module.name(),
                enabled ? "enable" : "disable",
                before ? "on" : "off",
                enabled ? "on" : "off");
        settings.changed();
    }
}
