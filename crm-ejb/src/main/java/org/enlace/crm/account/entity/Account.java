package org.enlace.crm.account.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Set;
import org.enlace.crm.common.entity.Address;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.common.entity.PicklistCodes;
import org.enlace.crm.common.entity.TaxId;
import org.enlace.crm.common.entity.Text;

/** A company the business deals with (vtiger's Organization). */
@Entity
@Table(name = "crm_account")
public class Account extends OwnedEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 150;
    public static final int NUMBER_LENGTH = 30;
    public static final int PHONE_LENGTH = 40;
    public static final int EMAIL_LENGTH = 120;
    public static final int WEBSITE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final String PHONE_PATTERN = "[0-9+()./ -]*";

    @Column(name = "account_number", nullable = false, unique = true, updatable = false, length = NUMBER_LENGTH)
    private String number;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = TaxId.LENGTH)
    @Column(name = "tax_id", length = TaxId.LENGTH)
    private String taxId;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = PHONE_PATTERN, message = "{crm.phone.pattern}")
    @Column(length = PHONE_LENGTH)
    private String phone;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = PHONE_PATTERN, message = "{crm.phone.pattern}")
    @Column(name = "other_phone", length = PHONE_LENGTH)
    private String otherPhone;

    @Email
    @Size(max = EMAIL_LENGTH)
    @Column(length = EMAIL_LENGTH)
    private String email;

    @Size(max = WEBSITE_LENGTH)
    @Column(length = WEBSITE_LENGTH)
    private String website;

    /** Picklist codes (Configuración > Listas desplegables). */
    @Size(max = PicklistCodes.LENGTH)
    @Column(length = PicklistCodes.LENGTH)
    private String industry;

    @Size(max = PicklistCodes.LENGTH)
    @Column(name = "account_type", length = PicklistCodes.LENGTH)
    private String type;

    @Size(max = PicklistCodes.LENGTH)
    @Column(length = PicklistCodes.LENGTH)
    private String rating;

    @Min(0)
    @Max(10_000_000)
    private Integer employees;

    @DecimalMin("0")
    @Digits(integer = 16, fraction = 2)
    @Column(name = "annual_revenue", precision = 18, scale = 2)
    private BigDecimal annualRevenue;

    /** The account this one is a member of. */
    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Account parent;

    /** The same column, read only: lets a query read the id without joining (exports). */
    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentKey;

    @Valid
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "bill_street", length = Address.STREET_LENGTH)),
        @AttributeOverride(name = "city", column = @Column(name = "bill_city", length = Address.PART_LENGTH)),
        @AttributeOverride(name = "state", column = @Column(name = "bill_state", length = Address.PART_LENGTH)),
        @AttributeOverride(
                name = "postalCode",
                column = @Column(name = "bill_postal_code", length = Address.POSTAL_CODE_LENGTH)),
        @AttributeOverride(name = "country", column = @Column(name = "bill_country", length = Address.PART_LENGTH))
    })
    private Address billingAddress = new Address();

    @Valid
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "street", column = @Column(name = "ship_street", length = Address.STREET_LENGTH)),
        @AttributeOverride(name = "city", column = @Column(name = "ship_city", length = Address.PART_LENGTH)),
        @AttributeOverride(name = "state", column = @Column(name = "ship_state", length = Address.PART_LENGTH)),
        @AttributeOverride(
                name = "postalCode",
                column = @Column(name = "ship_postal_code", length = Address.POSTAL_CODE_LENGTH)),
        @AttributeOverride(name = "country", column = @Column(name = "ship_country", length = Address.PART_LENGTH))
    })
    private Address shippingAddress = new Address();

    @Size(max = DESCRIPTION_LENGTH)
    @Column(length = DESCRIPTION_LENGTH)
    private String description;

    public Account() {}

    public Account(String name) {
        setName(name);
    }

    @Override
    public String recordName() {
        return name;
    }

    /** Given once, when the account is first stored. */
    @Override
    public void numberAs(String number) {
        if (this.number != null) {
            throw new IllegalStateException("An account keeps its number");
        }
        this.number = number;
    }

    /** Copies what a user may edit from a form's copy of this account. */
    public void updateFrom(Account form) {
        updateFrom(form, Set.of());
    }

    /**
     * Takes the form's values, except for the fields named in kept (those the user may not
     * change: hidden or read-only for him), which keep their value.
     */
    public void updateFrom(Account form, Set<String> kept) {
        if (!kept.contains("name")) {
            setName(form.name);
        }
        if (!kept.contains("taxId")) {
            taxId = Text.clean(form.taxId);
        }
        if (!kept.contains("phone")) {
            setPhone(form.phone);
        }
        if (!kept.contains("otherPhone")) {
            setOtherPhone(form.otherPhone);
        }
        if (!kept.contains("email")) {
            setEmail(form.email);
        }
        if (!kept.contains("website")) {
            setWebsite(form.website);
        }
        if (!kept.contains("industry")) {
            industry = form.industry;
        }
        if (!kept.contains("type")) {
            type = form.type;
        }
        if (!kept.contains("rating")) {
            rating = form.rating;
        }
        if (!kept.contains("employees")) {
            employees = form.employees;
        }
        if (!kept.contains("annualRevenue")) {
            annualRevenue = form.annualRevenue;
        }
        if (!kept.contains("billingAddress")) {
            billingAddress = form.billingAddress == null ? new Address() : form.billingAddress.copy();
        }
        if (!kept.contains("shippingAddress")) {
            shippingAddress = form.shippingAddress == null ? new Address() : form.shippingAddress.copy();
        }
        if (!kept.contains("description")) {
            setDescription(form.description);
        }
    }

    public void copyBillingToShipping() {
        shippingAddress = billingAddress.copy();
    }

    /** Sets the parent, refusing a loop (an account cannot be a member of itself or its members). */
    public void memberOf(Account newParent) {
        for (Account a = newParent; a != null; a = a.parent) {
            if (a == this || (getId() != null && getId().equals(a.getId()))) {
                throw new IllegalArgumentException("An account cannot be a member of itself");
            }
        }
        this.parent = newParent;
    }

    public void normalizeTaxId(String normalized) {
        this.taxId = normalized;
    }

    @Override
    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Text.clean(name);
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = Text.clean(taxId);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Text.clean(phone);
    }

    public String getOtherPhone() {
        return otherPhone;
    }

    public void setOtherPhone(String otherPhone) {
        this.otherPhone = Text.clean(otherPhone);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Text.clean(email);
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = Text.clean(website);
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public BigDecimal getAnnualRevenue() {
        return annualRevenue;
    }

    public void setAnnualRevenue(BigDecimal annualRevenue) {
        this.annualRevenue = annualRevenue;
    }

    public Account getParent() {
        return parent;
    }

    public Address getBillingAddress() {
        return billingAddress;
    }

    public Address getShippingAddress() {
        return shippingAddress;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = Text.clean(description);
    }
}
