package org.enlace.crm.notification.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.enlace.crm.notification.entity.MailSettings;
import org.enlace.crm.notification.entity.MailStatus;
import org.enlace.crm.notification.entity.OutboxMessage;
import org.enlace.crm.settings.entity.Company;

/**
 * The sender's side of the outbox, each step in its own short transaction: claim due messages
 * (a set-based update from PENDING to SENDING under a fresh claim token, so two timer runs or two
 * nodes never both get a row), then record each outcome against that token.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    /** What the sender needs of a claimed message. */
    public record Claimed(
            long id,
            String token,
            String messageId,
            String address,
            String name,
            String subject,
            String html,
            String text,
            int attempts,
            boolean security)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    /**
     * Claims up to max due messages for lease: first gives back those whose claim ran out (a
     * sender that died after claiming them), then claims in the order they became due.
     */
    public List<Claimed> claim(int max, Duration lease) {
        Instant now = Instant.now();
        em.createQuery("update OutboxMessage m set m.status = :pending, m.claimToken = null"
                        + " where m.status = :sending and m.claimedUntil < :now")
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("now", now)
                .executeUpdate();
        List<Long> due = em.createQuery(
                        "select m.id from OutboxMessage m where m.status = :pending and m.nextAttemptAt <= :now"
                                + " order by m.nextAttemptAt, m.id",
                        Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        int claimed = em.createQuery("update OutboxMessage m set m.status = :sending, m.claimToken = :token,"
                        + " m.claimedUntil = :until, m.attempts = m.attempts + 1, m.version = m.version + 1"
                        + " where m.id in :ids and m.status = :pending")
                .setParameter("sending", MailStatus.SENDING)
                .setParameter("token", token)
                .setParameter("until", now.plus(lease))
                .setParameter("ids", due)
                .setParameter("pending", MailStatus.PENDING)
                .executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        return em
                .createQuery(
                        "select m from OutboxMessage m where m.claimToken = :token order by m.nextAttemptAt, m.id",
                        OutboxMessage.class)
                .setParameter("token", token)
                .getResultList()
                .stream()
                .map(m -> new Claimed(
                        m.getId(),
                        token,
                        m.getMessageId(),
                        m.getRecipientAddress(),
                        m.getRecipientName(),
                        m.getSubject(),
                        m.getBodyHtml(),
                        m.getBodyText(),
                        m.getAttempts(),
                        m.isSecurity()))
                .toList();
    }

    /**
     * The SMTP server took the message. A security mail's body (it holds a live link) is not kept
     * once sent.
     */
    public void sent(Claimed message) {
        em.createQuery("update OutboxMessage m set m.status = :sent, m.sentAt = :now, m.claimToken = null,"
                        + " m.claimedUntil = null, m.lastError = null, m.version = m.version + 1"
                        + " where m.id = :id and m.claimToken = :token")
                .setParameter("sent", MailStatus.SENT)
                .setParameter("now", Instant.now())
                .setParameter("id", message.id())
                .setParameter("token", message.token())
                .executeUpdate();
        if (message.security()) {
            em.createQuery("update OutboxMessage m set m.bodyHtml = null, m.bodyText = null where m.id = :id")
                    .setParameter("id", message.id())
                    .executeUpdate();
        }
    }

    /**
     * The attempt failed: another one after the backoff, or failed for good when the attempts are
     * used up or the server refused for good (a 5xx answer).
     */
    public void failed(Claimed message, String error, boolean permanent) {
        MailSettings settings = settings();
        boolean last = permanent || message.attempts() >= settings.getMaxAttempts();
        Instant next = Instant.now().plus(OutboxMessage.backoff(message.attempts(), settings.firstWait()));
        String text = error == null ? "?" : error;
        em.createQuery("update OutboxMessage m set m.status = :status, m.lastError = :error, m.nextAttemptAt = :next,"
                        + " m.claimToken = null, m.claimedUntil = null, m.version = m.version + 1"
                        + " where m.id = :id and m.claimToken = :token")
                .setParameter("status", last ? MailStatus.FAILED : MailStatus.PENDING)
                .setParameter(
                        "error",
                        text.length() > OutboxMessage.ERROR_LENGTH
                                ? text.substring(0, OutboxMessage.ERROR_LENGTH)
                                : text)
                .setParameter("next", next)
                .setParameter("id", message.id())
                .setParameter("token", message.token())
                .executeUpdate();
    }

    /** The sender's display name: the one set in Correo saliente, else the company's name. */
    public String senderName() {
        MailSettings settings = settings();
        if (settings.getSenderName() != null) {
            return settings.getSenderName();
        }
        Company company = em.find(Company.class, Company.ID);
        return company == null ? "Enlace CRM" : company.getName();
    }

    public MailSettings settings() {
        MailSettings settings = em.find(MailSettings.class, MailSettings.ID);
        return settings == null ? new MailSettings() : settings;
    }
}
