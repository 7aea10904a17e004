package org.enlace.crm.inventory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.control.ImageUpload;
import org.enlace.crm.common.control.ListQuery;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.inventory.control.Catalog;
import org.enlace.crm.inventory.entity.Product;
import org.enlace.crm.inventory.entity.ProductImage;
import org.enlace.crm.record.control.Records;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.settings.control.ModuleGuarded;
import org.enlace.crm.settings.control.Picklists;

/** Inventario > Productos: list, read, create, change, delete, picture. */
@Stateless
@RolesAllowed(CrmRole.Names.USER)
@ModuleGuarded(CrmModule.PRODUCTS)
public class ProductService {

    private static final String OWNER = "p.owner.id";

    public static final ListQuery<ProductRow> LIST = ListQuery.of(
                    ProductRow.class,
                    "p",
                    "new org.enlace.crm.inventory.boundary.ProductRow(p.id, p.number, p.name, p.partNumber, p.category, p.unitPrice, p.quantityInStock, p.active, o.displayName)",
                    "Product p join p.owner o")
            .alone("Product p")
            .column("number", "p.number")
            .column("name", "p.name")
            .column("partNumber", "p.partNumber")
            .byCode("category", "p.category")
            .column("owner", "o.displayName")
            .searchWhen(ListQuery.RECORD_NUMBER, "p.number")
            .search("p.name")
            .defaultOrder("p.name asc")
            .build();

    @PersistenceContext
    EntityManager em;

    @Inject
    Records records;

    @Inject
    AccessControl access;

    @Inject
    Picklists picklists;

    @Inject
    Catalog catalog;

    public List<ProductRow> rows(@NotNull @Valid PageRequest request) {
        return LIST.rows(em, request, access.readable(CrmModule.PRODUCTS, OWNER));
    }

    public long count(@NotNull @Valid PageRequest request, @Min(0) int atMost) {
        return LIST.count(em, request, atMost, access.readable(CrmModule.PRODUCTS, OWNER));
    }

    public Product get(long id) {
        return find(id, Action.VIEW);
    }

    private Product find(long id, Action action) {
        return records.find(ProductModule.DEFINITION, Product.class, id, action);
    }

    public Set<Action> allowedOn(long id) {
        Product record = get(id);
        return access.allowedOn(CrmModule.PRODUCTS, record.getOwner().getId());
    }

    /** The price in every active currency (set by hand or derived from the rate). */
    public List<Price> prices(long id) {
        Product product = get(id);
        return catalog.prices(product.getUnitPrice(), product.getPrices());
    }

    public Product create(@NotNull @Valid Product form, long ownerId) {
        return records.create(ProductModule.DEFINITION, new Product(), form, ownerId, this::apply);
    }

    public Product update(long id, long version, @NotNull @Valid Product form, long ownerId) {
        return records.update(ProductModule.DEFINITION, Product.class, id, version, form, ownerId, this::apply);
    }

    public void delete(long id) {
        Product product = find(id, Action.DELETE);
        ProductImage image = em.find(ProductImage.class, id);
        if (image != null) {
            em.remove(image);
        }
        em.remove(product);
    }

    /** Checks the picture (same rules as the logo) and keeps it, re-encoded. */
    public Product setImage(long id, byte[] upload) {
        Product product = find(id, Action.EDIT);
        ImageUpload.Image checked = ImageUpload.check("image", upload);
        ProductImage image = em.find(ProductImage.class, id);
        if (image == null) {
            em.persist(new ProductImage(id, checked.content(), checked.mediaType()));
        } else {
            image.replace(checked.content(), checked.mediaType());
        }
        product.imageChanged(true);
        return product;
    }

    public Product removeImage(long id) {
        Product product = find(id, Action.EDIT);
        ProductImage image = em.find(ProductImage.class, id);
        if (image != null) {
            em.remove(image);
        }
        product.imageChanged(false);
        return product;
    }

    /** The picture, or null. */
    public ProductImage image(long id) {
        Product product = get(id);
        return product.hasImage() ? em.find(ProductImage.class, id) : null;
    }

    public Map<String, FieldAccess> fieldRules() {
        return access.fieldRules(CrmModule.PRODUCTS);
    }

    private void apply(Product product, Product form, Set<String> kept) {
        picklists.require(PicklistField.PRODUCT_CATEGORY, form.getCategory(), product.getCategory(), kept);
        picklists.require(PicklistField.PRODUCT_MANUFACTURER, form.getManufacturer(), product.getManufacturer(), kept);
        picklists.require(PicklistField.PRODUCT_USAGE_UNIT, form.getUsageUnit(), product.getUsageUnit(), kept);
        picklists.require(PicklistField.PRODUCT_GL_ACCOUNT, form.getGlAccount(), product.getGlAccount(), kept);
        if (!kept.contains("taxes")) {
            catalog.checkTaxes(form.getTaxes(), product.getTaxes());
        }
        if (!kept.contains("unitPrice")) {
            catalog.checkPrices(form.getPrices());
            if (!product.isNew() && !product.getPrices().equals(form.getPrices())) {
                // EclipseLink would insert a changed price before deleting the old row: clear first
                product.getPrices().clear();
                em.flush();
            }
        }
        product.updateFrom(form, kept);
    }
}
