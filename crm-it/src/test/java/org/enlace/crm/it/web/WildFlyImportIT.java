package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The import scenario on WildFly, and one more that only a black-box server allows: an import
 * running when the server restarts goes on by itself afterwards, every row imported once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WildFlyImportIT extends ImportScenario {

    @Override
    protected String base() {
        return Servers.wildfly();
    }

    @Override
    protected String server() {
        return "wildfly";
    }

    @Test
    @Order(2)
    void anImportRunningWhenTheServerRestartsResumesWithEveryRowOnce() throws Exception {
        int total = 40_000;
        StringBuilder text = new StringBuilder("Apellidos;Nombre;Cuenta\n");
        for (int i = 0; i < total; i++) {
            text.append("Reinicio ")
                    .append(run)
                    .append(";N")
                    .append(i)
                    .append(";Reinicio ")
                    .append(run)
                    .append('\n');
        }
        Path csv = Files.createTempFile("reinicio-" + run, ".csv");
        Files.writeString(csv, text.toString(), StandardCharsets.UTF_8);
        try {
            browser.login("admin", Servers.adminPassword());
            browser.go("/crm/import/import.xhtml?module=CONTACTS");
            browser.find("#upload input[type=file]")
                    .sendKeys(csv.toAbsolutePath().toString());
            browser.clickAndWait("#upload\\:send");
            browser.waitForText("#previewTable", "Reinicio " + run);
            browser.select("setup:missingAccount", "Crear la cuenta");
            // duplicates by email, which no column holds: the page says so and proposes name and account
            browser.click("#setup\\:start");
            assertThat(browser.messageFor("setup", "duplicateKeys"))
                    .contains("Ninguna columna tiene «Correo electrónico»", "«Nombre y cuenta»");
            browser.assertAccessible();
            browser.clickAndWait("#setup\\:start");
            String page = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");
            assertThat(page).contains("run=");
            browser.waitFor().until(d -> {
                browser.go(page);
                long read = Long.parseLong(browser.text("#read").replaceAll("\\D", ""));
                return read > 0;
            });
            long before = Long.parseLong(browser.text("#read").replaceAll("\\D", ""));
            assertThat(before).as("restarted while importing").isLessThan(total);

            Servers.restartWildFly();

            browser.login("admin", Servers.adminPassword());
            long deadline = System.currentTimeMillis() + 120_000;
            do {
                assertThat(System.currentTimeMillis())
                        .as("resumed and finished")
                        .isLessThan(deadline);
                Thread.sleep(1000);
                browser.go(page);
            } while (!browser.text("#status").contains("Terminada"));
            // counts commit with each chunk's records: a chunk written twice would count twice
            assertThat(browser.text("#read").replaceAll("\\D", "")).isEqualTo(String.valueOf(total));
            assertThat(browser.text("#created").replaceAll("\\D", "")).isEqualTo(String.valueOf(total));
            assertThat(browser.text("#rejected")).isEqualTo("0");
            browser.screenshot(server() + "-import-03-resumed");

        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
