package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.it.mail.FakeSmtp;
import org.enlace.crm.notification.boundary.MailPreview;
import org.enlace.crm.notification.boundary.MailService;
import org.enlace.crm.notification.boundary.OutboxRow;
import org.enlace.crm.notification.control.MailSender;
import org.enlace.crm.notification.control.Outbox;
import org.enlace.crm.notification.entity.MailEvent;
import org.enlace.crm.notification.entity.MailSettings;
import org.enlace.crm.notification.entity.MailStatus;
import org.enlace.crm.notification.entity.Recipient;
import org.enlace.crm.notification.entity.RecipientKind;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.PasswordService;
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
 * Mail inside a real WildFly, to a real SMTP server (GreenMail, started and stopped by the tests
 * on the port the server's mail session uses): the outbox written in the business transaction,
 * delivered by the timer, exactly once, in the recipient's language, merge values escaped; SMTP
 * down, answering "try later" and "no"; four senders at once.
 */
@ExtendWith(ArquillianExtension.class)
class MailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.withMail(MailIT.class, FakeSmtp.class);
    }

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsUser asUser;

    @Inject
    MailService mail;

    @Inject
    AccountService accounts;

    @Inject
    ContactService contacts;

    @Inject
    UserService users;

    @Inject
    RoleService roles;

    @Inject
    PasswordService passwords;

    @Inject
    PreferencesService preferences;

    @Inject
    Outbox outbox;

    @Inject
    MailSender sender;

    @Resource
    UserTransaction tx;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private static int port() {
        return Integer.getInteger("crm.it.smtp.port");
    }

    /** GreenMail on the mail session's port (waiting for the previous test's server to let it go). */
    private static GreenMail smtp() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            GreenMail server = new GreenMail(new ServerSetup(port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            try {
                server.start();
                return server;
            } catch (RuntimeException e) {
                server.stop();
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private void settings(int retrySeconds, int maxAttempts) throws Exception {
        asAdmin.call(() -> {
            MailSettings now = mail.settings();
            MailSettings form = new MailSettings();
            form.setBaseUrl(now.getBaseUrl());
            form.setSenderName(now.getSenderName());
            form.setRetrySeconds(retrySeconds);
            form.setMaxAttempts(maxAttempts);
            return mail.saveSettings(now.getVersion(), form);
        });
    }

    private static void await(String what, int seconds, BooleanSupplier done) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!done.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, what + " did not happen in " + seconds + " s");
            Thread.sleep(100);
        }
    }

    private static List<MimeMessage> to(GreenMail server, String address) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : server.getReceivedMessages()) {
            try {
                for (Address a : m.getRecipients(Message.RecipientType.TO)) {
                    if (((InternetAddress) a).getAddress().equalsIgnoreCase(address)) {
                        found.add(m);
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private List<OutboxRow> rows(String address) throws Exception {
        return asAdmin.call(() -> mail.outbox(null, 0, 200)).stream()
                .filter(r -> r.getAddress().equalsIgnoreCase(address))
                .toList();
    }

    private OutboxRow row(String address) throws Exception {
        List<OutboxRow> found = rows(address);
        assertEquals(1, found.size(), "outbox rows to " + address);
        return found.get(0);
    }

    private static String part(MimeMessage message, String type) throws Exception {
        MimeMultipart alternatives = (MimeMultipart) message.getContent();
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart part = alternatives.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private long admin() throws Exception {
        return Fixtures.administratorId(asAdmin, users);
    }

    private Contact portalContact(String first, String email, String language) {
        Contact form = new Contact();
        form.setFirstName(first);
        form.setLastName("Correo " + run);
        form.setEmail(email);
        form.setPortalUser(true);
        form.setLanguage(language);
        return form;
    }

    @Test
    void aCommitSendsOneMailInTheContactsLanguageARollbackSendsNone() throws Exception {
        GreenMail server = smtp();
        try {
            String kept = "kept." + run + "@example.com";
            String undone = "undone." + run + "@example.com";
            long account = asAdmin.call(() -> accounts.create(new Account("Ferretería " + run), admin(), null))
                    .getId();
            // rolled back: the contact and its invitation go together
            asAdmin.call(() -> {
                tx.begin();
                contacts.create(portalContact("Nadie", undone, "es"), account, admin(), null);
                tx.rollback();
                return null;
            });
            Contact created =
                    asAdmin.call(() -> contacts.create(portalContact("Mary", kept, "en"), account, admin(), null));

            await("the invitation's delivery", 20, () -> to(server, kept).size() == 1);
            MimeMessage received = to(server, kept).get(0);
            assertTrue(
                    received.getSubject().endsWith(" gives you access to its customer portal"), received.getSubject());
            String html = part(received, "text/html");
            String text = part(received, "text/plain");
            assertTrue(html.contains("<html lang=\"en\">"), html);
            assertTrue(html.contains("Dear Mary Correo " + run), html);
            assertTrue(html.contains("Ferretería " + run), html);
            assertTrue(text.contains("/portal/password.xhtml?token="), text);
            assertEquals(
                    "Mary Correo " + run,
                    ((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getPersonal());

            // the SMTP server has it before the sender records it
            await("the outbox row marked sent", 10, () -> status(kept) == MailStatus.SENT);
            OutboxRow sent = row(kept);
            assertEquals(MailEvent.PORTAL_INVITATION, sent.getEvent());
            assertEquals(1, sent.getAttempts());
            assertNotNull(sent.getSentAt());
            // the contact's page lists it
            assertEquals(
                    List.of(sent.getId()),
                    asAdmin.call(() -> mail.sentToContact(created.getId())).stream()
                            .map(OutboxRow::getId)
                            .toList());

            // nothing was queued for the rolled-back contact, and nothing arrives for him
            assertTrue(rows(undone).isEmpty());
            Thread.sleep(1500);
            assertTrue(to(server, undone).isEmpty());
            assertEquals(1, to(server, kept).size());

            // saving the contact again sends nothing; portal access off and on again sends a new link
            Contact again = asAdmin.call(() -> contacts.get(created.getId()));
            asAdmin.call(() -> contacts.update(again.getId(), again.getVersion(), again, account, admin(), null));
            Contact off = asAdmin.call(() -> contacts.get(created.getId()));
            off.setPortalUser(false);
            asAdmin.call(() -> contacts.update(off.getId(), off.getVersion(), off, account, admin(), null));
            Contact on = asAdmin.call(() -> contacts.get(created.getId()));
            on.setPortalUser(true);
            asAdmin.call(() -> contacts.update(on.getId(), on.getVersion(), on, account, admin(), null));
            await("the second invitation", 20, () -> to(server, kept).size() == 2);
            String second = part(to(server, kept).get(1), "text/plain");
            assertFalse(second.equals(text), "a new link");
        } finally {
            server.stop();
        }
    }

    @Test
    void mergeValuesArriveEscapedAndNamesCannotAddHeaders() throws Exception {
        GreenMail server = smtp();
        try {
            String address = "escaped." + run + "@example.com";
            long account = asAdmin.call(() -> accounts.create(new Account("Escape " + run), admin(), null))
                    .getId();
            Contact form = portalContact("<script>alert(1)</script>", address, "es");
            form.setLastName("Ríos\r\nBcc: intruso." + run + "@example.com");
            asAdmin.call(() -> contacts.create(form, account, admin(), null));
            await("the invitation", 20, () -> to(server, address).size() == 1);
            MimeMessage received = to(server, address).get(0);
            String html = part(received, "text/html");
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
            assertFalse(html.contains("<script>"), html);
            assertEquals("Estimado(a)", html.substring(html.indexOf("<p>") + 3, html.indexOf("<p>") + 14));
            assertNull(received.getHeader("Bcc"));
            assertEquals(1, received.getAllRecipients().length);
            assertTrue(to(server, "intruso." + run + "@example.com").isEmpty());
            String name = ((InternetAddress) received.getRecipients(Message.RecipientType.TO)[0]).getPersonal();
            assertFalse(name.contains("\n"), name);

            // an address with a line break is refused before anything is queued
            assertThrows(
                    Exception.class,
                    () -> asAdmin.call(() -> mail.sendTest("a." + run + "@example.com\r\nBcc: b@example.com")));
            InvalidInputException header = assertThrows(
                    InvalidInputException.class,
                    () -> Outbox.checkRecipient(new Recipient(
                            RecipientKind.ADDRESS,
                            null,
                            "c." + run + "@example.com",
                            "Ana\nBcc: x@example.com",
                            false)));
            assertEquals("crm.mail.header.lineBreak", header.getMessageKey());
        } finally {
            server.stop();
        }
    }

    @Test
    void optOutStopsOrdinaryMailButNotThePortalPasswordLink() throws Exception {
        GreenMail server = smtp();
        try {
            String address = "optout." + run + "@example.com";
            long account = asAdmin.call(() -> accounts.create(new Account("Opt " + run), admin(), null))
                    .getId();
            Contact form = portalContact("Olga", address, "es");
            form.setEmailOptOut(true);
            Contact created = asAdmin.call(() -> contacts.create(form, account, admin(), null));
            Recipient optedOut =
                    new Recipient(RecipientKind.CONTACT, created.getId(), address, "Olga", created.isEmailOptOut());
            assertTrue(asAdmin.call(() -> {
                        tx.begin();
                        try {
                            return outbox.queue(MailEvent.TEST, optedOut, "es", Map.of(), null);
                        } finally {
                            tx.commit();
                        }
                    })
                    .isEmpty());
            await(
                    "the invitation (security mail)",
                    20,
                    () -> to(server, address).size() == 1);
            Thread.sleep(1000);
            assertEquals(1, to(server, address).size());
            assertEquals(MailEvent.PORTAL_INVITATION, row(address).getEvent());
        } finally {
            server.stop();
        }
    }

    @Test
    void aNewUserGetsHisSetPasswordLinkAndAssignmentsFollowThePreference() throws Exception {
        GreenMail server = smtp();
        try {
            long role = Fixtures.roleId(asAdmin, roles, SecurityDefaults.BOTTOM);
            User told = newUser("avisado" + run, role);
            User quiet = newUser("callado" + run, role);
            String link = asAdmin.call(() -> passwords.issueLink(told.getId(), false));
            asAdmin.call(() -> passwords.issueLink(quiet.getId(), false));
            await(
                    "the welcome mails",
                    20,
                    () -> to(server, told.getEmail()).size() == 1
                            && to(server, quiet.getEmail()).size() == 1);
            MimeMessage welcome = to(server, told.getEmail()).get(0);
            assertTrue(welcome.getSubject().startsWith("Bienvenido a "), welcome.getSubject());
            String text = part(welcome, "text/plain");
            assertTrue(text.contains("/crm/password.xhtml?token=" + link), text);
            assertTrue(text.contains("avisado" + run), text);

            // the link sets the password; the quiet one turns off assignment notices
            asAdmin.call(() -> {
                passwords.setWithLink(link, "una clave nueva muy larga " + run);
                return null;
            });
            asUser.named(quiet.getUsername(), () -> {
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

            Account toTold = asAdmin.call(() -> accounts.create(new Account("Asignada " + run), told.getId(), null));
            asAdmin.call(() -> accounts.create(new Account("Callada " + run), quiet.getId(), null));
            asAdmin.call(() -> accounts.create(new Account("Propia " + run), admin(), null));
            await("the assignment notice", 20, () -> to(server, told.getEmail()).size() == 2);
            MimeMessage notice = to(server, told.getEmail()).get(1);
            assertEquals("Se le asignó la cuenta " + toTold.getNumber() + ": Asignada " + run, notice.getSubject());
            assertTrue(part(notice, "text/plain").contains("/crm/account/view.xhtml?id=" + toTold.getId()));

            // saving without changing the owner tells no one again; giving it back to the admin neither
            Account same = asAdmin.call(() -> accounts.get(toTold.getId()));
            asAdmin.call(() -> accounts.update(same.getId(), same.getVersion(), same, told.getId(), null));
            Thread.sleep(1500);
            assertEquals(2, to(server, told.getEmail()).size());
            assertEquals(1, to(server, quiet.getEmail()).size(), "the quiet user got only his welcome");
            // the user's mails, as his page lists them
            assertEquals(2, asAdmin.call(() -> mail.sentToUser(told.getId())).size());
        } finally {
            server.stop();
        }
    }

    private User newUser(String name, long role) throws Exception {
        NewUser form = new NewUser();
        form.setUsername(name);
        form.setFirstName("Ana");
        form.setLastName(name);
        form.setEmail(name + "@example.com");
        form.setRoleId(role);
        return asAdmin.call(() -> users.create(form));
    }

    @Test
    void messagesWaitWhileSmtpIsDownAndArriveOnceWhenItIsBack() throws Exception {
        settings(1, 30);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String address = "down" + i + "." + run + "@example.com";
            addresses.add(address);
            // the business transaction commits although nothing listens on the SMTP port
            asAdmin.call(() -> mail.sendTest(address));
        }
        await("failed attempts recorded", 20, () -> {
            try {
                return addresses.stream().allMatch(a -> {
                    try {
                        OutboxRow r = row(a);
                        return r.getStatus() == MailStatus.PENDING && r.getAttempts() >= 1 && r.getLastError() != null;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (IllegalStateException e) {
                return false;
            }
        });
        GreenMail server = smtp();
        try {
            await(
                    "delivery after SMTP came back",
                    60,
                    () -> addresses.stream().allMatch(a -> to(server, a).size() == 1));
            Thread.sleep(1500);
            Set<String> ids = new HashSet<>();
            for (String a : addresses) {
                assertEquals(1, to(server, a).size(), a);
                assertEquals(MailStatus.SENT, row(a).getStatus());
                ids.add(to(server, a).get(0).getMessageID());
            }
            assertEquals(5, ids.size());
        } finally {
            server.stop();
            settings(60, 8);
        }
    }

    @Test
    void smtpErrorsBackOffThenFailForGoodAndAFailedMessageCanBeSentAgain() throws Exception {
        settings(1, 3);
        String later = "later." + run + "@example.com";
        String never = "never." + run + "@example.com";
        try {
            long started = System.currentTimeMillis();
            try (FakeSmtp refusing = new FakeSmtp(port(), "451 4.3.0 mailbox busy, try later")) {
                asAdmin.call(() -> mail.sendTest(later));
                await("three attempts then failed", 30, () -> status(later) == MailStatus.FAILED);
                OutboxRow failed = row(later);
                assertEquals(3, failed.getAttempts());
                assertTrue(failed.getLastError().contains("451"), failed.getLastError());
                // waits of 1 s then 2 s between the three attempts
                assertTrue(System.currentTimeMillis() - started >= 3000);
                assertEquals(
                        1,
                        asAdmin.call(() -> mail.outbox(MailStatus.FAILED, 0, 200)).stream()
                                .filter(r -> r.getAddress().equals(later))
                                .count());
            }
            try (FakeSmtp refusing = new FakeSmtp(port(), "550 5.1.1 no such mailbox")) {
                asAdmin.call(() -> mail.sendTest(never));
                await("failed at once on a permanent refusal", 30, () -> status(never) == MailStatus.FAILED);
                assertEquals(1, row(never).getAttempts());
                assertTrue(row(never).getLastError().contains("550"));
            }
            // resent by the administrator, with the SMTP server working: arrives once
            GreenMail server = smtp();
            try {
                long id = row(later).getId();
                asAdmin.call(() -> {
                    mail.resend(id);
                    return null;
                });
                await("the resent message", 20, () -> to(server, later).size() == 1);
                await("the resent message marked sent", 10, () -> status(later) == MailStatus.SENT);
                // a sent one is not resent, and can be deleted from the list
                InvalidInputException refused = assertThrows(
                        InvalidInputException.class,
                        () -> asAdmin.call(() -> {
                            mail.resend(id);
                            return null;
                        }));
                assertEquals("crm.mail.resend.notFailed", refused.getMessageKey());
                asAdmin.call(() -> {
                    mail.delete(row(never).getId());
                    return null;
                });
                assertTrue(rows(never).isEmpty());
            } finally {
                server.stop();
            }
        } finally {
            settings(60, 8);
        }
    }

    private MailStatus status(String address) {
        try {
            List<OutboxRow> found = rows(address);
            return found.isEmpty() ? null : found.get(0).getStatus();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void fourSendersAtOnceDeliverEachMessageOnce() throws Exception {
        int count = 120;
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            addresses.add("many" + i + "." + run + "@example.com");
        }
        GreenMail server = smtp();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        AtomicBoolean stop = new AtomicBoolean();
        try {
            // three more senders besides the timer, as if four nodes shared the database
            List<Future<Integer>> runs = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                runs.add(pool.submit(() -> {
                    int sent = 0;
                    while (!stop.get()) {
                        sent += sender.drain();
                        Thread.sleep(5);
                    }
                    return sent;
                }));
            }
            for (int batch = 0; batch < count; batch += 10) {
                List<String> some = addresses.subList(batch, batch + 10);
                asAdmin.call(() -> {
                    for (String address : some) {
                        mail.sendTest(address);
                    }
                    return null;
                });
            }
            await(
                    "all delivered",
                    60,
                    () -> addresses.stream().allMatch(a -> !to(server, a).isEmpty()));
            Thread.sleep(1500);
            stop.set(true);
            int byExtraSenders = 0;
            for (Future<Integer> r : runs) {
                byExtraSenders += r.get(60, TimeUnit.SECONDS);
            }
            Set<String> ids = new HashSet<>();
            for (String a : addresses) {
                List<MimeMessage> got = to(server, a);
                assertEquals(1, got.size(), a);
                ids.add(got.get(0).getMessageID());
                assertEquals(MailStatus.SENT, row(a).getStatus());
            }
            assertEquals(count, ids.size(), "one Message-ID per message");
            assertTrue(byExtraSenders > 0, "the extra senders took part");
        } finally {
            stop.set(true);
            pool.shutdownNow();
            server.stop();
        }
    }

    @Test
    void templatesRefuseUnknownFieldsAndAChangedOneIsUsed() throws Exception {
        GreenMail server = smtp();
        try {
            InvalidInputException unknown = assertThrows(
                    InvalidInputException.class,
                    () -> asAdmin.call(() -> {
                        mail.saveTemplate(MailEvent.TEST, "es", "Prueba {{contact.firstName}}", "<p>x</p>", "x");
                        return null;
                    }));
            assertEquals("crm.mail.template.unknownField", unknown.getMessageKey());
            assertEquals("subject", unknown.getField());
            assertEquals("contact.firstName", unknown.getArguments()[0]);
            InvalidInputException broken = assertThrows(
                    InvalidInputException.class,
                    () -> asAdmin.call(() -> {
                        mail.saveTemplate(MailEvent.TEST, "es", "Prueba", "<p>{{user.firstName</p>", "x");
                        return null;
                    }));
            assertEquals("html", broken.getField());
            assertThrows(
                    InvalidInputException.class,
                    () -> asAdmin.call(() -> {
                        mail.saveTemplate(MailEvent.TEST, "es", "Prueba\r\nBcc: x@example.com", "<p>x</p>", "x");
                        return null;
                    }));

            MailPreview preview = asAdmin.call(() -> mail.preview(
                    MailEvent.PORTAL_INVITATION, "es", "Hola {{contact.firstName}}", "<b>{{account.name}}</b>", "t"));
            assertEquals("Hola María", preview.subject());
            assertEquals("<b>Ferretería El Tornillo S.A.S.</b>", preview.html());

            try {
                asAdmin.call(() -> {
                    mail.saveTemplate(
                            MailEvent.TEST,
                            "es",
                            "Prueba " + run + " de {{user.firstName}}",
                            "<p>Cambiada {{company.name}}</p>",
                            "Cambiada");
                    return null;
                });
                assertTrue(asAdmin.call(() -> mail.isChanged(MailEvent.TEST, "es")));
                String address = "template." + run + "@example.com";
                asAdmin.call(() -> mail.sendTest(address));
                await("the test mail", 20, () -> to(server, address).size() == 1);
                MimeMessage received = to(server, address).get(0);
                assertTrue(received.getSubject().startsWith("Prueba " + run + " de "), received.getSubject());
                assertTrue(part(received, "text/html").contains("<p>Cambiada "));
            } finally {
                asAdmin.call(() -> {
                    mail.resetTemplate(MailEvent.TEST, "es");
                    return null;
                });
            }
            assertFalse(asAdmin.call(() -> mail.isChanged(MailEvent.TEST, "es")));
            // staff cannot read or change templates or the outbox
            assertThrows(EJBException.class, () -> asUser.call(() -> mail.template(MailEvent.TEST, "es")));
            assertThrows(EJBException.class, () -> asUser.call(() -> mail.outbox(null, 0, 10)));
        } finally {
            server.stop();
        }
    }
}
