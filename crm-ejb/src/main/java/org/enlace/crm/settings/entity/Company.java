package org.enlace.crm.settings.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.enlace.crm.common.entity.Address;
import org.enlace.crm.common.entity.TaxId;

/**
 * The company using the CRM (Configuración > Datos de la empresa): one row. Its NIT is checked
 * with the DIAN digit when the country is Colombia (or not given); other countries' ids are kept
 * as typed. The logo lives in its own row ({@link CompanyLogo}); {@code logoVersion} names it in
 * URLs so browsers fetch a new one at once.
 */
@Entity
@Table(name = "crm_company")
public class Company implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final long ID = 1;
    public static final String PHONE_PATTERN = "[0-9+()./ -]*";

    @Id
    private long id = ID;

    @NotBlank
    @Size(max = 150)
    @Column(nullable = false, length = 150)
    private String name;

    @Size(max = 150)
    @Column(name = "legal_name", length = 150)
    private String legalName;

    @Size(max = TaxId.LENGTH)
    @Column(name = "tax_id", length = TaxId.LENGTH)
    private String taxId;

    @Size(max = 40)
    @Pattern(regexp = PHONE_PATTERN, message = "{crm.phone.pattern}")
    @Column(length = 40)
    private String phone;

    @Size(max = 40)
    @Pattern(regexp = PHONE_PATTERN, message = "{crm.phone.pattern}")
    @Column(length = 40)
    private String fax;

    @Email
    @Size(max = 120)
    @Column(length = 120)
    private String email;

    @Size(max = 200)
    @Column(length = 200)
    private String website;

    @Valid
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "street", length = Address.STREET_LENGTH)),
        @AttributeOverride(name = "city", column = @Column(name = "city", length = Address.PART_LENGTH)),
        @AttributeOverride(name = "state", column = @Column(name = "state", length = Address.PART_LENGTH)),
        @AttributeOverride(
                name = "postalCode",
                column = @Column(name = "postal_code", length = Address.POSTAL_CODE_LENGTH)),
        @AttributeOverride(name = "country", column = @Column(name = "country", length = Address.PART_LENGTH))
    })
    private Address address = new Address();

    @Column(name = "logo_version", nullable = false)
    private long logoVersion;

    @Version
    private long version;

    public Company() {}

    /** Copies what the form edits; the NIT is normalised by the service. */
    public void updateFrom(Company form) {
        name = form.name;
        legalName = form.legalName;
        taxId = form.taxId;
        phone = form.phone;
        fax = form.fax;
        email = form.email;
        website = form.website;
        address = form.address == null ? new Address() : form.address.copy();
    }

    public void logoChanged(boolean present) {
        logoVersion = present ? Math.abs(logoVersion) + 1 : -(Math.abs(logoVersion) + 1);
    }

    public boolean hasLogo() {
        return logoVersion > 0;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public Address getAddress() {
        if (address == null) {
            address = new Address();
        }
        return address;
    }

    public long getLogoVersion() {
        return logoVersion;
    }

    public long getVersion() {
        return version;
    }
}
