package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Signing in over HTTP on WildFly, as an attacker would try it: session fixation, guessing. */
class LoginSecurityIT {

    private static final Pattern NONCE = Pattern.compile(" nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\" id=\"[^\"]*\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private String session() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Posts the login form as a browser does; answers the page shown after. */
    private HttpResponse<String> login(String username, String password) throws Exception {
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(Servers.wildfly() + "/crm/login.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(form.body());
        assertThat(state.find()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", state.group(1));
        // what PrimeFaces' script adds to every form it posts when CSP is on
        Matcher nonce = NONCE.matcher(form.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(Servers.wildfly() + "/crm/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signingInGivesANewSessionId() throws Exception {
        http.send(
                HttpRequest.newBuilder(URI.create(Servers.wildfly() + "/crm/login.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String before = session();
        assertThat(before).isNotNull();

        HttpResponse<String> home = login("admin", Servers.adminPassword());

        assertThat(home.uri().getPath()).isEqualTo("/crm/index.xhtml");
        assertThat(session()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void guessingIsHeldBackAfterFiveFailuresWithTheSameAnswerForAnyName() throws Exception {
        String nobody = "nadie." + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = login(nobody, "intento número " + i);
            assertThat(refused.body()).contains("Usuario o contraseña incorrectos.");
        }
        HttpResponse<String> held = login(nobody, "intento número 6");
        assertThat(held.uri().getPath()).isEqualTo("/crm/login.xhtml");
        assertThat(held.body())
                .contains("Demasiados intentos fallidos")
                .doesNotContain("Usuario o contraseña incorrectos.");
    }
}
