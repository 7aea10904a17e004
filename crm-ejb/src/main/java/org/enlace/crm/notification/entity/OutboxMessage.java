package org.enlace.crm.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.enlace.crm.common.entity.BaseEntity;

/**
 * One mail waiting for, or done with, delivery. Written in the transaction of the event that
 * causes it, so a rollback leaves no mail and a commit always leaves one. It keeps one Message-ID
 * for all its attempts.
 */
@Entity
@Table(name = "crm_mail_outbox")
public class OutboxMessage implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ERROR_LENGTH = 1000;
    /** The longest wait between two attempts. */
    public static final Duration LONGEST_WAIT = Duration.ofHours(6);

    @Id
    @SequenceGenerator(name = BaseEntity.SEQUENCE, sequenceName = BaseEntity.SEQUENCE, allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = BaseEntity.SEQUENCE)
    private Long id;

    @Column(name = "message_id", nullable = false, unique = true, updatable = false, length = 120)
    private String messageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private MailEvent event;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(nullable = false, updatable = false)
    private boolean security;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_kind", nullable = false, updatable = false, length = 10)
    private RecipientKind recipientKind;

    @Column(name = "recipient_id", updatable = false)
    private Long recipientId;

    @Column(name = "recipient_address", nullable = false, updatable = false, length = 254)
    private String recipientAddress;

    @Column(name = "recipient_name", updatable = false, length = 200)
    private String recipientName;

    @Column(nullable = false, updatable = false, length = 400)
    private String subject;

    @Lob
    @Column(name = "body_html")
    private String bodyHtml;

    @Lob
    @Column(name = "body_text")
    private String bodyText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claim_token", length = 40)
    private String claimToken;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {}

    public OutboxMessage(
            String messageId,
            MailEvent event,
            String language,
            Recipient to,
            String subject,
            String bodyHtml,
            String bodyText,
            Instant now,
            Long createdBy) {
        this.messageId = messageId;
        this.event = event;
        this.language = language;
        this.security = event.isSecurity();
        this.recipientKind = to.kind();
        this.recipientId = to.id();
        this.recipientAddress = to.address();
        this.recipientName = to.name();
        this.subject = subject;
        this.bodyHtml = bodyHtml;
        this.bodyText = bodyText;
        this.createdAt = now;
        this.createdBy = createdBy;
        this.nextAttemptAt = now;
    }

    /**
     * The wait after the given failed attempt: the first wait, doubled for each attempt after the
     * first, never above {@link #LONGEST_WAIT}.
     */
    public static Duration backoff(int attempt, Duration first) {
        Duration wait = first;
        for (int i = 1; i < attempt && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** An administrator sends a failed message again: a fresh round of attempts, same Message-ID. */
    public void retry(Instant now) {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("Only a failed message is sent again");
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        claimToken = null;
        claimedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getMessageId() {
        return messageId;
    }

    public MailEvent getEvent() {
        return event;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isSecurity() {
        return security;
    }

    public RecipientKind getRecipientKind() {
        return recipientKind;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getRecipientAddress() {
        return recipientAddress;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public String getBodyText() {
        return bodyText;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getVersion() {
        return version;
    }
}
