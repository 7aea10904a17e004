package org.enlace.crm.web.common;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.enlace.crm.settings.boundary.CompanyService;

/** The company's name and logo in the page header, read once per request. */
@Named
@RequestScoped
public class Brand {

    @EJB
    CompanyService company;

    private CompanyService.Brand brand;

    private CompanyService.Brand brand() {
        if (brand == null) {
            brand = company.brand();
        }
        return brand;
    }

    public boolean isHasLogo() {
        return brand().logoVersion() > 0;
    }

    public long getLogoVersion() {
        return brand().logoVersion();
    }

    public String getCompanyName() {
        return brand().name();
    }
}
