package org.enlace.crm.web.inventory;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.enlace.crm.inventory.boundary.Price;
import org.enlace.crm.inventory.boundary.ProductService;
import org.enlace.crm.inventory.boundary.TaxService;
import org.enlace.crm.inventory.entity.Product;
import org.enlace.crm.inventory.entity.TaxClass;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.web.common.AuditNames;
import org.enlace.crm.web.common.FieldView;
import org.enlace.crm.web.common.Messages;
import org.enlace.crm.web.common.Pages;
import org.primefaces.event.FileUploadEvent;

/** A product's detail page, with its prices in every currency, its picture and the delete dialog. */
@Named
@ViewScoped
public class ProductView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProductService products;

    @EJB
    TaxService taxes;

    @EJB
    OwnerDirectory owners;

    @Inject
    Messages messages;

    private Long id;
    private Product product;
    private boolean mayEdit;
    private boolean mayDelete;
    private AuditNames audit;
    private FieldView fields;
    private List<Price> prices;
    private String taxNames;

    public void load() {
        product = products.get(Pages.requireId(id));
        Set<Action> allowed = products.allowedOn(product.getId());
        mayEdit = allowed.contains(Action.EDIT);
        mayDelete = allowed.contains(Action.DELETE);
        audit = AuditNames.of(product, owners);
        prices = products.prices(product.getId());
        taxNames = String.join(
                ", ",
                taxes.all().stream()
                        .filter(t -> product.getTaxes().contains(t.getCode()))
                        .map(TaxClass::getName)
                        .toList());
    }

    public String delete() {
        products.delete(product.getId());
        messages.info(null, "product.deleted", product.getName());
        Pages.keepMessages();
        return "/product/list?faces-redirect=true";
    }

    public void upload(FileUploadEvent event) {
        product = products.setImage(product.getId(), event.getFile().getContent());
        messages.info(null, "product.image.saved");
    }

    public void removeImage() {
        product = products.removeImage(product.getId());
        messages.info(null, "product.image.removed");
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

    public boolean isMayEdit() {
        return mayEdit;
    }

    public boolean isMayDelete() {
        return mayDelete;
    }

    public AuditNames getAudit() {
        return audit;
    }

    public List<Price> getPrices() {
        return prices;
    }

    public String getTaxNames() {
        return taxNames;
    }

    public FieldView getFields() {
        if (fields == null) {
            fields = new FieldView(products.fieldRules());
        }
        return fields;
    }
}
