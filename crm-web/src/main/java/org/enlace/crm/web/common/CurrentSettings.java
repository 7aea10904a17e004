package org.enlace.crm.web.common;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import org.enlace.crm.settings.boundary.SettingsService;
import org.enlace.crm.settings.boundary.SettingsSnapshot;

/** The settings one request shows (menu, header, labels), fetched with one call. */
@RequestScoped
public class CurrentSettings {

    @EJB
    SettingsService service;

    private SettingsSnapshot snapshot;

    public SettingsSnapshot get() {
        if (snapshot == null) {
            snapshot = service.current();
        }
        return snapshot;
    }
}
