package org.enlace.crm.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The mail scenario on WildFly, and one more that only a black-box server allows: messages
 * waiting for an SMTP server that is down when the app server restarts arrive once afterwards.
 */
class WildFlyMailIT extends MailScenario {

    @Override
    protected String base() {
        return Servers.wildfly();
    }

    @Override
    protected String server() {
        return "wildfly";
    }

    @Override
    protected int smtpPort() {
        return Integer.getInteger("crm.it.wildfly.smtp", 10025);
    }

    @Test
    @Order(2)
    void mailsWaitingAcrossARestartArriveOnceWhenSmtpIsBack() throws Exception {
        browser.go("/crm/admin/outbox.xhtml");
        if (browser.path().contains("login")) {
            browser.login("admin", Servers.adminPassword());
            browser.go("/crm/admin/outbox.xhtml");
        }
        // retry after 1 s, up to 30 times, so the test need not wait a minute
        browser.type("#settings\\:retrySeconds_input", "1");
        browser.type("#settings\\:maxAttempts_input", "30");
        browser.click("#settings\\:save");
        browser.waitForText("#messages", "Se guardó la configuración del envío.");
        List<String> addresses = List.of(
                "reinicio1." + run + "@example.com",
                "reinicio2." + run + "@example.com",
                "reinicio3." + run + "@example.com");
        // nothing listens on the SMTP port: the mails wait, each failed attempt shown with its error
        for (String address : addresses) {
            browser.type("#test\\:address", address);
            browser.click("#test\\:send");
            browser.waitForText("#messages", address);
        }
        waitInOutbox("Pendiente", addresses.get(2));
        browser.waitFor().until(d -> {
            browser.click("#outbox\\:refresh");
            browser.settle();
            return browser.text("#outbox\\:table").toLowerCase().contains("connect");
        });
        browser.screenshot(server() + "-mail-04-pending");

        Servers.restartWildFly();

        GreenMail server = smtp();
        try {
            long deadline = System.currentTimeMillis() + 90_000;
            while (!addresses.stream().allMatch(a -> !to(server, a).isEmpty())) {
                assertThat(System.currentTimeMillis())
                        .as("waiting mails delivered after the restart")
                        .isLessThan(deadline);
                Thread.sleep(250);
            }
            Thread.sleep(3000);
            for (String address : addresses) {
                assertThat(to(server, address)).as(address).hasSize(1);
            }
            browser.login("admin", Servers.adminPassword());
            browser.go("/crm/admin/outbox.xhtml");
            waitInOutbox("Enviado", addresses.get(0));
            assertThat(browser.text("#outbox\\:table")).contains(addresses.get(1), addresses.get(2));
        } finally {
            server.stop();
            browser.go("/crm/admin/outbox.xhtml");
            browser.type("#settings\\:retrySeconds_input", "60");
            browser.type("#settings\\:maxAttempts_input", "8");
            browser.click("#settings\\:save");
            browser.waitForText("#messages", "Se guardó la configuración del envío.");
        }
    }
}
