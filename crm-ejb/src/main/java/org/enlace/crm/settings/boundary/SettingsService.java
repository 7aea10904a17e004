package org.enlace.crm.settings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.settings.control.SettingsCache;

/**
 * What every page reads of the settings (module switches for the menu, the company's name and
 * logo for the header, the picklists' labels), in one call per request.
 */
@Stateless
@RolesAllowed({CrmRole.Names.USER, CrmRole.Names.ADMIN})
public class SettingsService {

    @Inject
    SettingsCache settings;

    /**
     * The settings as they are now (read-only: the values are detached copies). A read of one
     * row, so it runs without a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SettingsSnapshot current() {
        return settings.current();
    }
}
