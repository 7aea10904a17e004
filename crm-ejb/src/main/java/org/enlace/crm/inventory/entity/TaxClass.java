package org.enlace.crm.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.enlace.crm.common.entity.Money;

/**
 * A tax a product or service can carry (IVA 19 %, IVA 5 %, exento). Records and documents refer
 * to its code; a class no longer used is deactivated, never deleted, so old documents keep it.
 */
@Entity
@Table(name = "crm_tax_class")
@NamedQuery(name = TaxClass.FIND_ALL, query = "select t from TaxClass t order by t.position, t.code")
public class TaxClass implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "TaxClass.findAll";

    @Id
    @Column(length = 40)
    private String code;

    @NotBlank
    @Size(max = 60)
    @Column(nullable = false, length = 60)
    private String name;

    /** In percent: 19 for 19 %. */
    @NotNull
    @DecimalMin("0")
    @DecimalMax("100")
    @Digits(integer = 3, fraction = 3)
    @Column(nullable = false, precision = 6, scale = 3)
    private BigDecimal rate;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected TaxClass() {}

    public TaxClass(String code, String name, BigDecimal rate, int position) {
        this.code = code;
        this.name = name;
        this.rate = rate;
        this.position = position;
    }

    /** The tax on a net amount, rounded to the currency's decimals. */
    public BigDecimal taxOn(BigDecimal net, int decimals) {
        return Money.tax(net, rate, decimals);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}
