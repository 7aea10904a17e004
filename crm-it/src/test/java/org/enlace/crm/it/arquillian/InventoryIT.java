package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.ModuleDisabledException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.inventory.boundary.Price;
import org.enlace.crm.inventory.boundary.ProductRow;
import org.enlace.crm.inventory.boundary.ProductService;
import org.enlace.crm.inventory.boundary.ServiceService;
import org.enlace.crm.inventory.entity.Product;
import org.enlace.crm.inventory.entity.ServiceItem;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.settings.boundary.ModuleService;
import org.enlace.crm.settings.boundary.PicklistService;
import org.enlace.crm.settings.entity.PicklistValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inventario inside a real WildFly: products and services with their picklists, taxes, prices in
 * other currencies, numbers and picture; what a sales user may do with them; the module switch.
 */
@ExtendWith(ArquillianExtension.class)
class InventoryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(InventoryIT.class);
    }

    @Inject
    ProductService products;

    @Inject
    ServiceService services;

    @Inject
    PicklistService picklists;

    @Inject
    ModuleService modules;

    @Inject
    UserService users;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsUser asUser;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private long admin() throws Exception {
        return Fixtures.administratorId(asAdmin, users);
    }

    private long itUser() throws Exception {
        asUser.call(() -> null);
        return asAdmin.call(users::findAll).stream()
                .filter(u -> u.getUsername().equals(AsUser.DEFAULT))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    @Test
    void aProductKeepsItsCategoryTaxesAndPricesAndGetsANumber() throws Exception {
        PicklistValue category =
                asAdmin.call(() -> picklists.add(PicklistField.PRODUCT_CATEGORY, "Paneles " + run, "Panels " + run));
        Product form = new Product("Panel 450 W " + run);
        form.setCategory(category.getCode());
        form.setUsageUnit("UNIT");
        form.setUnitPrice(new BigDecimal("1200000"));
        form.setTaxes(Set.of("IVA_19"));
        form.getPrices().put("EUR", new BigDecimal("260.50"));
        form.setSalesStart(LocalDate.of(2026, 1, 1));
        form.setSalesEnd(LocalDate.of(2026, 12, 31));
        long owner = admin();
        Product created = asAdmin.call(() -> products.create(form, owner));
        assertTrue(created.getNumber().startsWith("PRD-"), created.getNumber());
        Product read = asAdmin.call(() -> products.get(created.getId()));
        assertEquals(category.getCode(), read.getCategory());
        assertEquals(Set.of("IVA_19"), read.getTaxes());

        List<Price> prices = asAdmin.call(() -> products.prices(created.getId()));
        Price cop = price(prices, "COP");
        Price usd = price(prices, "USD");
        Price eur = price(prices, "EUR");
        assertEquals(0, cop.amount().compareTo(new BigDecimal("1200000")));
        assertTrue(usd.derived());
        assertEquals(new BigDecimal("300.00"), usd.amount());
        assertFalse(eur.derived());
        assertEquals(0, eur.amount().compareTo(new BigDecimal("260.50")));

        // change the set price, drop the tax: stored as asked
        Product change = asAdmin.call(() -> products.get(created.getId()));
        change.getPrices().put("EUR", new BigDecimal("270"));
        change.setTaxes(Set.of("IVA_5", "EXENTO"));
        asAdmin.call(() -> products.update(change.getId(), change.getVersion(), change, owner));
        Product changed = asAdmin.call(() -> products.get(created.getId()));
        assertEquals(Set.of("EXENTO", "IVA_5"), changed.getTaxes());
        assertEquals(0, changed.getPrices().get("EUR").compareTo(new BigDecimal("270")));

        List<ProductRow> rows =
                asAdmin.call(() -> products.rows(new PageRequest(0, 10, null, true, null, "Panel 450 W " + run)));
        assertEquals(1, rows.size());
        assertEquals(category.getCode(), rows.get(0).getCategory());
        // the list filters by the category's code, exactly
        List<ProductRow> inCategory = asAdmin.call(() -> products.rows(
                new PageRequest(0, 10, "category", true, java.util.Map.of("category", category.getCode()), null)));
        assertEquals(
                List.of(created.getId()),
                inCategory.stream().map(ProductRow::getId).toList());
    }

    private static Price price(List<Price> prices, String code) {
        return prices.stream()
                .filter(p -> p.currency().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() throws Exception {
        long owner = admin();
        Product unknownTax = new Product("Sin impuesto " + run);
        unknownTax.setTaxes(Set.of("IVA_99"));
        assertEquals(
                "taxes",
                assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> products.create(unknownTax, owner)))
                        .getField());
        Product unknownCategory = new Product("Sin categoría " + run);
        unknownCategory.setCategory("NO_EXISTE");
        assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> products.create(unknownCategory, owner)));
        Product datesBackwards = new Product("Fechas " + run);
        datesBackwards.setSupportStart(LocalDate.of(2026, 5, 1));
        datesBackwards.setSupportEnd(LocalDate.of(2026, 4, 1));
        jakarta.ejb.EJBException dates = assertThrows(
                jakarta.ejb.EJBException.class, () -> asAdmin.call(() -> products.create(datesBackwards, owner)));
        ConstraintViolationException violations = (ConstraintViolationException) dates.getCause();
        assertEquals(
                "supportEndValid",
                violations
                        .getConstraintViolations()
                        .iterator()
                        .next()
                        .getPropertyPath()
                        .toString()
                        .replaceAll(".*\\.", ""));
        Product basePrice = new Product("Precio base " + run);
        basePrice.getPrices().put("COP", BigDecimal.TEN);
        assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> products.create(basePrice, owner)));
        assertTrue(asAdmin.call(() -> products.rows(new PageRequest(0, 10, null, true, null, "Sin "))).stream()
                .noneMatch(r -> r.getName().endsWith(run)));
    }

    @Test
    void aSalesUserWorksWithProductsAndServicesAsWithAccounts() throws Exception {
        long me = itUser();
        ServiceItem form = new ServiceItem("Instalación " + run);
        form.setCategory("INSTALLATION");
        form.setUsageUnit("HOURS");
        form.setUnitPrice(new BigDecimal("90000"));
        form.setTaxes(Set.of("IVA_19"));
        ServiceItem created = asUser.call(() -> services.create(form, me));
        assertTrue(created.getNumber().startsWith("SRV-"), created.getNumber());
        Product product = asUser.call(() -> products.create(new Product("Cable " + run), me));
        assertEquals(
                "Cable " + run, asUser.call(() -> products.get(product.getId())).getName());
        asUser.call(() -> {
            services.delete(created.getId());
            return null;
        });
        assertThrows(NotFoundException.class, () -> asUser.call(() -> services.get(created.getId())));
    }

    @Test
    void thePictureFollowsTheLogoRules() throws Exception {
        long owner = admin();
        Product product = asAdmin.call(() -> products.create(new Product("Con foto " + run), owner));
        assertEquals(
                "crm.image.type",
                assertThrows(
                                InvalidInputException.class,
                                () -> asAdmin.call(() -> products.setImage(
                                        product.getId(), "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))))
                        .getMessageKey());
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        asAdmin.call(() -> products.setImage(product.getId(), jpeg.toByteArray()));
        assertNotNull(asAdmin.call(() -> products.image(product.getId())));
        assertEquals(
                "image/jpeg",
                asAdmin.call(() -> products.image(product.getId())).getMediaType());
        asAdmin.call(() -> products.removeImage(product.getId()));
        assertNull(asAdmin.call(() -> products.image(product.getId())));
        asAdmin.call(() -> {
            products.delete(product.getId());
            return null;
        });
    }

    @Test
    void productsTurnedOffRefuseEveryCallAndComeBack() throws Exception {
        long owner = admin();
        Product product = asAdmin.call(() -> products.create(new Product("Apagable " + run), owner));
        try {
            asAdmin.call(() -> {
                modules.set(CrmModule.PRODUCTS, false);
                return null;
            });
            assertThrows(ModuleDisabledException.class, () -> asAdmin.call(() -> products.get(product.getId())));
            assertThrows(
                    ModuleDisabledException.class,
                    () -> asUser.call(() -> products.create(new Product("No " + run), owner)));
            // services are a module of their own
            assertNotNull(asAdmin.call(() -> services.rows(new PageRequest(0, 5, null, true, null, null))));
        } finally {
            asAdmin.call(() -> {
                modules.set(CrmModule.PRODUCTS, true);
                return null;
            });
        }
        assertEquals(
                "Apagable " + run,
                asAdmin.call(() -> products.get(product.getId())).getName());
    }
}
