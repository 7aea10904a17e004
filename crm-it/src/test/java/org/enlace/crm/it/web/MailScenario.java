package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Mail in the browser, against a real SMTP server (GreenMail, on the port the server's mail
 * session was configured with): an administrator edits a template, is told about an unknown
 * field, previews it on a sample record, sends a test mail and sees it in the outbox as sent,
 * and it arrives once. The screens pass axe in Spanish and in English.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class MailScenario extends BrowserScenario {

    protected final String run = UUID.randomUUID().toString().substring(0, 6);

    /** The SMTP port the server under test mails to. */
    protected abstract int smtpPort();

    protected GreenMail smtp() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    protected static List<MimeMessage> to(GreenMail server, String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            try {
                for (jakarta.mail.Address a : m.getRecipients(Message.RecipientType.TO)) {
                    if (((InternetAddress) a).getAddress().equalsIgnoreCase(address)) {
                        found.add(m);
                    }
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Shows only the outbox rows of one status, refreshing until the table holds the text. */
    protected void waitInOutbox(String statusLabel, String text) {
        browser.select("outbox:status", statusLabel);
        browser.settle();
        browser.waitFor().until(d -> {
            browser.click("#outbox\\:refresh");
            browser.settle();
            return browser.text("#outbox\\:table").contains(text);
        });
    }

    @Test
    @Order(1)
    void anAdministratorEditsATemplatePreviewsItAndSendsATestMail() throws Exception {
        GreenMail server = smtp();
        try {
            browser.login("admin", Servers.adminPassword());
            browser.menu("Configuración", "Plantillas de correo");
            assertThat(browser.text("h1")).isEqualTo("Plantillas de correo");
            browser.select("template:event", "Correo de prueba");
            browser.waitFor()
                    .until(d -> browser.find("#template\\:subject")
                            .getAttribute("value")
                            .startsWith("Correo de prueba"));
            assertThat(browser.text(".crm-template-fields")).contains("{{user.firstName}}", "{{company.name}}");
            browser.assertAccessible();

            // a field the event does not have is refused next to the subject, naming it
            browser.type("#template\\:subject", "Prueba {{contact.firstName}}");
            browser.click("#template\\:save");
            assertThat(browser.messageFor("template", "subject")).contains("El campo contact.firstName no existe");

            // preview on a sample record, then save
            String subject = "Prueba " + run + " de {{user.firstName}}";
            browser.type("#template\\:subject", subject);
            browser.click("#template\\:preview");
            browser.waitForText("#previewSubject", "Prueba " + run + " de Ana");
            assertThat(browser.find("#previewHtml").getAttribute("srcdoc")).contains("Ana Ríos");
            assertThat(browser.text("#previewText")).contains("Ana Ríos");
            browser.assertAccessible();
            browser.screenshot(server() + "-mail-01-template-preview");
            browser.click("#template\\:save");
            browser.waitForText("#messages", "Se guardó la plantilla «Correo de prueba».");

            // Correo saliente: a test mail, in the outbox as sent, received once
            browser.menu("Configuración", "Correo saliente");
            assertThat(browser.text("h1")).isEqualTo("Correo saliente");
            browser.assertAccessible();
            browser.type("#test\\:address", "no es un correo");
            browser.click("#test\\:send");
            assertThat(browser.messageFor("test", "address")).contains("correo");
            assertThat(server.getReceivedMessages()).noneMatch(m -> {
                try {
                    return m.getSubject().contains(run);
                } catch (MessagingException e) {
                    return false;
                }
            });
            String address = "prueba." + run + "@example.com";
            browser.type("#test\\:address", address);
            browser.click("#test\\:send");
            browser.waitForText("#messages", "El correo de prueba para " + address + " está en la bandeja de salida.");
            waitInOutbox("Enviado", address);
            assertThat(browser.text("#outbox\\:table")).contains("Prueba " + run + " de ");
            browser.assertAccessible();
            browser.screenshot(server() + "-mail-02-outbox-sent");
            Thread.sleep(1000);
            assertThat(to(server, address)).hasSize(1);
            MimeMessage received = to(server, address).get(0);
            assertThat(received.getSubject()).startsWith("Prueba " + run + " de ");

            // back to the CRM's own template
            browser.menu("Configuración", "Plantillas de correo");
            browser.select("template:event", "Correo de prueba");
            browser.waitFor()
                    .until(d -> browser.find("#template\\:subject")
                            .getAttribute("value")
                            .startsWith("Prueba"));
            browser.click("#template\\:reset");
            browser.click(".ui-confirmdialog-yes");
            browser.waitForText("#messages", "volvió a la original");
            assertThat(browser.find("#template\\:subject").getAttribute("value"))
                    .startsWith("Correo de prueba de");

            // the same screens in English
            browser.clickAndWait("#menuForm\\:langEn");
            try {
                for (String[] page : new String[][] {
                    {"/crm/admin/outbox.xhtml", "Outgoing mail"}, {"/crm/admin/mail-templates.xhtml", "Mail templates"}
                }) {
                    browser.go(page[0]);
                    assertThat(browser.text("h1")).isEqualTo(page[1]);
                    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                            .isEqualTo("en");
                    browser.assertAccessible();
                }
                browser.screenshot(server() + "-mail-03-templates-english");
            } finally {
                browser.clickAndWait("#menuForm\\:langEs");
            }
        } finally {
            server.stop();
        }
    }
}
