package org.enlace.crm.inventory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.common.entity.PicklistCodes;
import org.enlace.crm.common.entity.Text;

/** Work the business sells by the unit (Inventario > Servicios): support hours, installation, training. */
@Entity
@Table(name = "crm_service")
public class ServiceItem extends OwnedEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 150;

    @Column(name = "service_number", nullable = false, unique = true, updatable = false, length = 30)
    private String number;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Size(max = PicklistCodes.LENGTH)
    @Column(length = PicklistCodes.LENGTH)
    private String category;

    @Size(max = PicklistCodes.LENGTH)
    @Column(name = "usage_unit", length = PicklistCodes.LENGTH)
    private String usageUnit;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 3)
    @Column(name = "number_of_units", precision = 15, scale = 3)
    private BigDecimal numberOfUnits;

    @DecimalMin("0")
    @Digits(integer = 14, fraction = 4)
    @Column(name = "unit_price", precision = 18, scale = 4)
    private BigDecimal unitPrice;

    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 3)
    @Column(name = "commission_rate", precision = 6, scale = 3)
    private BigDecimal commissionRate;

    @Column(name = "sales_start")
    private LocalDate salesStart;

    @Column(name = "sales_end")
    private LocalDate salesEnd;

    @Size(max = 200)
    @Column(length = 200)
    private String website;

    @Size(max = 4000)
    @Column(length = 4000)
    private String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crm_service_tax", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "tax_code", length = 40)
    private Set<String> taxes = new TreeSet<>();

    public ServiceItem() {}

    public ServiceItem(String name) {
        this.name = name;
    }

    @Override
    public String recordName() {
        return name;
    }

    @Override
    public void numberAs(String number) {
        if (this.number != null) {
            throw new IllegalStateException("A service keeps its number");
        }
        this.number = number;
    }

    @AssertTrue(message = "{crm.dates.order}")
    public boolean isSalesEndValid() {
        return salesStart == null || salesEnd == null || !salesEnd.isBefore(salesStart);
    }

    /** Takes the form's values, except the fields in kept (hidden or read-only for the user). */
    public void updateFrom(ServiceItem form, Set<String> kept) {
        if (!kept.contains("name")) {
            name = Text.clean(form.name);
        }
        if (!kept.contains("active")) {
            active = form.active;
        }
        if (!kept.contains("category")) {
            category = form.category;
        }
        if (!kept.contains("usageUnit")) {
            usageUnit = form.usageUnit;
        }
        if (!kept.contains("numberOfUnits")) {
            numberOfUnits = form.numberOfUnits;
        }
        if (!kept.contains("unitPrice")) {
            unitPrice = form.unitPrice;
        }
        if (!kept.contains("commissionRate")) {
            commissionRate = form.commissionRate;
        }
        if (!kept.contains("taxes")) {
            taxes = new TreeSet<>(form.taxes);
        }
        if (!kept.contains("salesDates")) {
            salesStart = form.salesStart;
            salesEnd = form.salesEnd;
        }
        if (!kept.contains("website")) {
            website = Text.clean(form.website);
        }
        if (!kept.contains("description")) {
            description = Text.clean(form.description);
        }
    }

    @Override
    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getUsageUnit() {
        return usageUnit;
    }

    public void setUsageUnit(String usageUnit) {
        this.usageUnit = usageUnit;
    }

    public BigDecimal getNumberOfUnits() {
        return numberOfUnits;
    }

    public void setNumberOfUnits(BigDecimal numberOfUnits) {
        this.numberOfUnits = numberOfUnits;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public BigDecimal getCommissionRate() {
        return commissionRate;
    }

    public void setCommissionRate(BigDecimal commissionRate) {
        this.commissionRate = commissionRate;
    }

    public LocalDate getSalesStart() {
        return salesStart;
    }

    public void setSalesStart(LocalDate salesStart) {
        this.salesStart = salesStart;
    }

    public LocalDate getSalesEnd() {
        return salesEnd;
    }

    public void setSalesEnd(LocalDate salesEnd) {
        this.salesEnd = salesEnd;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<String> getTaxes() {
        return taxes;
    }

    public void setTaxes(Set<String> taxes) {
        this.taxes = new TreeSet<>(taxes);
    }
}
