package org.enlace.crm.inventory.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.common.entity.PicklistCodes;
import org.enlace.crm.common.entity.Text;

/**
 * Something the business sells (Inventario > Productos), needed before quotes, sales orders and
 * invoices. Its unit price is in the base currency; a price in another currency is derived from
 * the rate unless one is set here.
 */
@Entity
@Table(name = "crm_product")
public class Product extends OwnedEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 150;

    @Column(name = "product_number", nullable = false, unique = true, updatable = false, length = 30)
    private String number;

    @NotBlank
    @Size(max = NAME_LENGTH)
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Size(max = 60)
    @Column(name = "part_number", length = 60)
    private String partNumber;

    @Column(nullable = false)
    private boolean active = true;

    @Size(max = PicklistCodes.LENGTH)
    @Column(length = PicklistCodes.LENGTH)
    private String category;

    @Size(max = PicklistCodes.LENGTH)
    @Column(length = PicklistCodes.LENGTH)
    private String manufacturer;

    @Size(max = 60)
    @Column(name = "vendor_part_number", length = 60)
    private String vendorPartNumber;

    @Size(max = 60)
    @Column(name = "serial_number", length = 60)
    private String serialNumber;

    @Column(name = "sales_start")
    private LocalDate salesStart;

    @Column(name = "sales_end")
    private LocalDate salesEnd;

    @Column(name = "support_start")
    private LocalDate supportStart;

    @Column(name = "support_end")
    private LocalDate supportEnd;

    @DecimalMin("0")
    @Digits(integer = 14, fraction = 4)
    @Column(name = "unit_price", precision = 18, scale = 4)
    private BigDecimal unitPrice;

    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 3)
    @Column(name = "commission_rate", precision = 6, scale = 3)
    private BigDecimal commissionRate;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 3)
    @Column(name = "qty_in_stock", precision = 15, scale = 3)
    private BigDecimal quantityInStock;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 3)
    @Column(name = "reorder_level", precision = 15, scale = 3)
    private BigDecimal reorderLevel;

    @DecimalMin("0")
    @Digits(integer = 12, fraction = 3)
    @Column(name = "qty_per_unit", precision = 15, scale = 3)
    private BigDecimal quantityPerUnit;

    @Size(max = PicklistCodes.LENGTH)
    @Column(name = "usage_unit", length = PicklistCodes.LENGTH)
    private String usageUnit;

    @Size(max = PicklistCodes.LENGTH)
    @Column(name = "gl_account", length = PicklistCodes.LENGTH)
    private String glAccount;

    @Size(max = 200)
    @Column(length = 200)
    private String website;

    @Size(max = 4000)
    @Column(length = 4000)
    private String description;

    /** The tax classes (codes) that apply to it. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crm_product_tax", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "tax_code", length = 40)
    private Set<String> taxes = new TreeSet<>();

    /** Prices set by hand in other currencies (currency code to price); the others are derived. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "crm_product_price", joinColumns = @JoinColumn(name = "product_id"))
    @MapKeyColumn(name = "currency", length = 3)
    @Column(name = "price", precision = 18, scale = 4)
    private Map<String, BigDecimal> prices = new HashMap<>();

    /** Whether it has a picture ({@link ProductImage}); its version names it in URLs. */
    @Column(name = "image_version", nullable = false)
    private long imageVersion;

    public Product() {}

    public Product(String name) {
        this.name = name;
    }

    @Override
    public String recordName() {
        return name;
    }

    @Override
    public void numberAs(String number) {
        if (this.number != null) {
            throw new IllegalStateException("A product keeps its number");
        }
        this.number = number;
    }

    @AssertTrue(message = "{crm.dates.order}")
    public boolean isSalesEndValid() {
        return salesStart == null || salesEnd == null || !salesEnd.isBefore(salesStart);
    }

    @AssertTrue(message = "{crm.dates.order}")
    public boolean isSupportEndValid() {
        return supportStart == null || supportEnd == null || !supportEnd.isBefore(supportStart);
    }

    /** Takes the form's values, except the fields in kept (hidden or read-only for the user). */
    public void updateFrom(Product form, Set<String> kept) {
        if (!kept.contains("name")) {
            name = Text.clean(form.name);
        }
        if (!kept.contains("partNumber")) {
            partNumber = Text.clean(form.partNumber);
        }
        if (!kept.contains("active")) {
            active = form.active;
        }
        if (!kept.contains("category")) {
            category = form.category;
        }
        if (!kept.contains("manufacturer")) {
            manufacturer = form.manufacturer;
        }
        if (!kept.contains("vendorPartNumber")) {
            vendorPartNumber = Text.clean(form.vendorPartNumber);
        }
        if (!kept.contains("serialNumber")) {
            serialNumber = Text.clean(form.serialNumber);
        }
        if (!kept.contains("salesDates")) {
            salesStart = form.salesStart;
            salesEnd = form.salesEnd;
        }
        if (!kept.contains("supportDates")) {
            supportStart = form.supportStart;
            supportEnd = form.supportEnd;
        }
        if (!kept.contains("unitPrice")) {
            unitPrice = form.unitPrice;
            prices = new HashMap<>(form.prices);
            prices.values().removeIf(java.util.Objects::isNull);
        }
        if (!kept.contains("commissionRate")) {
            commissionRate = form.commissionRate;
        }
        if (!kept.contains("taxes")) {
            taxes = new TreeSet<>(form.taxes);
        }
        if (!kept.contains("stock")) {
            quantityInStock = form.quantityInStock;
            reorderLevel = form.reorderLevel;
            quantityPerUnit = form.quantityPerUnit;
        }
        if (!kept.contains("usageUnit")) {
            usageUnit = form.usageUnit;
        }
        if (!kept.contains("glAccount")) {
            glAccount = form.glAccount;
        }
        if (!kept.contains("website")) {
            website = Text.clean(form.website);
        }
        if (!kept.contains("description")) {
            description = Text.clean(form.description);
        }
    }

    public void imageChanged(boolean present) {
        imageVersion = present ? Math.abs(imageVersion) + 1 : -(Math.abs(imageVersion) + 1);
    }

    public boolean hasImage() {
        return imageVersion > 0;
    }

    public long getImageVersion() {
        return imageVersion;
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

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
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

    public String getManufacturer() {
        return manufacturer;
    }

    public void setManufacturer(String manufacturer) {
        this.manufacturer = manufacturer;
    }

    public String getVendorPartNumber() {
        return vendorPartNumber;
    }

    public void setVendorPartNumber(String vendorPartNumber) {
        this.vendorPartNumber = vendorPartNumber;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
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

    public LocalDate getSupportStart() {
        return supportStart;
    }

    public void setSupportStart(LocalDate supportStart) {
        this.supportStart = supportStart;
    }

    public LocalDate getSupportEnd() {
        return supportEnd;
    }

    public void setSupportEnd(LocalDate supportEnd) {
        this.supportEnd = supportEnd;
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

    public BigDecimal getQuantityInStock() {
        return quantityInStock;
    }

    public void setQuantityInStock(BigDecimal quantityInStock) {
        this.quantityInStock = quantityInStock;
    }

    public BigDecimal getReorderLevel() {
        return reorderLevel;
    }

    public void setReorderLevel(BigDecimal reorderLevel) {
        this.reorderLevel = reorderLevel;
    }

    public BigDecimal getQuantityPerUnit() {
        return quantityPerUnit;
    }

    public void setQuantityPerUnit(BigDecimal quantityPerUnit) {
        this.quantityPerUnit = quantityPerUnit;
    }

    public String getUsageUnit() {
        return usageUnit;
    }

    public void setUsageUnit(String usageUnit) {
        this.usageUnit = usageUnit;
    }

    public String getGlAccount() {
        return glAccount;
    }

    public void setGlAccount(String glAccount) {
        this.glAccount = glAccount;
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

    public Map<String, BigDecimal> getPrices() {
        return prices;
    }
}
