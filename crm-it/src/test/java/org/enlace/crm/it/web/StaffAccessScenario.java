package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signing in and out, the administrator creating a plain user, and that user being kept out of
 * administration, in a real browser against the deployed EAR. Runs on each server.
 */
abstract class StaffAccessScenario extends BrowserScenario {

    @BeforeEach
    void signedOut() {
        browser.go("/crm/login.xhtml");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void wrongOrMissingCredentialsAreRefusedWithAClearMessage() {
        browser.go("/crm/");
        assertThat(browser.path()).startsWith("/crm/login.xhtml");
        assertThat(browser.driver()
                        .findElement(org.openqa.selenium.By.tagName("html"))
                        .getAttribute("lang"))
                .isEqualTo("es");
        browser.assertAccessible();
        browser.screenshot(server() + "-01-login");

        browser.clickAndWait("#login\\:submit");
        assertThat(browser.pageText()).contains("Usuario").contains("Contraseña");
        assertThat(browser.all(".ui-message-error")).hasSizeGreaterThanOrEqualTo(2);

        browser.login("admin", "not-the-password");
        assertThat(browser.text("#login\\:messages")).contains("Usuario o contraseña incorrectos.");
        assertThat(browser.path()).startsWith("/crm/login.xhtml");
        browser.screenshot(server() + "-02-login-refused");
    }

    @Test
    void anAdministratorCreatesAUserWhoIsKeptOutOfAdministration() {
        String username = "ejecutivo." + UUID.randomUUID().toString().substring(0, 6);
        String password = UUID.randomUUID().toString();

        browser.login("admin", Servers.adminPassword());
        assertThat(browser.text("#welcome")).isEqualTo("Bienvenido, Administrador.");
        browser.assertAccessible();
        browser.screenshot(server() + "-03-home");

        browser.go("/crm/admin/users.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Usuarios");
        assertThat(browser.text("#users\\:table")).contains("admin");
        browser.assertAccessible();

        browser.type("#newUser\\:username", username);
        browser.type("#newUser\\:email", "no-es-correo");
        browser.type("#newUser\\:lastName", "Gómez");
        browser.type("#newUser\\:password", password);
        browser.click("#newUser\\:save");
        browser.waitFor().until(d -> !browser.all("#newUser .ui-message-error").isEmpty());
        assertThat(browser.text("#newUser")).contains("correo electrónico");
        assertThat(browser.text("#users\\:table")).doesNotContain(username);
        browser.screenshot(server() + "-04-user-invalid");

        browser.type("#newUser\\:email", username + "@example.com");
        browser.type("#newUser\\:password", password);
        browser.click("#newUser\\:save");
        browser.waitForText("#users\\:table", username);
        assertThat(browser.text("#messages")).contains("Se creó el usuario " + username + ".");
        browser.screenshot(server() + "-05-user-created");

        browser.logout();
        assertThat(browser.text("main")).contains("Ha cerrado la sesión.");
        browser.go("/crm/index.xhtml");
        assertThat(browser.path()).startsWith("/crm/login.xhtml");

        browser.login(username, password);
        assertThat(browser.text("#welcome")).isEqualTo("Bienvenido, Gómez.");
        assertThat(browser.text(".crm-menu")).contains("Inicio").doesNotContain("Configuración");

        browser.go("/crm/admin/users.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Acceso denegado");
        assertThat(browser.pageText()).doesNotContain("admin@");
        browser.assertAccessible();
        browser.screenshot(server() + "-06-refused");

        browser.go("/crm/no-existe.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Página no encontrada");

        browser.go("/crm/index.xhtml");
        browser.clickAndWait("#menuForm\\:langEn");
        assertThat(browser.text("#welcome")).isEqualTo("Welcome, Gómez.");
        assertThat(browser.driver()
                        .findElement(org.openqa.selenium.By.tagName("html"))
                        .getAttribute("lang"))
                .isEqualTo("en");
        browser.logout();
        browser.login(username, password);
        assertThat(browser.text("#menuForm")).contains("Sign out");
        browser.screenshot(server() + "-07-english");
        browser.logout();
    }
}
