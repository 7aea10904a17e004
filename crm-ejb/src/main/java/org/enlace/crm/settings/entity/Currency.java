package org.enlace.crm.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.enlace.crm.common.entity.Money;

/**
 * A currency (Configuración > Impuestos y monedas). One is the base (COP by default): prices are
 * kept in it. The others carry a rate, in units of that currency per unit of the base, as vtiger
 * keeps it (USD 0.00025 when a dollar costs 4,000 pesos).
 */
@Entity
@Table(name = "crm_currency")
@NamedQuery(name = Currency.FIND_ALL, query = "select c from Currency c order by c.base desc, c.code")
public class Currency implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_ALL = "Currency.findAll";

    @Id
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "{crm.currency.code.pattern}")
    @Column(length = 3)
    private String code;

    @NotBlank
    @Size(max = 60)
    @Column(nullable = false, length = 60)
    private String name;

    @NotBlank
    @Size(max = 5)
    @Column(nullable = false, length = 5)
    private String symbol;

    @Min(0)
    @Max(4)
    @Column(nullable = false)
    private int decimals;

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    @Digits(integer = 12, fraction = 8)
    @Column(nullable = false, precision = 20, scale = 8)
    private BigDecimal rate;

    @Column(nullable = false)
    private boolean base;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    public Currency() {}

    public Currency(String code, String name, String symbol, int decimals, BigDecimal rate) {
        this.code = code;
        this.name = name;
        this.symbol = symbol;
        this.decimals = decimals;
        this.rate = rate;
    }

    /** An amount in the base currency, in this one. */
    public BigDecimal fromBase(BigDecimal amount) {
        return Money.convert(amount, BigDecimal.ONE, rate, decimals);
    }

    public void makeBase() {
        base = true;
        rate = BigDecimal.ONE;
        active = true;
    }

    public void notBase() {
        base = false;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public int getDecimals() {
        return decimals;
    }

    public void setDecimals(int decimals) {
        this.decimals = decimals;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public boolean isBase() {
        return base;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }
}
