package org.enlace.crm.settings.control;

import jakarta.enterprise.context.RequestScoped;

/** The settings one request has read, so a page's menu, header and forms check the revision once. */
@RequestScoped
public class SettingsSeen {

    private SettingsCache.Snapshot snapshot;

    SettingsCache.Snapshot get() {
        return snapshot;
    }

    void set(SettingsCache.Snapshot snapshot) {
        this.snapshot = snapshot;
    }
}
