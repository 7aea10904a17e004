package org.enlace.crm.inventory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.inventory.entity.TaxClass;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.settings.entity.PicklistValue;

/** Configuración > Impuestos y monedas: the tax classes (IVA 19 %, IVA 5 %, exento, ...). */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class TaxService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @RolesAllowed({CrmRole.Names.USER, CrmRole.Names.ADMIN})
    public List<TaxClass> all() {
        return em.createNamedQuery(TaxClass.FIND_ALL, TaxClass.class).getResultList();
    }

    public TaxClass add(
            @NotBlank @Size(max = 60) String name, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal rate) {
        List<TaxClass> all = all();
        checkName(all, null, name);
        String base = PicklistValue.codeOf(name);
        String code = base;
        for (int n = 2; find(all, code) != null; n++) {
            code = base + "_" + n;
        }
        TaxClass tax = new TaxClass(
                code,
                name.strip(),
                rate,
                all.stream().mapToInt(TaxClass::getPosition).max().orElse(0) + 1);
        em.persist(tax);
        audit.record("tax", null, code, "add", null, name + " " + rate.toPlainString() + "%");
        return tax;
    }

    public TaxClass update(
            @NotNull String code,
            @NotBlank @Size(max = 60) String name,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal rate,
            boolean active) {
        List<TaxClass> all = all();
        TaxClass tax = find(all, code);
        if (tax == null) {
            throw new NotFoundException();
        }
        checkName(all, code, name);
        String before = tax.getName() + " " + tax.getRate().toPlainString() + "% " + (tax.isActive() ? "on" : "off");
        tax.setName(name.strip());
        tax.setRate(rate);
        tax.setActive(active);
        audit.record(
                "tax",
                null,
                code,
                "update",
                before,
                tax.getName() + " " + rate.toPlainString() + "% " + (active ? "on" : "off"));
        return tax;
    }

    private static TaxClass find(List<TaxClass> all, String code) {
        return all.stream().filter(t -> t.getCode().equals(code)).findFirst().orElse(null);
    }

    private static void checkName(List<TaxClass> all, String code, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        if (all.stream()
                .anyMatch(t -> !t.getCode().equals(code)
                        && t.getName().toLowerCase(Locale.ROOT).equals(wanted))) {
            throw new InvalidInputException("taxName", "crm.tax.name.taken");
        }
    }
}
