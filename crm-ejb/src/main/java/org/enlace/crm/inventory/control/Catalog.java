package org.enlace.crm.inventory.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.inventory.boundary.Price;
import org.enlace.crm.inventory.entity.TaxClass;
import org.enlace.crm.settings.entity.Currency;

/** What products and services share: their tax classes and their prices in other currencies. */
@Dependent
public class Catalog {

    /** A price in one currency: set by hand, or derived from the base price and the rate. */
    @PersistenceContext
    EntityManager em;

    /** Refuses a tax class that does not exist, or one that is inactive and was not there before. */
    public void checkTaxes(Set<String> wanted, Set<String> before) {
        List<TaxClass> all =
                em.createNamedQuery(TaxClass.FIND_ALL, TaxClass.class).getResultList();
        for (String code : wanted) {
            boolean usable =
                    all.stream().anyMatch(t -> t.getCode().equals(code) && (t.isActive() || before.contains(code)));
            if (!usable) {
                throw new InvalidInputException("taxes", "crm.tax.unknown");
            }
        }
    }

    /** Refuses a price in a currency that does not exist or is the base (the unit price is that). */
    public void checkPrices(Map<String, BigDecimal> prices) {
        for (Map.Entry<String, BigDecimal> price : prices.entrySet()) {
            Currency currency = em.find(Currency.class, price.getKey());
            if (currency == null || currency.isBase()) {
                throw new InvalidInputException("prices", "crm.currency.unknown");
            }
            if (price.getValue() != null && price.getValue().signum() < 0) {
                throw new InvalidInputException("prices", "crm.price.negative");
            }
        }
    }

    /** The price in every active currency: the base price, each other one set or derived. */
    public List<Price> prices(BigDecimal unitPrice, Map<String, BigDecimal> set) {
        List<Price> prices = new ArrayList<>();
        for (Currency currency :
                em.createNamedQuery(Currency.FIND_ALL, Currency.class).getResultList()) {
            if (!currency.isActive()) {
                continue;
            }
            BigDecimal own = set.get(currency.getCode());
            if (currency.isBase()) {
                prices.add(
                        new Price(currency.getCode(), currency.getSymbol(), currency.getDecimals(), unitPrice, false));
            } else if (own != null) {
                prices.add(new Price(currency.getCode(), currency.getSymbol(), currency.getDecimals(), own, false));
            } else {
                prices.add(new Price(
                        currency.getCode(),
                        currency.getSymbol(),
                        currency.getDecimals(),
                        unitPrice == null ? null : currency.fromBase(unitPrice),
                        true));
            }
        }
        return prices;
    }
}
