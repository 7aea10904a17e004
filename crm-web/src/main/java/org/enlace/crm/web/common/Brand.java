package org.enlace.crm.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The company's name and logo in the page header, read once per request. */
@Named
@RequestScoped
public class Brand {

    @Inject
    CurrentSettings settings;

    public boolean isHasLogo() {
        return settings.get().logoVersion() > 0;
    }

    public long getLogoVersion() {
        return settings.get().logoVersion();
    }

    public String getCompanyName() {
        return settings.get().companyName();
    }
}
