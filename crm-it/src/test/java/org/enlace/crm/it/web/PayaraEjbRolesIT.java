package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.enlace.crm.it.probe.ProbeMechanism;
import org.enlace.crm.it.probe.ProbeServlet;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * On Payara, which has no Arquillian adapter: a copy of the built EAR with one extra test module
 * (crm-probe.war) is deployed next to the CRM, and proves that the EJB container itself refuses a
 * plain user the administrators' service and lets an administrator through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PayaraEjbRolesIT {

    private static final String APP = "enlace-crm-probe";
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void deployProbe() throws Exception {
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, APP + ".ear")
                .merge(ShrinkWrap.createFromZipFile(
                        EnterpriseArchive.class, new File(System.getProperty("crm.it.ear"))));
        String applicationXml = new String(
                        ear.get("/META-INF/application.xml")
                                .getAsset()
                                .openStream()
                                .readAllBytes(),
                        StandardCharsets.UTF_8)
                .replace("/crm</context-root>", "/crm-probe-staff</context-root>")
                .replace("/portal</context-root>", "/crm-probe-portal</context-root>")
                .replace(
                        "<library-directory>",
                        "<module><web><web-uri>crm-probe.war</web-uri><context-root>/crm-probe</context-root></web></module><library-directory>");
        ear.delete("/META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml));
        ear.addAsModule(ShrinkWrap.create(WebArchive.class, "crm-probe.war")
                .addClasses(ProbeServlet.class, ProbeMechanism.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
        Path file = Path.of("target", APP + ".ear");
        ear.as(ZipExporter.class).exportTo(file.toFile(), true);
        asadmin("deploy", "--force=true", "--name", APP, file.toAbsolutePath().toString());
    }

    @AfterAll
    void undeployProbe() throws Exception {
        asadmin("undeploy", APP);
    }

    @Test
    void theEjbContainerLetsAnAdministratorInAndRefusesAPlainUser() throws Exception {
        String username = "sonda." + UUID.randomUUID().toString().substring(0, 6);
        String password = UUID.randomUUID().toString();

        HttpResponse<String> listed = call("GET", "admin", Servers.adminPassword(), "");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).startsWith("allowed ");

        HttpResponse<String> created = call(
                "POST",
                "admin",
                Servers.adminPassword(),
                "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8));
        assertThat(created.body()).isEqualTo("created");

        HttpResponse<String> refused = call("GET", username, password, "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("refused by the EJB container");

        HttpResponse<String> refusedCreate = call("POST", username, password, "username=otro&password=una-clave-larga");
        assertThat(refusedCreate.body()).isEqualTo("refused by the EJB container");
    }

    private HttpResponse<String> call(String method, String user, String password, String form) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Servers.payara() + "/crm-probe/users"))
                .header("Authorization", "Basic " + basic);
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void asadmin(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "bash",
                System.getProperty("crm.it.payara.home") + "/bin/asadmin",
                "--interactive=false",
                "--port",
                System.getProperty("crm.it.payara.adminPort", "30048")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("asadmin %s: %s", arguments[0], output)
                .isZero();
        Files.writeString(Path.of("target", "asadmin-" + arguments[0] + ".log"), output);
    }
}
