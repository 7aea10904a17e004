package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The FAQ's first steps in the browser, as an administrator: "definir el esquema de seguridad
 * basado en roles y perfiles; crear los roles, perfiles y grupos; crear los usuarios y asignarle
 * su esquema". A profile that cannot delete contacts, a role under another carrying it, a group,
 * private accounts, and a user in that role; then that user signs in and sees only what the
 * scheme gives him.
 */
abstract class SecuritySchemeScenario extends BrowserScenario {

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void anAdministratorSetsUpTheSchemeAndAUserSeesOnlyWhatItGivesHim() {
        String profile = "Sin borrar contactos " + run;
        String role = "Asesor " + run;
        String username = "asesor." + run;
        String password = "clave-" + UUID.randomUUID();
        browser.login("admin", Servers.adminPassword());

        // an account of the administrator's, to be hidden from the new user
        browser.go("/crm/account/edit.xhtml");
        browser.type("#account\\:name", "Reservada " + run);
        browser.clickAndWait("#account\\:save");
        String reserved = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        String reservedNumber = browser.text(".crm-record-number");
        assertThat(reserved).matches("\\d+");

        // Perfiles: a copy of Ventas that cannot delete contacts
        browser.menu("Configuración", "Perfiles");
        assertThat(browser.text("h1")).isEqualTo("Perfiles");
        browser.assertAccessible();
        browser.type("#newProfile\\:name", profile);
        browser.select("newProfile:copyOf", "Ventas");
        browser.click("#newProfile\\:create");
        browser.waitForText("#editor", "Permisos por módulo");
        browser.tickNamed("Eliminar: Contactos");
        browser.click("#profile\\:save");
        browser.waitForText("#messages", "Se guardó el perfil " + profile + ".");
        assertThat(checkbox("Eliminar: Contactos").isSelected()).isFalse();
        assertThat(checkbox("Eliminar: Cuentas").isSelected()).isTrue();
        browser.assertAccessible();
        browser.screenshot(server() + "-security-01-profile");

        // Roles: one under Gerente de ventas, carrying that profile
        browser.menu("Configuración", "Roles");
        assertThat(browser.text("h1")).isEqualTo("Roles");
        assertThat(browser.text("#roles\\:tree")).contains("Organización", "Director general", "Ejecutivo de ventas");
        browser.assertAccessible();
        browser.click("button[aria-label='Agregar un rol que reporte a este: Gerente de ventas']");
        browser.type("#role\\:name", role);
        browser.tick("role:profiles", "Ventas");
        browser.tick("role:profiles", profile);
        browser.click("#role\\:save");
        browser.waitForText("#roles\\:tree", role);
        assertThat(browser.text("#messages")).contains("Se creó el rol " + role + ".");
        browser.assertAccessible();
        browser.screenshot(server() + "-security-02-roles");

        // Grupos: a team made of that role
        browser.menu("Configuración", "Grupos");
        browser.click("#groups\\:add");
        browser.type("#group\\:name", "Equipo " + run);
        browser.tick("group:roles", role);
        browser.click("#group\\:save");
        browser.waitForText("#groups\\:table", "Equipo " + run);
        assertThat(browser.text("#groups\\:table")).contains("Roles: " + role);
        browser.assertAccessible();
        browser.screenshot(server() + "-security-03-groups");

        // Acceso compartido: accounts private, and contacts follow them
        browser.menu("Configuración", "Acceso compartido");
        browser.select("defaults:table:0:access", "Privado");
        browser.click("#defaults\\:save");
        browser.waitForText("#messages", "Se guardó el acceso predeterminado.");
        assertThat(browser.text("#defaults\\:table")).contains("(se aplica: Privado, como en Cuentas)");
        browser.assertAccessible();
        browser.screenshot(server() + "-security-04-sharing");

        // Usuarios: a user in the new role
        browser.menu("Configuración", "Usuarios");
        browser.type("#newUser\\:username", username);
        browser.type("#newUser\\:email", username + "@example.com");
        browser.type("#newUser\\:lastName", "Asesor");
        browser.select("newUser:role", role);
        browser.click("#newUser\\:save");
        browser.waitForText("#users\\:table", username);
        assertThat(browser.text("#users\\:table")).contains(role, "Equipo " + run);
        // no password given: the administrator gets a single-use link to send him
        String link = browser.find("#link").getAttribute("value");
        assertThat(link).contains("/crm/password.xhtml?token=");
        browser.assertAccessible();
        browser.screenshot(server() + "-security-05-user-link");
        browser.logout();

        // The user sets his password through the link, once
        browser.driver().get(link);
        assertThat(browser.text("h1")).isEqualTo("Fije su contraseña");
        browser.assertAccessible();
        browser.type("#setPassword\\:password", "corta");
        browser.type("#setPassword\\:confirmation", "corta");
        browser.clickAndWait("#setPassword\\:save");
        assertThat(browser.pageText()).contains("al menos 12 caracteres");
        browser.type("#setPassword\\:password", password);
        browser.type("#setPassword\\:confirmation", password);
        browser.clickAndWait("#setPassword\\:save");
        assertThat(browser.text("#login\\:passwordSet")).contains("Se guardó su contraseña");
        browser.driver().get(link);
        assertThat(browser.text("#invalid")).contains("ya se usó o venció");

        // The user: he creates an account and a contact of his own...
        browser.login(username, password);
        browser.go("/crm/account/edit.xhtml");
        browser.type("#account\\:name", "Cliente propio " + run);
        browser.clickAndWait("#account\\:save");
        assertThat(browser.text("h1")).isEqualTo("Cliente propio " + run);
        browser.go("/crm/contact/edit.xhtml");
        browser.type("#contact\\:lastName", "Propio " + run);
        browser.choose("#contact\\:account_input", "Cliente propio " + run, "Cliente propio " + run);
        browser.clickAndWait("#contact\\:save");
        assertThat(browser.text("h1")).isEqualTo("Propio " + run);
        // ...which his profile does not let him delete: no delete button
        assertThat(browser.all("#actions\\:delete")).isEmpty();
        assertThat(browser.all("#actions\\:edit")).hasSize(1);
        browser.assertAccessible();
        browser.screenshot(server() + "-security-05-own-contact");
        String contactPage = browser.driver().getCurrentUrl();

        // his preferences: dates as yyyy-MM-dd, and the pages follow them
        browser.go("/crm/me.xhtml");
        assertThat(browser.text("h1")).isEqualTo("Mi cuenta");
        browser.assertAccessible();
        browser.select("preferences:dateFormat", "yyyy-MM-dd");
        browser.clickAndWait("#preferences\\:save");
        assertThat(browser.text("#messages")).contains("Se guardaron sus preferencias.");
        browser.driver().get(contactPage);
        assertThat(browser.pageText()).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

        // the administrator's account is not in his list, nor reachable by its address
        browser.go("/crm/account/list.xhtml?q=" + URLEncoder.encode("Cliente propio " + run, StandardCharsets.UTF_8));
        browser.waitForText("#list\\:table", "Cliente propio " + run);
        browser.go("/crm/account/list.xhtml?q=" + URLEncoder.encode("Reservada " + run, StandardCharsets.UTF_8));
        browser.waitForText("#list\\:table", "No hay registros.");
        browser.go("/crm/account/view.xhtml?id=" + reserved);
        assertThat(browser.text("h1")).isEqualTo("Página no encontrada");
        assertThat(browser.pageText()).doesNotContain("Reservada " + run);
        browser.screenshot(server() + "-security-06-not-found");
        browser.go("/crm/index.xhtml");
        assertThat(browser.text(".crm-menu")).contains("Ventas").doesNotContain("Configuración");
        browser.logout();

        // back as the administrator: why can he not see it? And the trail of it all
        browser.login("admin", Servers.adminPassword());
        browser.menu("Configuración", "Explicar acceso");
        browser.select("explain:user", username);
        browser.select("explain:module", "Cuentas");
        browser.type("#explain\\:number", reservedNumber);
        browser.click("#explain\\:go");
        browser.waitForText("#result", reservedNumber);
        assertThat(browser.text("#result")).contains("El módulo es privado").doesNotContain("Sí");
        browser.assertAccessible();
        browser.screenshot(server() + "-security-07-explain");

        browser.menu("Configuración", "Historial de accesos");
        browser.type("#list\\:table\\:globalFilter", username);
        browser.settle();
        browser.waitForText("#list\\:table", username);
        assertThat(browser.text("#list\\:table")).contains("Correcto");
        browser.assertAccessible();

        browser.menu("Configuración", "Registro de cambios");
        browser.type("#list\\:table\\:globalFilter", role);
        browser.settle();
        browser.waitForText("#list\\:table", role);
        assertThat(browser.text("#list\\:table")).contains("Rol", "create");
        browser.assertAccessible();
        browser.screenshot(server() + "-security-08-audit");

        // the same screens in English
        browser.clickAndWait("#menuForm\\:langEn");
        try {
            for (String[] page : new String[][] {
                {"/crm/admin/users.xhtml", "Users"},
                {"/crm/admin/roles.xhtml", "Roles"},
                {"/crm/admin/profiles.xhtml", "Profiles"},
                {"/crm/admin/groups.xhtml", "Groups"},
                {"/crm/admin/sharing.xhtml", "Sharing access"},
                {"/crm/admin/explain.xhtml", "Explain access"},
                {"/crm/admin/logins.xhtml", "Login history"},
                {"/crm/admin/audit.xhtml", "Audit log"},
                {"/crm/me.xhtml", "My account"}
            }) {
                browser.go(page[0]);
                assertThat(browser.text("h1")).isEqualTo(page[1]);
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                        .isEqualTo("en");
                browser.assertAccessible();
            }
            browser.go("/crm/admin/roles.xhtml");
            assertThat(browser.pageText()).contains("Can assign records to", "All users");
            browser.screenshot(server() + "-security-09-roles-english");
        } finally {
            browser.clickAndWait("#menuForm\\:langEs");
        }
        browser.logout();
    }

    private WebElement checkbox(String name) {
        return browser.driver().findElement(By.cssSelector("input[aria-label='" + name + "']"));
    }

    @AfterAll
    void everythingPublicAgain() {
        browser.go("/crm/index.xhtml");
        if (!browser.all("#menuForm\\:logout").isEmpty()) {
            browser.logout();
        }
        browser.login("admin", Servers.adminPassword());
        browser.go("/crm/admin/sharing.xhtml");
        browser.select("defaults:table:0:access", "Público: lectura, escritura y eliminación");
        browser.click("#defaults\\:save");
        browser.waitForText("#messages", "Se guardó el acceso predeterminado.");
        browser.logout();
    }
}
