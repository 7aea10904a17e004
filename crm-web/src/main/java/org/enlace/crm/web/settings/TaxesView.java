package org.enlace.crm.web.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.enlace.crm.common.boundary.CrmException;
import org.enlace.crm.inventory.boundary.TaxService;
import org.enlace.crm.inventory.entity.TaxClass;
import org.enlace.crm.settings.boundary.CurrencyService;
import org.enlace.crm.settings.entity.Currency;
import org.enlace.crm.web.common.Messages;

/** Configuración > Impuestos y monedas: tax classes, the base currency and the others. */
@Named
@ViewScoped
public class TaxesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One tax class as the form edits it. */
    public static final class TaxRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private String name;
        private BigDecimal rate;
        private boolean active;

        TaxRow(TaxClass t) {
            code = t.getCode();
            name = t.getName();
            rate = t.getRate();
            active = t.isActive();
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
    }

    @EJB
    TaxService taxes;

    @EJB
    CurrencyService currencies;

    @Inject
    Messages messages;

    private List<TaxRow> taxRows;
    private List<Currency> currencyRows;
    private String newTaxName;
    private BigDecimal newTaxRate;
    private Currency newCurrency = new Currency();

    @PostConstruct
    void load() {
        taxRows = taxes.all().stream().map(TaxRow::new).toList();
        currencyRows = currencies.all();
    }

    public void saveTax(TaxRow row) {
        attempt(
                () -> taxes.update(row.getCode(), row.getName(), row.getRate(), row.isActive()),
                "taxes.saved",
                row.getName());
    }

    public void addTax() {
        if (attempt(() -> taxes.add(newTaxName, newTaxRate), "taxes.added", newTaxName)) {
            newTaxName = null;
            newTaxRate = null;
        }
    }

    public void saveCurrency(Currency row) {
        attempt(() -> currencies.update(row), "currencies.saved", row.getCode());
    }

    public void makeBase(Currency row) {
        attempt(
                () -> {
                    currencies.makeBase(row.getCode());
                    return null;
                },
                "currencies.base",
                row.getCode());
    }

    public void addCurrency() {
        if (newCurrency.getCode() != null) {
            newCurrency.setCode(newCurrency.getCode().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (attempt(() -> currencies.add(newCurrency), "currencies.added", newCurrency.getCode())) {
            newCurrency = new Currency();
        }
    }

    /** Runs a change; a refusal shows as a page message (the rows share field ids). */
    private boolean attempt(java.util.concurrent.Callable<?> change, String key, Object argument) {
        try {
            change.call();
            messages.info(null, key, argument);
            load();
            return true;
        } catch (CrmException refused) {
            messages.error(null, refused.getMessageKey(), refused.getArguments());
            return false;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public List<TaxRow> getTaxRows() {
        return taxRows;
    }

    public List<Currency> getCurrencyRows() {
        return currencyRows;
    }

    public String getNewTaxName() {
        return newTaxName;
    }

    public void setNewTaxName(String newTaxName) {
        this.newTaxName = newTaxName;
    }

    public BigDecimal getNewTaxRate() {
        return newTaxRate;
    }

    public void setNewTaxRate(BigDecimal newTaxRate) {
        this.newTaxRate = newTaxRate;
    }

    public Currency getNewCurrency() {
        return newCurrency;
    }
}
