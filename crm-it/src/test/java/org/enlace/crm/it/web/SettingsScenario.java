package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The FAQ's setup steps 3 and 4 in the browser, as an administrator: the company's details with
 * its NIT and logo ("Configurar los datos de la empresa como logo, NIT, ..."), a value added to a
 * picklist and used on a record, then deleted with a replacement, and a module turned off and on
 * again. Every screen is checked with axe, in Spanish and in English.
 */
abstract class SettingsScenario extends BrowserScenario {

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void anAdministratorConfiguresTheCompanyPicklistsAndModules() throws IOException {
        browser.login("admin", Servers.adminPassword());

        // Datos de la empresa: a wrong NIT is refused next to its field, the right one kept in one form
        browser.menu("Configuración", "Datos de la empresa");
        assertThat(browser.text("h1")).isEqualTo("Datos de la empresa");
        browser.assertAccessible();
        browser.type("#company\\:name", "Distribuidora Andina " + run);
        browser.type("#company\\:taxId", "900.123.456-7");
        browser.type("#company\\:addrCity", "Medellín");
        browser.type("#company\\:addrCountry", "Colombia");
        browser.click("#company\\:save");
        assertThat(browser.messageFor("company", "taxId")).contains("El NIT no es válido");
        browser.type("#company\\:taxId", "900.123.456-8");
        browser.click("#company\\:save");
        browser.waitForText("#messages", "Datos de la empresa guardados.");
        assertThat(browser.find("#company\\:taxId").getAttribute("value")).isEqualTo("900123456-8");

        // the logo: a page named .png is refused by its content, a real image is shown
        Path fake = Files.createTempFile("logo", ".png");
        Files.writeString(fake, "<html><script>alert(1)</script></html>", StandardCharsets.UTF_8);
        fileInput().sendKeys(fake.toString());
        browser.waitForText("#logoForm\\:logoMessage", "El archivo no es una imagen PNG ni JPEG.");
        assertThat(browser.all("#logoForm\\:logoPreview")).isEmpty();
        Path logo = Files.createTempFile("logo", ".png");
        BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(10, 10, 100, 40);
        ImageIO.write(image, "png", logo.toFile());
        fileInput().sendKeys(logo.toString());
        browser.waitFor()
                .until(d -> !d.findElements(By.cssSelector("#logoForm\\:logoPreview"))
                        .isEmpty());
        browser.go("/crm/admin/company.xhtml");
        assertThat(browser.find("#brandLogo").getAttribute("alt")).isEqualTo("Distribuidora Andina " + run);
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return document.getElementById('brandLogo').naturalWidth === 240"))
                .isTrue();
        browser.assertAccessible();
        browser.screenshot(server() + "-settings-01-company");
        Files.delete(fake);
        Files.delete(logo);

        // Listas desplegables: a new industry, used on an account
        String industry = "Energía solar " + run;
        browser.menu("Configuración", "Listas desplegables");
        assertThat(browser.text("h1")).isEqualTo("Listas desplegables");
        browser.select("pick:field", "Cuentas: Sector");
        browser.waitFor()
                .until(d -> browser.text("#values\\:table").contains("Agricultura") || hasValue("Agricultura"));
        browser.type("#add\\:newEs", industry);
        browser.type("#add\\:newEn", "Solar power " + run);
        browser.click("#add\\:addValue");
        browser.waitForText("#messages", "Valor «" + industry + "» agregado.");
        assertThat(hasValue(industry)).isTrue();
        browser.assertAccessible();
        browser.screenshot(server() + "-settings-02-picklists");

        browser.go("/crm/account/edit.xhtml");
        browser.type("#account\\:name", "Paneles " + run);
        browser.select("account:industry", industry);
        browser.clickAndWait("#account\\:save");
        assertThat(browser.pageText()).contains(industry);
        String account = browser.driver().getCurrentUrl();

        // deleting it asks for the replacement; the account follows
        browser.go("/crm/admin/picklists.xhtml");
        browser.select("pick:field", "Cuentas: Sector");
        browser.waitFor().until(d -> hasValue(industry));
        browser.click("button[aria-label='Eliminar: " + industry + "']");
        browser.waitForText("#deleteText", "lo tiene un registro");
        browser.select("deleteForm:replacement", "Energía");
        browser.assertAccessible();
        browser.click("#deleteForm\\:confirmDelete");
        browser.waitForText("#messages", "Valor eliminado");
        browser.waitFor().until(d -> {
            browser.go("/crm/admin/picklists.xhtml");
            browser.select("pick:field", "Cuentas: Sector");
            return hasValue("Agricultura") && !hasValue(industry);
        });
        browser.driver().get(account);
        assertThat(browser.pageText()).contains("Energía").doesNotContain(industry);

        // the FAQ: a product category in Listas desplegables, then a product using it and a service,
        // through Inventario in the top menu
        String category = "Paneles solares " + run;
        browser.go("/crm/admin/picklists.xhtml");
        browser.select("pick:field", "Productos: Categoría de producto");
        browser.waitFor().until(d -> hasValue("Hardware"));
        browser.type("#add\\:newEs", category);
        browser.type("#add\\:newEn", "Solar panels " + run);
        browser.click("#add\\:addValue");
        browser.waitForText("#messages", "Valor «" + category + "» agregado.");

        browser.menu("Inventario", "Productos");
        assertThat(browser.text("h1")).isEqualTo("Productos");
        browser.assertAccessible();
        browser.clickAndWait("#list\\:table\\:add");
        assertThat(browser.text("h1")).isEqualTo("Agregar Producto");
        browser.type("#product\\:name", "Panel 450 W " + run);
        browser.select("product:category", category);
        browser.find("#product\\:unitPrice_input").sendKeys("1200000");
        browser.tick("product:taxes", "IVA 19 %");
        browser.assertAccessible();
        browser.clickAndWait("#product\\:save");
        assertThat(browser.text("h1")).isEqualTo("Panel 450 W " + run);
        assertThat(browser.text(".crm-record-number")).startsWith("PRD-");
        assertThat(browser.pageText()).contains(category, "IVA 19 %", "1.200.000", "US$ 300");
        browser.assertAccessible();
        browser.screenshot(server() + "-settings-03-product");

        browser.menu("Inventario", "Servicios");
        assertThat(browser.text("h1")).isEqualTo("Servicios");
        browser.clickAndWait("#list\\:table\\:add");
        browser.type("#service\\:name", "Instalación de paneles " + run);
        browser.select("service:category", "Instalación");
        browser.select("service:usageUnit", "Horas");
        browser.find("#service\\:unitPrice_input").sendKeys("90000");
        browser.assertAccessible();
        browser.clickAndWait("#service\\:save");
        assertThat(browser.text(".crm-record-number")).startsWith("SRV-");
        assertThat(browser.pageText()).contains("Instalación", "Horas", "90.000");
        browser.assertAccessible();
        browser.menu("Inventario", "Productos");
        assertThat(browser.text("#list\\:table")).contains("Panel 450 W " + run, category);

        // Módulos: Contactos off leaves the menu and its pages say so; on again, all is back
        browser.menu("Configuración", "Módulos");
        assertThat(browser.text("h1")).isEqualTo("Módulos");
        browser.assertAccessible();
        try {
            browser.click("#modules\\:table\\:1\\:enabled .ui-chkbox-box");
            browser.clickAndWait("#modules\\:save");
            assertThat(browser.text("#messages")).contains("Módulos guardados.");
            assertThat(menuItems()).contains("Cuentas").doesNotContain("Contactos");
            browser.go("/crm/contact/list.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Módulo desactivado");
            assertThat(browser.text("#errorText")).contains("El módulo Contactos está desactivado");
            browser.screenshot(server() + "-settings-03b-module-off");
        } finally {
            browser.go("/crm/admin/modules.xhtml");
            if (!browser.driver()
                    .findElement(By.cssSelector("#modules\\:table\\:1\\:enabled_input"))
                    .isSelected()) {
                browser.click("#modules\\:table\\:1\\:enabled .ui-chkbox-box");
                browser.clickAndWait("#modules\\:save");
            }
        }
        assertThat(menuItems()).contains("Contactos");
        browser.go("/crm/contact/list.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Contactos");

        // Impuestos y monedas, Numeración
        browser.menu("Configuración", "Impuestos y monedas");
        assertThat(browser.text("h1")).isEqualTo("Impuestos y monedas");
        browser.type("#taxes\\:newName", "Impoconsumo " + run);
        browser.find("#taxes\\:newRate_input").sendKeys("8");
        browser.click("#taxes\\:addTax");
        browser.waitForText("#messages", "Impuesto Impoconsumo " + run + " agregado.");
        assertThat(browser.all("#taxes\\:table input[id$='name']").stream().map(i -> i.getAttribute("value")))
                .contains("IVA 19 %", "IVA 5 %", "Exento", "Impoconsumo " + run);
        assertThat(browser.text("#currencies\\:table")).contains("COP", "base", "USD");
        browser.assertAccessible();
        browser.screenshot(server() + "-settings-04-taxes");
        browser.menu("Configuración", "Numeración");
        assertThat(browser.text("#numbering\\:table")).contains("Cuentas", "CTA-", "Contactos", "CON-");
        browser.assertAccessible();

        // the administrator's home: the setup checklist, measured from what was just done
        browser.go("/crm/index.xhtml");
        assertThat(browser.text("#setupHeading")).isEqualTo("Asistente de configuración");
        assertThat(browser.text("#step-company")).contains("Configurar los datos de la empresa", "Hecho");
        assertThat(browser.text("#step-picklists")).contains("Hecho");
        assertThat(browser.text("#step-accounts")).contains("Hecho");
        // leads exist as a module now: the step is done or pending, never "not available"
        assertThat(browser.text("#step-leads"))
                .contains("Cargar o importar los prospectos")
                .doesNotContain("aún no disponible");
        browser.assertAccessible();
        browser.screenshot(server() + "-settings-05-checklist");

        // the same screens in English
        browser.clickAndWait("#menuForm\\:langEn");
        try {
            for (String[] page : new String[][] {
                {"/crm/admin/company.xhtml", "Company details"},
                {"/crm/admin/picklists.xhtml", "Picklists"},
                {"/crm/admin/modules.xhtml", "Modules"},
                {"/crm/admin/taxes.xhtml", "Taxes and currencies"},
                {"/crm/admin/numbering.xhtml", "Numbering"},
                {"/crm/product/list.xhtml", "Products"},
                {"/crm/service/edit.xhtml", "Add Service"},
                {"/crm/index.xhtml", "Home"}
            }) {
                browser.go(page[0]);
                assertThat(browser.text("h1")).isEqualTo(page[1]);
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                        .isEqualTo("en");
                browser.assertAccessible();
            }
            browser.go("/crm/admin/picklists.xhtml");
            assertThat(browser.pageText()).contains("Name in Spanish", "Name in English");
            browser.screenshot(server() + "-settings-06-picklists-english");
        } finally {
            browser.clickAndWait("#menuForm\\:langEs");
        }
        browser.logout();
    }

    /** The upload's file input (hidden behind its button, as in every browser's file picker). */
    private org.openqa.selenium.WebElement fileInput() {
        return browser.driver().findElement(By.cssSelector("#logoForm\\:logo_input"));
    }

    private boolean hasValue(String label) {
        return browser.all("#values\\:table input[id$='labelEs']").stream()
                .anyMatch(i -> label.equals(i.getAttribute("value")));
    }

    private String menuItems() {
        return String.join(
                "|",
                browser.all(".crm-menu a").stream()
                        .map(a -> a.getAttribute("textContent").strip())
                        .toList());
    }
}
