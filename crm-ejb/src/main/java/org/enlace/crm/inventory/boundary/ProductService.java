package org.enlace.crm.inventory.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.boundary.ConflictException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.control.ImageUpload;
import org.enlace.crm.common.control.ListQuery;
import org.enlace.crm.common.control.NumberSequences;
import org.enlace.crm.inventory.control.Catalog;
import org.enlace.crm.inventory.entity.Product;
import org.enlace.crm.inventory.entity.ProductImage;
import org.enlace.crm.security.boundary.OwnerDirectory;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmModule;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.settings.control.ModuleGuarded;
import org.enlace.crm.settings.control.Picklists;
import org.enlace.crm.settings.entity.PicklistField;

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
    NumberSequences numbers;

    @Inject
    Caller caller;

    @Inject
    AccessControl access;

    @Inject
    Picklists picklists;

    @Inject
    Catalog catalog;

    @EJB
    OwnerDirectory owners;

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
        Product product = em.find(Product.class, id);
        if (product == null) {
            throw new NotFoundException();
        }
        access.requireOn(CrmModule.PRODUCTS, action, product.getOwner().getId());
        return product;
    }

    public Set<Action> allowedOn(long id) {
        Product record = get(id);
        return access.allowedOn(CrmModule.PRODUCTS, record.getOwner().getId());
    }

    /** The price in every active currency (set by hand or derived from the rate). */
    public List<Catalog.Price> prices(long id) {
        Product product = get(id);
        return catalog.prices(product.getUnitPrice(), product.getPrices());
    }

    public Product create(@NotNull @Valid Product form, long ownerId) {
        access.require(CrmModule.PRODUCTS, Action.CREATE);
        Product product = new Product();
        apply(product, form, ownerId);
        product.numberAs(numbers.next(NumberSequences.PRODUCT));
        product.touch(caller.id(), Instant.now());
        em.persist(product);
        return product;
    }

    public Product update(long id, long version, @NotNull @Valid Product form, long ownerId) {
        Product product = find(id, Action.EDIT);
        if (product.getVersion() != version) {
            throw new ConflictException();
        }
        apply(product, form, ownerId);
        product.touch(caller.id(), Instant.now());
        return product;
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

    private void apply(Product product, Product form, long ownerId) {
        Set<String> kept = access.keptFields(CrmModule.PRODUCTS, product.isNew());
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
        product.assignTo(owners.assignableOwner(ownerId, product.getOwner()));
    }
}
