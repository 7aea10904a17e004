package org.enlace.crm.settings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.enlace.crm.common.boundary.ConflictException;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.control.ImageUpload;
import org.enlace.crm.common.entity.TaxId;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.settings.control.SettingsCache;
import org.enlace.crm.settings.entity.Company;
import org.enlace.crm.settings.entity.CompanyLogo;

/** Configuración > Datos de la empresa: the company's name, NIT, contact data, address and logo. */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class CompanyService {

    static final String AUDIT_TYPE = "company";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    SettingsCache settings;

    /** The company's details (every page header shows its name and logo). */
    @RolesAllowed({CrmRole.Names.USER, CrmRole.Names.ADMIN})
    public Company get() {
        Company company = em.find(Company.class, Company.ID);
        if (company == null) {
            throw new IllegalStateException("The company row is created by the schema migration");
        }
        return company;
    }

    /** The logo, or null when there is none. */
    @RolesAllowed({CrmRole.Names.USER, CrmRole.Names.ADMIN})
    public CompanyLogo logo() {
        return get().hasLogo() ? em.find(CompanyLogo.class, Company.ID) : null;
    }

    public Company save(@NotNull @Valid Company form, long version) {
        Company company = get();
        if (company.getVersion() != version) {
            throw new ConflictException();
        }
        String before = describe(company);
        company.updateFrom(form);
        if (company.getTaxId() != null && TaxId.isColombian(company.getAddress().getCountry())) {
            company.setTaxId(TaxId.normalizeColombianNit(company.getTaxId())
                    .orElseThrow(() -> new InvalidInputException("taxId", "crm.account.taxId.invalid")));
        }
        audit.record(AUDIT_TYPE, company.getId(), company.getName(), "update", before, describe(company));
        settings.changed();
        return company;
    }

    /** Checks the uploaded file (see {@link ImageUpload}) and keeps it, re-encoded, as the logo. */
    public Company setLogo(byte[] upload) {
        ImageUpload.Image image = ImageUpload.check("logo", upload);
        CompanyLogo logo = em.find(CompanyLogo.class, Company.ID);
        if (logo == null) {
            em.persist(new CompanyLogo(image.content(), image.mediaType(), image.width(), image.height()));
        } else {
            logo.replace(image.content(), image.mediaType(), image.width(), image.height());
        }
        Company company = get();
        company.logoChanged(true);
        audit.record(
                AUDIT_TYPE,
                company.getId(),
                company.getName(),
                "logo",
                null,
                image.mediaType() + " " + image.width() + "x" + image.height());
        settings.changed();
        return company;
    }

    public Company removeLogo() {
        CompanyLogo logo = em.find(CompanyLogo.class, Company.ID);
        if (logo != null) {
            em.remove(logo);
        }
        Company company = get();
        company.logoChanged(false);
        audit.record(AUDIT_TYPE, company.getId(), company.getName(), "logo", "present", null);
        settings.changed();
        return company;
    }

    private static String describe(Company c) {
        return String.join(
                "; ",
                String.valueOf(c.getName()),
                String.valueOf(c.getLegalName()),
                String.valueOf(c.getTaxId()),
                String.valueOf(c.getPhone()),
                String.valueOf(c.getEmail()),
                String.valueOf(c.getAddress().getCity()),
                String.valueOf(c.getAddress().getCountry()));
    }
}
