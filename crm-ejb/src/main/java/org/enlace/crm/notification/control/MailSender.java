package org.enlace.crm.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.enlace.crm.notification.control.OutboxStore.Claimed;

/**
 * Delivers the outbox: a non-persistent container timer ({@code crm.mail.interval} ms after the
 * previous run ended, default 2000) claims due messages in batches and sends each batch over one
 * SMTP connection through the server's mail session, until none is due. Never inside a business
 * transaction.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 100;
    /** A server's "no, for good" (5xx), in the text Jakarta Mail gives for an SMTP answer. */
    private static final Pattern PERMANENT = Pattern.compile("(^|\\D)5\\d\\d[ -]");

    @Resource
    TimerService timers;

    @EJB
    OutboxStore store;

    @PostConstruct
    void start() {
        next();
    }

    /** One run, then the next one an interval after it ends: runs never overlap. */
    @Timeout
    void tick() {
        try {
            drain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail delivery run stopped", e);
        } finally {
            next();
        }
    }

    private void next() {
        timers.createSingleActionTimer(
                Long.getLong("crm.mail.interval", 2000L), new TimerConfig("crm-mail-sender", false));
    }

    /**
     * Sends every due message; returns how many the SMTP server took. Safe to run at the same
     * time as another sender (the timer, another node): each claims its own messages.
     */
    public int drain() {
        Session session = MailSessions.lookup();
        // a server that stops answering must not hold the sender forever (Jakarta Mail waits
        // forever by default); settings the server's mail session gives win
        Properties properties = session.getProperties();
        properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
        properties.putIfAbsent("mail.smtp.timeout", "30000");
        properties.putIfAbsent("mail.smtp.writetimeout", "30000");
        Duration lease = Duration.ofSeconds(Long.getLong("crm.mail.lease", 300L));
        String sender = store.senderName();
        int sent = 0;
        while (true) {
            List<Claimed> batch = store.claim(BATCH, lease);
            if (batch.isEmpty()) {
                return sent;
            }
            int done = 0;
            Transport transport = null;
            try {
                transport = session.getTransport("smtp");
                transport.connect();
                for (Claimed message : batch) {
                    boolean accepted = false;
                    try {
                        MimeMessage mime = build(session, message, sender);
                        transport.sendMessage(mime, mime.getAllRecipients());
                        accepted = true;
                    } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                        store.failed(message, describe(e), isPermanent(e));
                    }
                    done++;
                    if (accepted) {
                        try {
                            store.sent(message);
                            sent++;
                        } catch (RuntimeException e) {
                            // the one case an SMTP client cannot rule out: once its claim runs out the
                            // message goes again, with the same Message-ID
                            LOG.log(
                                    Level.SEVERE,
                                    "Mail " + message.messageId() + " was sent but could not be recorded as sent",
                                    e);
                        }
                    }
                    if (!transport.isConnected()) {
                        break;
                    }
                }
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "SMTP server not reachable", e);
                failRest(batch, done, describe(e));
                return sent;
            } finally {
                close(transport);
            }
            if (done < batch.size()) {
                failRest(batch, done, "connection closed by the SMTP server");
                return sent;
            }
        }
    }

    private void failRest(List<Claimed> batch, int from, String error) {
        for (Claimed message : batch.subList(from, batch.size())) {
            store.failed(message, error, false);
        }
    }

    static MimeMessage build(Session session, Claimed message, String senderName)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                // one Message-ID for every attempt, so a receiver can tell a resend
                setHeader("Message-ID", message.messageId());
            }
        };
        String from = session.getProperty("mail.from");
        mime.setFrom(new InternetAddress(from == null ? "crm@localhost" : from, senderName, "UTF-8"));
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.address(), message.name(), "UTF-8"));
        mime.setSubject(message.subject(), "UTF-8");
        mime.setSentDate(new Date());
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text() == null ? "" : message.text(), "UTF-8");
        alternatives.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(message.html() == null ? "" : message.html(), "text/html; charset=UTF-8");
        alternatives.addBodyPart(html);
        mime.setContent(alternatives);
        mime.saveChanges();
        return mime;
    }

    static boolean isPermanent(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && PERMANENT.matcher(t.getMessage()).find()) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < 900; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" / ");
            }
            text.append(
                    t.getMessage() == null
                            ? t.getClass().getSimpleName()
                            : t.getMessage().strip());
        }
        return text.toString();
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                LOG.log(Level.FINE, "Closing the SMTP connection", e);
            }
        }
    }
}
