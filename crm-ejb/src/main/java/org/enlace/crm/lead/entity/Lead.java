package org.enlace.crm.lead.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.enlace.crm.common.entity.Address;
import org.enlace.crm.common.entity.Person;
import org.enlace.crm.common.entity.PicklistCodes;
import org.enlace.crm.common.entity.Text;

/**
 * A prospect (Prospecto): a person at a company who may become a customer, assigned to a sales
 * executive. Its fields are vtiger's.
 */
@Entity
@Table(name = "crm_lead")
public class Lead extends Person {

    private static final long serialVersionUID = 1L;

    public static final int NUMBER_LENGTH = 30;
    public static final int COMPANY_LENGTH = 150;
    public static final int WEBSITE_LENGTH = 200;

    @Column(name = "lead_number", nullable = false, unique = true, updatable = false, length = NUMBER_LENGTH)
    private String number;

    @NotBlank
    @Size(max = COMPANY_LENGTH)
    @Column(nullable = false, length = COMPANY_LENGTH)
    private String company;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = PHONE_PATTERN, message = "{crm.phone.pattern}")
    @Column(length = PHONE_LENGTH)
    private String phone;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = PHONE_PATTERN, message = "{crm.phone.pattern}")
    @Column(length = PHONE_LENGTH)
    private String mobile;

    @Size(max = PHONE_LENGTH)
    @Pattern(regexp = PHONE_PATTERN, message = "{crm.phone.pattern}")
    @Column(length = PHONE_LENGTH)
    private String fax;

    @Size(max = WEBSITE_LENGTH)
    @Column(length = WEBSITE_LENGTH)
    private String website;

    @Size(max = PicklistCodes.LENGTH)
    @Column(name = "lead_source", length = PicklistCodes.LENGTH)
    private String source;

    @Size(max = PicklistCodes.LENGTH)
    @Column(name = "lead_status", length = PicklistCodes.LENGTH)
    private String status;

    @Size(max = PicklistCodes.LENGTH)
    @Column(length = PicklistCodes.LENGTH)
    private String rating;

    @Size(max = PicklistCodes.LENGTH)
    @Column(length = PicklistCodes.LENGTH)
    private String industry;

    @Min(0)
    @Max(10_000_000)
    private Integer employees;

    @DecimalMin("0")
    @Digits(integer = 16, fraction = 2)
    @Column(name = "annual_revenue", precision = 18, scale = 2)
    private BigDecimal annualRevenue;

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

    /** Set once, when the lead is converted: from then on it is read-only. */
    @Column(nullable = false)
    private boolean converted;

    @Column(name = "converted_on")
    private LocalDate convertedOn;

    @Column(name = "converted_account_id")
    private Long convertedAccountId;

    @Column(name = "converted_contact_id")
    private Long convertedContactId;

    @Column(name = "converted_opportunity_id")
    private Long convertedOpportunityId;

    public Lead() {}

    /** Records what the lead became (the conversion marked it converted in the database first). */
    public void convertedInto(long accountId, long contactId, Long opportunityId, LocalDate day) {
        this.converted = true;
        this.convertedOn = day;
        this.convertedAccountId = accountId;
        this.convertedContactId = contactId;
        this.convertedOpportunityId = opportunityId;
    }

    public boolean isConverted() {
        return converted;
    }

    public LocalDate getConvertedOn() {
        return convertedOn;
    }

    public Long getConvertedAccountId() {
        return convertedAccountId;
    }

    public Long getConvertedContactId() {
        return convertedContactId;
    }

    public Long getConvertedOpportunityId() {
        return convertedOpportunityId;
    }

    @Override
    public String getNumber() {
        return number;
    }

    @Override
    public void numberAs(String number) {
        if (this.number != null) {
            throw new IllegalStateException("A lead keeps its number");
        }
        this.number = number;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = Text.clean(company);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Text.clean(phone);
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = Text.clean(mobile);
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = Text.clean(fax);
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = Text.clean(website);
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = Text.clean(source);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = Text.clean(status);
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = Text.clean(rating);
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = Text.clean(industry);
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

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address == null ? new Address() : address;
    }
}
