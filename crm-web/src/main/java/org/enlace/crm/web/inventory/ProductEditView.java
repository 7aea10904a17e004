package org.enlace.crm.web.inventory;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.inventory.boundary.ProductService;
import org.enlace.crm.inventory.boundary.TaxService;
import org.enlace.crm.inventory.entity.Product;
import org.enlace.crm.inventory.entity.TaxClass;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.boundary.OwnerRef;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.settings.boundary.CurrencyService;
import org.enlace.crm.settings.entity.Currency;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.Messages;
import org.enlace.crm.web.common.Pages;

/** Agregar Producto / Editar Producto. */
@Named
@ViewScoped
public class ProductEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A price in another currency: empty means derived from the base price. */
    public static final class PriceRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String symbol;
        private final int decimals;
        private BigDecimal price;

        PriceRow(Currency currency, BigDecimal price) {
            code = currency.getCode();
            symbol = currency.getSymbol();
            decimals = currency.getDecimals();
            this.price = price;
        }

        public String getCode() {
            return code;
        }

        public String getSymbol() {
            return symbol;
        }

        public int getDecimals() {
            return decimals;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public void setPrice(BigDecimal price) {
            this.price = price;
        }
    }

    @EJB
    ProductService products;

    @EJB
    TaxService taxes;

    @EJB
    CurrencyService currencies;

    @EJB
    OwnerDirectory owners;

    @Inject
    Messages messages;

    private FieldView fields;
    private Long id;
    private Product product;
    private long version;
    private Long ownerId;
    private List<OwnerRef> assignable;
    private List<TaxClass> taxClasses;
    private List<PriceRow> prices;
    private Currency base;

    public void load() {
        assignable = owners.assignable();
        if (id == null) {
            product = new Product();
            ownerId = owners.me();
        } else {
            product = products.get(Pages.requireId(id));
            version = product.getVersion();
            ownerId = product.getOwner().getId();
        }
        taxClasses = taxes.all().stream()
                .filter(t -> t.isActive() || product.getTaxes().contains(t.getCode()))
                .toList();
        prices = new ArrayList<>();
        for (Currency currency : currencies.all()) {
            if (currency.isBase()) {
                base = currency;
            } else if (currency.isActive() || product.getPrices().containsKey(currency.getCode())) {
                prices.add(new PriceRow(currency, product.getPrices().get(currency.getCode())));
            }
        }
    }

    public String save() {
        Map<String, BigDecimal> set = new HashMap<>();
        prices.stream().filter(p -> p.getPrice() != null).forEach(p -> set.put(p.getCode(), p.getPrice()));
        product.getPrices().clear();
        product.getPrices().putAll(set);
        Product saved = product.isNew()
                ? products.create(product, ownerId)
                : products.update(product.getId(), version, product, ownerId);
        messages.info(null, "product.saved", saved.getName());
        Pages.keepMessages();
        return "/product/view?faces-redirect=true&id=" + saved.getId();
    }

    public boolean isNew() {
        return product == null || product.isNew();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Product getProduct() {
        return product;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public List<OwnerRef> getAssignable() {
        return assignable;
    }

    public List<TaxClass> getTaxClasses() {
        return taxClasses;
    }

    public List<PriceRow> getPrices() {
        return prices;
    }

    public Currency getBase() {
        return base;
    }

    public FieldView getFields() {
        if (fields == null) {
            Map<String, FieldAccess> rules = new HashMap<>(products.fieldRules());
            if (isNew()) {
                rules.keySet().removeIf(CrmModule.PRODUCTS::isMandatory);
            }
            fields = new FieldView(rules);
        }
        return fields;
    }
}
