package org.enlace.crm.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.enlace.crm.settings.boundary.CompanyService;
import org.enlace.crm.settings.entity.Company;
import org.enlace.crm.web.common.Messages;
import org.primefaces.event.FileUploadEvent;

/** Configuración > Datos de la empresa. */
@Named
@ViewScoped
public class CompanyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CompanyService service;

    @Inject
    Messages messages;

    private Company company;
    private long version;
    private long logoVersion;

    @PostConstruct
    void load() {
        Company stored = service.get();
        company = new Company();
        company.updateFrom(stored);
        version = stored.getVersion();
        logoVersion = stored.getLogoVersion();
    }

    public void save() {
        Company saved = service.save(company, version);
        messages.info(null, "company.saved");
        version = saved.getVersion();
        company.setTaxId(saved.getTaxId());
    }

    public void upload(FileUploadEvent event) {
        Company saved = service.setLogo(event.getFile().getContent());
        logoVersion = saved.getLogoVersion();
        messages.info(null, "company.logo.saved");
    }

    public void removeLogo() {
        logoVersion = service.removeLogo().getLogoVersion();
        messages.info(null, "company.logo.removed");
    }

    public Company getCompany() {
        return company;
    }

    public boolean isHasLogo() {
        return logoVersion > 0;
    }

    public long getLogoVersion() {
        return logoVersion;
    }
}
