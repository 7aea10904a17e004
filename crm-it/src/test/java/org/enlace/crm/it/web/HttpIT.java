package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The deployed EAR on WildFly answers over HTTP as a user's browser would see it. */
class HttpIT {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(Servers.wildfly() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theStaffAppSendsAnonymousVisitorsToTheLoginPage() throws Exception {
        HttpResponse<String> home = get("/crm/");

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/crm/login.xhtml"));
    }

    @Test
    void theLoginPageSpeaksSpanishByDefault() throws Exception {
        HttpResponse<String> login = get("/crm/login.xhtml");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("lang=\"es\"", "Iniciar sesión", "Contraseña");
        assertThat(login.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void theSessionCookieIsHttpOnly() throws Exception {
        HttpResponse<String> login = get("/crm/login.xhtml");

        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).contains("JSESSIONID").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void thePortalIsServed() throws Exception {
        HttpResponse<String> portal = get("/portal/");

        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("lang=\"es\"", "Portal de clientes");
    }

    @Test
    void aProtectedPageNeverAnswersAnonymouslyWithContent() throws Exception {
        HttpResponse<String> users = get("/crm/admin/users.xhtml");

        assertThat(users.statusCode()).isEqualTo(302);
        assertThat(users.body()).doesNotContain("admin@");
    }
}
