package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Importing in the browser: from the Contactos list to Importar, a small CSV uploaded, its
 * reading confirmed from the preview, the fields suggested from its Spanish headers, accounts
 * created for the contacts, the progress followed to the end, the rejected rows downloaded with
 * their reasons, the new contacts in the list. The pages pass axe in Spanish and in English.
 */
abstract class ImportScenario extends BrowserScenario {

    protected final String run = UUID.randomUUID().toString().substring(0, 6);

    /** Posts the page's form as the download button does, and returns the file's text. */
    private String download(String formId, String buttonId) {
        Object text = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "const form = document.getElementById(arguments[0]);"
                                + "const data = new URLSearchParams(new FormData(form));"
                                + "data.append(arguments[1], arguments[1]);"
                                + "fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})"
                                + ".then(r => r.arrayBuffer()).then(b => done(new TextDecoder('utf-8', {ignoreBOM: true}).decode(b)))"
                                + ".catch(e => done('ERROR ' + e));",
                        formId,
                        buttonId);
        return String.valueOf(text);
    }

    @Test
    void aSmallFileIsImportedFollowedToTheEndAndItsRejectedRowsDownloaded() throws Exception {
        Path csv = Files.createTempFile("contactos-" + run, ".csv");
        Path products = Files.createTempFile("products-" + run, ".csv");
        Files.writeString(
                csv,
                "Nombre;Apellidos;Correo electrónico;Cuenta\n"
                        + "Ana;Ríos " + run + ";ana." + run + "@example.com;Feria " + run + "\n"
                        + "Luis;Mora " + run + ";luis." + run + "@example.com;Feria " + run + "\n"
                        + "Eva;Paz " + run + ";no es correo;Feria " + run + "\n"
                        + "Sin;;sin." + run + "@example.com;Feria " + run + "\n",
                StandardCharsets.UTF_8);
        try {
            browser.login("admin", Servers.adminPassword());
            browser.go("/crm/contact/list.xhtml");
            browser.clickAndWait("[id$=':import'] a");
            assertThat(browser.text("h1")).isEqualTo("Importar");
            assertThat(browser.text("#upload")).contains("Contactos");
            browser.assertAccessible();
            browser.find("#upload input[type=file]")
                    .sendKeys(csv.toAbsolutePath().toString());
            browser.clickAndWait("#upload\\:send");

            // the reading as detected, the preview, the fields suggested from the headers
            browser.waitForText("#previewTable", "ana." + run + "@example.com");
            assertThat(browser.text("#setup\\:delimiter")).contains("Punto y coma");
            assertThat(browser.text("#setup\\:encoding")).contains("UTF-8");
            assertThat(browser.text("[id$=':0:map'] .ui-selectonemenu-label")).isEqualTo("Nombre");
            assertThat(browser.text("[id$=':2:map'] .ui-selectonemenu-label")).isEqualTo("Correo");
            assertThat(browser.text("[id$=':3:map'] .ui-selectonemenu-label")).isEqualTo("Cuenta");
            browser.select("setup:missingAccount", "Crear la cuenta");
            browser.assertAccessible();
            browser.screenshot(server() + "-import-01-mapping");
            browser.clickAndWait("#setup\\:start");

            // the progress, to the end
            assertThat(browser.path()).contains("/import/import.xhtml");
            browser.waitForText("#status", "Terminada");
            browser.go(browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", ""));
            assertThat(browser.text("#created")).isEqualTo("2");
            assertThat(browser.text("#rejected")).isEqualTo("2");
            assertThat(browser.text("#read")).isEqualTo("4");
            assertThat(browser.text("#percent")).isEqualTo("100 %");
            browser.assertAccessible();
            browser.screenshot(server() + "-import-02-done");

            String rejected = download("progress", "progress:download");
            assertThat(rejected)
                    .startsWith("\uFEFFLínea;Nombre;Apellidos;Correo electrónico;Cuenta;Motivo del rechazo");
            assertThat(rejected)
                    .contains("Correo electrónico: ")
                    .contains("Apellidos: ")
                    .contains("Eva");

            // the contacts, with the account the import created
            browser.go("/crm/contact/list.xhtml");
            browser.type("#list\\:table\\:globalFilter", "Ríos " + run);
            // the search is applied (the other imported contact gone) before the next full post
            browser.settle();
            browser.waitFor().until(d -> !browser.text("#list\\:table").contains("Mora " + run));
            browser.waitForText("#list\\:table", "Feria " + run);

            // export of the checked rows: none checked is refused with a message, the checked one alone is exported
            browser.clickAndWait("#list\\:table\\:exportSelected");
            assertThat(browser.text("#messages")).contains("Marque en la primera columna");
            browser.waitForText("#list\\:table", "Feria " + run);
            browser.assertAccessible();
            browser.click("#list\\:table tbody .ui-selection-column .ui-chkbox-box");
            // a row checked stays checked when the search changes: both are exported
            browser.type("#list\\:table\\:globalFilter", "Mora " + run);
            browser.waitForText("#list\\:table", "Mora " + run);
            browser.click("#list\\:table tbody .ui-selection-column .ui-chkbox-box");
            browser.screenshot(server() + "-export-selected");
            String exported = download("list", "list:table:exportSelected");
            assertThat(exported).startsWith("\uFEFF").contains("Ríos " + run).contains("Mora " + run);
            assertThat(exported.strip().split("\n")).hasSize(3);

            // the same page in English, for products (a module that joined by its declaration)
            browser.go("/crm/import/import.xhtml?module=PRODUCTS");
            browser.clickAndWait("#menuForm\\:langEn");
            try {
                browser.go("/crm/import/import.xhtml?module=PRODUCTS");
                assertThat(browser.text("h1")).isEqualTo("Import");
                assertThat(browser.text("#upload")).contains("Products");
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                        .isEqualTo("en");
                browser.assertAccessible();
                // an English file of products: its headers suggest the products' fields
                Files.writeString(
                        products,
                        "Name;Part number;Unit price;Category\nRouter " + run + ";RT-" + run + ";1250.50;Hardware\n",
                        StandardCharsets.UTF_8);
                browser.find("#upload input[type=file]")
                        .sendKeys(products.toAbsolutePath().toString());
                browser.clickAndWait("#upload\\:send");
                browser.waitForText("#previewTable", "Router " + run);
                assertThat(browser.text("[id$=':0:map'] .ui-selectonemenu-label"))
                        .isEqualTo("Product name");
                assertThat(browser.text("[id$=':1:map'] .ui-selectonemenu-label"))
                        .isEqualTo("Part number");
                assertThat(browser.text("[id$=':2:map'] .ui-selectonemenu-label"))
                        .isEqualTo("Unit price");
                assertThat(browser.text("[id$=':3:map'] .ui-selectonemenu-label"))
                        .isEqualTo("Category");
                browser.assertAccessible();
                browser.clickAndWait("#setup\\:start");
                browser.waitForText("#status", "Finished");
                browser.go(browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", ""));
                assertThat(browser.text("#created")).isEqualTo("1");
                assertThat(browser.text("#rejected")).isEqualTo("0");
                browser.screenshot(server() + "-import-04-products");
            } finally {
                browser.clickAndWait("#menuForm\\:langEs");
            }
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(products);
        }
    }
}
