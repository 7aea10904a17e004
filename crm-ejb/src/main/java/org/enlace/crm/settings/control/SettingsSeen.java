package org.enlace.crm.settings.control;

import jakarta.enterprise.context.RequestScoped;
import org.enlace.crm.settings.boundary.SettingsSnapshot;

/** The settings one request has read, so a page's menu, header and forms check the revision once. */
@RequestScoped
public class SettingsSeen {

    private SettingsSnapshot snapshot;

    SettingsSnapshot get() {
        return snapshot;
    }

    void set(SettingsSnapshot snapshot) {
        this.snapshot = snapshot;
    }
}
