package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The FAQ's "Cómo crear un contacto", walked as a new user would, then the account's side: its
 * related list and the refusal to delete it while it has contacts. Runs on each server.
 */
abstract class ContactFaqScenario extends BrowserScenario {

    @BeforeAll
    void signIn() {
        browser.login("admin", Servers.adminPassword());
    }

    @Test
    void createAContactAsTheFaqSays() {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String accountName = "Distribuidora Andina " + run;
        String lastName = "Álvarez " + run;

        // Primer paso: the Contacts button of the top menu, then Agregar Contacto
        browser.go("/crm/index.xhtml");
        browser.menu("Ventas", "Contactos");
        assertThat(browser.text("h1")).isEqualTo("Contactos");
        browser.assertAccessible();
        browser.clickAndWait("#list\\:table\\:add");
        assertThat(browser.text("h1")).isEqualTo("Agregar Contacto");
        browser.assertAccessible();

        // Segundo paso: the required fields are marked; without an account the contact is refused
        assertThat(browser.find("label[for='contact:lastName']").getText()).contains("*");
        assertThat(browser.find("label[for='contact:account_input']").getText()).contains("*");
        browser.type("#contact\\:firstName", "María");
        browser.type("#contact\\:lastName", lastName);
        browser.type("#contact\\:email", "maria.alvarez@example.com");
        browser.click("#contact\\:save");
        assertThat(browser.messageFor("contact", "account")).contains("Un contacto debe pertenecer a una cuenta");
        assertThat(browser.find("#contact\\:lastName").getAttribute("value")).isEqualTo(lastName);
        browser.screenshot(server() + "-faq-01-contact-without-account");

        // The account must exist first: Cuentas > Agregar Cuenta, where a wrong NIT is refused
        browser.menu("Ventas", "Cuentas");
        browser.clickAndWait("#list\\:table\\:add");
        assertThat(browser.text("h1")).isEqualTo("Agregar Cuenta");
        browser.type("#account\\:name", accountName);
        browser.type("#account\\:taxId", "900123456-7");
        browser.type("#account\\:billCity", "Medellín");
        browser.click("#account\\:save");
        assertThat(browser.messageFor("account", "taxId")).contains("NIT no es válido");
        browser.assertAccessible();
        browser.screenshot(server() + "-faq-02-account-bad-nit");
        browser.type("#account\\:taxId", "900.123.456-8");
        browser.click("#account\\:copyAddress");
        browser.waitFor()
                .until(d -> "Medellín"
                        .equals(d.findElement(By.cssSelector("#account\\:shipCity"))
                                .getAttribute("value")));
        browser.clickAndWait("#account\\:save");
        assertThat(browser.text("h1")).isEqualTo(accountName);
        assertThat(browser.text(".crm-record-number")).matches("CTA-\\d+");
        assertThat(browser.text(".crm-details")).contains("900123456-8");
        browser.assertAccessible();
        browser.screenshot(server() + "-faq-03-account");

        // Back to Contactos > Agregar Contacto, choosing the account in the autocomplete
        browser.menu("Ventas", "Contactos");
        browser.clickAndWait("#list\\:table\\:add");
        browser.type("#contact\\:firstName", "María");
        browser.type("#contact\\:lastName", lastName);
        browser.type("#contact\\:email", "maria.alvarez@");
        browser.choose("#contact\\:account_input", "Distribuidora Andina " + run, accountName);
        browser.click("#contact\\:portalUser .ui-chkbox-box");
        browser.type("#contact\\:supportStart_input", "01/02/2026");
        browser.find("#contact\\:supportStart_input").sendKeys(Keys.ESCAPE);
        browser.type("#contact\\:supportEnd_input", "01/01/2026");
        browser.find("#contact\\:supportEnd_input").sendKeys(Keys.ESCAPE);
        browser.type(
                "#contact\\:description",
                "Cliente de garantías: la consulta en el portal se bloquea tras la fecha final.");
        browser.click("#contact\\:save");
        assertThat(browser.messageFor("contact", "email")).contains("correo electrónico");
        browser.screenshot(server() + "-faq-04-contact-bad-email");

        browser.type("#contact\\:email", "maria.alvarez." + run + "@example.com");
        browser.click("#contact\\:save");
        assertThat(browser.messageFor("contact", "supportEnd")).contains("no puede ser anterior a la fecha inicial");
        browser.screenshot(server() + "-faq-05-contact-bad-dates");

        browser.type("#contact\\:supportEnd_input", "31/12/2026");
        browser.find("#contact\\:supportEnd_input").sendKeys(Keys.ESCAPE);
        browser.clickAndWait("#contact\\:save");
        assertThat(browser.text("h1")).isEqualTo("María " + lastName);
        assertThat(browser.text(".crm-record-number")).matches("CON-\\d+");
        assertThat(browser.text("#messages")).isEqualTo("Se guardó el contacto María " + lastName + ".");
        assertThat(browser.pageText())
                .contains("Se guardó el contacto María " + lastName + ".", accountName, "31/12/2026", "01/02/2026");
        browser.assertAccessible();
        assertThat(browser.pageText()).contains("Administrador · ");
        browser.screenshot(server() + "-faq-06-contact");

        // The contact is found in the list, by a quick search that ignores case and accents
        browser.menu("Ventas", "Contactos");
        browser.type("#list\\:table\\:globalFilter", "alvarez " + run);
        browser.settle();
        browser.waitFor().until(d -> browser.all("#list\\:table tbody tr").size() == 1);
        assertThat(browser.text("#list\\:table tbody")).contains(lastName, "María");
        assertThat(browser.text("#list\\:table")).contains(accountName);
        browser.screenshot(server() + "-faq-07-contact-list");

        // The address can carry the search and the page, so a list can be bookmarked and shared
        browser.go("/crm/contact/list.xhtml?page=nonsense&q=%25");
        assertThat(browser.text("h1")).isEqualTo("Contactos");
        assertThat(browser.text("#list\\:table tbody")).isEqualTo("No hay registros.");
        browser.go(
                "/crm/contact/list.xhtml?q=" + URLEncoder.encode("ÁLVAREZ " + run, StandardCharsets.UTF_8) + "&page=1");
        assertThat(browser.all("#list\\:table tbody tr")).hasSize(1);
        assertThat(browser.find("#list\\:table\\:globalFilter").getAttribute("value"))
                .isEqualTo("ÁLVAREZ " + run);
        assertThat(browser.text("#list\\:table .ui-paginator-current")).isEqualTo("1-1 de 1");

        // The account shows its contact, and refuses to be deleted while it has one
        browser.followLink(accountName);
        browser.waitForText("h1", accountName);
        assertThat(browser.text("#related\\:contacts")).contains("María " + lastName);
        browser.click("#actions\\:delete");
        assertThat(browser.text("#deleteContactsWarning")).isEqualTo("Esta cuenta tiene un contacto.");
        browser.click("#deleteForm\\:confirmDelete");
        browser.waitForText("#deleteForm\\:deleteMessages", "la cuenta tiene un contacto");
        browser.screenshot(server() + "-faq-08-account-delete-refused");

        // Ticking "delete its contacts too" deletes both
        browser.click("#deleteForm\\:deleteContacts .ui-chkbox-box");
        browser.clickAndWait("#deleteForm\\:confirmDelete");
        assertThat(browser.text("h1")).isEqualTo("Cuentas");
        assertThat(browser.text("#messages")).isEqualTo("Se eliminó la cuenta " + accountName + ".");
        browser.go("/crm/contact/list.xhtml");
        browser.type("#list\\:table\\:globalFilter", "alvarez " + run);
        browser.settle();
        assertThat(browser.text("#list\\:table tbody")).doesNotContain(lastName);
    }

    @Test
    void aStaleEditIsRefusedAndKeepsWhatTheUserTyped() {
        String name = "Concurrida " + UUID.randomUUID().toString().substring(0, 6);
        browser.go("/crm/account/edit.xhtml");
        browser.type("#account\\:name", name);
        browser.clickAndWait("#account\\:save");
        String editPath = "/crm/account/edit.xhtml?id=" + browser.path().replaceAll(".*[?&]id=(\\d+).*", "$1");

        browser.go(editPath);
        browser.type("#account\\:phone", "604 444 5555");

        try (Browser colleague = Browser.open(base())) {
            colleague.login("admin", Servers.adminPassword());
            colleague.go(editPath);
            colleague.type("#account\\:name", name + " (cambiada)");
            colleague.clickAndWait("#account\\:save");
            assertThat(colleague.text("h1")).isEqualTo(name + " (cambiada)");
        }

        browser.click("#account\\:save");
        browser.waitForText("#account\\:formMessages", "Otra persona modificó este registro");
        assertThat(browser.text("#messages")).contains("Otra persona modificó este registro");
        assertThat(browser.find("#account\\:phone").getAttribute("value")).isEqualTo("604 444 5555");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('account:formMessages').scrollIntoView({block: 'center'});");
        browser.screenshot(server() + "-faq-09-conflict");
        browser.go(editPath.replace("edit", "view"));
        assertThat(browser.text("h1")).isEqualTo(name + " (cambiada)");
        assertThat(browser.text(".crm-details")).doesNotContain("604 444 5555");
    }

    @Test
    void unknownRecordsGetTheFriendlyNotFoundPage() {
        browser.go("/crm/account/view.xhtml?id=999999999");
        assertThat(browser.text("h1")).isEqualTo("Página no encontrada");
        browser.go("/crm/contact/edit.xhtml?id=abc");
        assertThat(browser.text("h1")).isEqualTo("Página no encontrada");
        assertThat(browser.pageText()).doesNotContain("Exception");

        browser.go("/crm/contact/edit.xhtml?accountId=999999999");
        assertThat(browser.text("h1")).isEqualTo("Agregar Contacto");
        assertThat(browser.messageFor("contact", "account")).isEqualTo("La cuenta elegida no existe.");
    }
}
