package org.enlace.crm.settings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.settings.entity.Currency;

/** Configuración > Impuestos y monedas: the base currency and the others with their rates. */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class CurrencyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @RolesAllowed({CrmRole.Names.USER, CrmRole.Names.ADMIN})
    public List<Currency> all() {
        return em.createNamedQuery(Currency.FIND_ALL, Currency.class).getResultList();
    }

    @RolesAllowed({CrmRole.Names.USER, CrmRole.Names.ADMIN})
    public Currency base() {
        return all().stream().filter(Currency::isBase).findFirst().orElseThrow();
    }

    public Currency add(@NotNull @Valid Currency form) {
        if (em.find(Currency.class, form.getCode()) != null) {
            throw new InvalidInputException("currencyCode", "crm.currency.code.taken");
        }
        Currency currency = new Currency(
                form.getCode(), form.getName().strip(), form.getSymbol().strip(), form.getDecimals(), form.getRate());
        em.persist(currency);
        audit.record("currency", null, currency.getCode(), "add", null, describe(currency));
        return currency;
    }

    public Currency update(@NotNull @Valid Currency form) {
        Currency currency = em.find(Currency.class, form.getCode());
        if (currency == null) {
            throw new NotFoundException();
        }
        if (currency.isBase() && (!form.isActive() || form.getRate().compareTo(BigDecimal.ONE) != 0)) {
            throw new InvalidInputException("currencyRate", "crm.currency.base.fixed");
        }
        String before = describe(currency);
        currency.setName(form.getName().strip());
        currency.setSymbol(form.getSymbol().strip());
        currency.setDecimals(form.getDecimals());
        currency.setRate(form.getRate());
        currency.setActive(form.isActive());
        audit.record("currency", null, currency.getCode(), "update", before, describe(currency));
        return currency;
    }

    /** Makes another currency the base; the others' rates are recomputed against it. */
    public void makeBase(@NotNull String code) {
        Currency target = em.find(Currency.class, code);
        if (target == null) {
            throw new NotFoundException();
        }
        if (target.isBase()) {
            return;
        }
        BigDecimal factor = target.getRate();
        for (Currency c : all()) {
            if (c == target) {
                continue;
            }
            c.notBase();
            c.setRate(c.getRate().divide(factor, MathContext.DECIMAL64).setScale(8, java.math.RoundingMode.HALF_UP));
        }
        target.makeBase();
        audit.record("currency", null, code, "base", null, code);
    }

    private static String describe(Currency c) {
        return c.getName() + " " + c.getSymbol() + " " + c.getDecimals() + " "
                + c.getRate().toPlainString() + " " + (c.isActive() ? "on" : "off");
    }
}
