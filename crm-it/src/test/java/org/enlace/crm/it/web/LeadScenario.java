package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Prospectos in the browser (the FAQ's step 8, "Cargar o importar los Prospectos. Tener en cuenta
 * la asignación del respectivo ejecutivo"): the pages are drawn from the module's definition, so
 * this walks them as a user would: the list, Agregar Prospecto with its required fields marked
 * and refused when empty, a picklist, the owner, the detail page, an edit, the quick search, and
 * the same pages in English. Every screen is checked with axe.
 */
abstract class LeadScenario extends BrowserScenario {

    @Test
    void aLeadIsCreatedAssignedAndFound() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String lastName = "Quintero " + run;
        browser.login("admin", Servers.adminPassword());

        browser.go("/crm/index.xhtml");
        browser.menu("Ventas", "Prospectos");
        assertThat(browser.text("h1")).isEqualTo("Prospectos");
        browser.assertAccessible();
        browser.clickAndWait("#list\\:table\\:add");
        assertThat(browser.text("h1")).isEqualTo("Agregar Prospecto");
        browser.assertAccessible();

        // the definition marks last name and company as required; empty, they are refused by name
        assertThat(browser.find("label[for='record:lastName']").getText()).contains("*");
        assertThat(browser.find("label[for='record:company']").getText()).contains("*");
        assertThat(browser.find("label[for='record:title']").getText()).doesNotContain("*");
        assertThat(browser.find("#record\\:company").getAttribute("maxlength")).isEqualTo("150");
        browser.type("#record\\:firstName", "Lucía");
        browser.type("#record\\:email", "no es un correo");
        browser.click("#record\\:save");
        assertThat(browser.messageFor("record", "company")).isNotBlank();
        assertThat(browser.messageFor("record", "email")).isNotBlank();
        assertThat(browser.find("#record\\:firstName").getAttribute("value")).isEqualTo("Lucía");
        browser.assertAccessible();
        browser.screenshot(server() + "-lead-01-refused");

        browser.type("#record\\:lastName", lastName);
        browser.type("#record\\:company", "Paneles del Valle " + run);
        browser.type("#record\\:email", "lucia." + run + "@example.com");
        browser.select("record:status", "Caliente");
        browser.type("#record\\:addressCity", "Cali");
        browser.clickAndWait("#record\\:save");
        assertThat(browser.text(".crm-record-number")).startsWith("PRS-");
        assertThat(browser.pageText()).contains("Paneles del Valle " + run, "Caliente", "Cali", "Lucía " + lastName);
        browser.assertAccessible();
        browser.screenshot(server() + "-lead-02-view");
        String number = browser.text(".crm-record-number");

        // an edit keeps the rest
        browser.clickAndWait("#actions\\:edit");
        assertThat(browser.text("h1")).isEqualTo("Editar Prospecto");
        browser.type("#record\\:title", "Jefe de compras");
        browser.clickAndWait("#record\\:save");
        assertThat(browser.pageText()).contains("Jefe de compras", "Caliente", "Cali");

        // the list finds it by last name and by number
        browser.go("/crm/lead/list.xhtml?q=" + lastName.replace(" ", "%20"));
        browser.waitForText("#list\\:table", number);
        assertThat(browser.text("#list\\:table")).contains("Paneles del Valle " + run, "Caliente");
        browser.go("/crm/lead/list.xhtml?q=" + number);
        browser.waitForText("#list\\:table", lastName);
        browser.screenshot(server() + "-lead-03-list");

        // Convertir prospecto: account from the company, the contact, and an opportunity
        browser.go("/crm/lead/list.xhtml?q=" + number);
        browser.waitForText("#list\\:table", lastName);
        browser.followLink(number);
        browser.clickAndWait("#convert");
        assertThat(browser.text("h1")).isEqualTo("Convertir el prospecto");
        browser.assertAccessible();
        browser.click("#convert\\:createOpportunity .ui-chkbox-box");
        browser.type("#convert\\:opportunityName", "Paneles para la planta " + run);
        browser.clickAndWait("#convert\\:convertButton");
        assertThat(browser.text("#converted"))
                .contains(
                        "Cuentas: Paneles del Valle " + run,
                        "Contactos: Lucía " + lastName,
                        "Oportunidades: Paneles para la planta " + run);
        assertThat(browser.all("#actions\\:edit")).isEmpty();
        assertThat(browser.all("#convert")).isEmpty();
        browser.assertAccessible();
        browser.screenshot(server() + "-lead-04-converted");

        // the opportunity in the pipeline, moved to another stage with its "Mover a" menu
        browser.go("/crm/opportunity/pipeline.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Embudo de ventas");
        browser.assertAccessible();
        String card = "Paneles para la planta " + run;
        browser.select(moveMenuOf(card), "Negociación");
        browser.waitForText("#messages", "pasó a «Negociación / revisión»");
        assertThat(columnOf(card)).contains("Negociación");
        assertThat(browser.text("#board")).contains("1 oportunidad").doesNotContain("{");
        browser.screenshot(server() + "-lead-05-pipeline");

        // the same pages in English
        browser.clickAndWait("#menuForm\\:langEn");
        try {
            browser.go("/crm/lead/list.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Leads");
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo("en");
            browser.assertAccessible();
            browser.clickAndWait("#list\\:table\\:add");
            assertThat(browser.text("h1")).isEqualTo("Add Lead");
            assertThat(browser.text("#record")).contains("Company", "Lead status", "Annual revenue");
            browser.assertAccessible();
            browser.go("/crm/opportunity/pipeline.xhtml");
            assertThat(browser.text("h1")).isEqualTo("Sales pipeline");
            browser.assertAccessible();
        } finally {
            browser.clickAndWait("#menuForm\\:langEs");
        }
    }

    /** The id of the "Mover a" menu on the pipeline card of the named opportunity. */
    private String moveMenuOf(String card) {
        return browser.driver()
                .findElement(By.xpath("//div[contains(@class,'crm-card')][a[normalize-space()='" + card
                        + "']]//div[contains(@class,'ui-selectonemenu')]"))
                .getAttribute("id");
    }

    /** The stage heading of the column the named opportunity's card is in. */
    private String columnOf(String card) {
        return browser.driver()
                .findElement(By.xpath(
                        "//div[contains(@class,'crm-pipeline-column')][.//a[normalize-space()='" + card + "']]/h2"))
                .getText();
    }
}
