package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.notification.control.Outbox;
import org.enlace.crm.notification.entity.MailEvent;
import org.enlace.crm.notification.entity.Recipient;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.Preferences;
import org.enlace.crm.security.boundary.PreferencesService;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.control.SecurityDefaults;
import org.enlace.crm.security.entity.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The mail benchmark (bash bench/mail.sh; not part of the test suite): what queuing a mail adds
 * to a business transaction, and how fast the sender drains the outbox to a local GreenMail.
 * Prints its table to target/it/arquillian/mail-bench.txt.
 */
@ExtendWith(ArquillianExtension.class)
class MailBench {

    private static final int TRANSACTIONS = 1000;
    private static final int QUEUED = 10_000;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.withMail(MailBench.class);
    }

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsUser asUser;

    @Inject
    AccountService accounts;

    @Inject
    UserService users;

    @Inject
    RoleService roles;

    @Inject
    PreferencesService preferences;

    @Inject
    Outbox outbox;

    @Resource
    UserTransaction tx;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void queueCostAndDrainRate() throws Exception {
        GreenMail server = new GreenMail(
                new ServerSetup(Integer.getInteger("crm.it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            long role = Fixtures.roleId(asAdmin, roles, SecurityDefaults.BOTTOM);
            User told1 = user("told1", role, true);
            User told2 = user("told2", role, true);
            User quiet1 = user("quiet1", role, false);
            User quiet2 = user("quiet2", role, false);
            long account = asAdmin.call(() -> accounts.create(new Account("Banco " + run), quiet1.getId(), null))
                    .getId();

            reassign(account, quiet1, quiet2, 300);
            reassign(account, told1, told2, 300);
            long without = reassign(account, quiet1, quiet2, TRANSACTIONS);
            long with = reassign(account, told1, told2, TRANSACTIONS);
            long without2 = reassign(account, quiet1, quiet2, TRANSACTIONS);
            double baseMs = (without + without2) / 2.0 / TRANSACTIONS / 1e6;
            double withMs = with / (double) TRANSACTIONS / 1e6;

            // 10,000 mails queued in one transaction: render and persist each
            long queued = asAdmin.call(() -> {
                tx.begin();
                long start = System.nanoTime();
                for (int i = 0; i < QUEUED; i++) {
                    outbox.queue(
                            MailEvent.TEST,
                            Recipient.address("bench" + i + "." + run + "@example.com"),
                            i % 2 == 0 ? "es" : "en",
                            Map.of("user.firstName", "Ana", "user.lastName", "Ríos " + i),
                            null);
                }
                tx.commit();
                return System.nanoTime() - start;
            });
            long drainStart = System.nanoTime();
            long deadline = System.currentTimeMillis() + 600_000;
            while (server.getReceivedMessages().length < QUEUED + TRANSACTIONS + 300
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            long received = server.getReceivedMessages().length;
            double drainSeconds = (System.nanoTime() - drainStart) / 1e9;

            String table = String.format(
                    Locale.ROOT,
                    "| measure | figure | target |%n|---|---:|---|%n"
                            + "| account save with owner change, no mail (%d tx) | %.2f ms/tx | |%n"
                            + "| the same, the new owner notified: one mail queued (%d tx) | %.2f ms/tx | |%n"
                            + "| added to the business transaction by queuing | %.2f ms | <= 2 ms |%n"
                            + "| %d mails queued in one transaction | %.3f ms/mail | <= 2 ms |%n"
                            + "| drained to GreenMail (%d mails incl. the notices) | %.0f mails/s | >= 50/s |%n",
                    TRANSACTIONS,
                    baseMs,
                    TRANSACTIONS,
                    withMs,
                    withMs - baseMs,
                    QUEUED,
                    queued / (double) QUEUED / 1e6,
                    received,
                    QUEUED / drainSeconds);
            Path out = Path.of(System.getProperty("jboss.home.dir"), "..", "mail-bench.txt");
            Files.writeString(out, table);
            assertEquals(QUEUED + TRANSACTIONS + 300, received, "every mail arrived once");
        } finally {
            server.stop();
        }
    }

    /** Saves the account n times, its owner alternating between a and b; returns the nanoseconds. */
    private long reassign(long account, User a, User b, int n) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            User owner = i % 2 == 0 ? b : a;
            asAdmin.call(() -> {
                Account form = accounts.get(account);
                return accounts.update(account, form.getVersion(), form, owner.getId(), null);
            });
        }
        return System.nanoTime() - start;
    }

    private User user(String name, long role, boolean notify) throws Exception {
        NewUser form = new NewUser();
        form.setUsername(name + run);
        form.setLastName(name);
        form.setEmail(name + run + "@example.com");
        form.setPassword("una clave larga de pruebas " + run);
        form.setRoleId(role);
        User created = asAdmin.call(() -> users.create(form));
        if (!notify) {
            asUser.named(created.getUsername(), () -> {
                Preferences p = preferences.get();
                preferences.save(new Preferences(
                        p.language(),
                        p.timeZone(),
                        p.dateFormat(),
                        p.currency(),
                        p.decimalSeparator(),
                        p.groupingSeparator(),
                        false));
                return null;
            });
        }
        return created;
    }
}
