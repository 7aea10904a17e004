package org.enlace.crm.notification.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.enlace.crm.notification.entity.MailEvent;
import org.enlace.crm.notification.entity.MailStatus;

/** One outbox message as the lists show it (no body). */
public class OutboxRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final Instant createdAt;
    private final MailEvent event;
    private final String address;
    private final String name;
    private final String subject;
    private final MailStatus status;
    private final int attempts;
    private final String lastError;
    private final Instant nextAttemptAt;
    private final Instant sentAt;

    public OutboxRow(
            long id,
            Instant createdAt,
            MailEvent event,
            String address,
            String name,
            String subject,
            MailStatus status,
            int attempts,
            String lastError,
            Instant nextAttemptAt,
            Instant sentAt) {
        this.id = id;
        this.createdAt = createdAt;
        this.event = event;
        this.address = address;
        this.name = name;
        this.subject = subject;
        this.status = status;
        this.attempts = attempts;
        this.lastError = lastError;
        this.nextAttemptAt = nextAttemptAt;
        this.sentAt = sentAt;
    }

    static final String SELECT = "new org.enlace.crm.notification.boundary.OutboxRow(m.id, m.createdAt, m.event,"
            + " m.recipientAddress, m.recipientName, m.subject, m.status, m.attempts, m.lastError, m.nextAttemptAt,"
            + " m.sentAt)";

    public long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public MailEvent getEvent() {
        return event;
    }

    public String getAddress() {
        return address;
    }

    public String getName() {
        return name;
    }

    public String getSubject() {
        return subject;
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

    public Instant getSentAt() {
        return sentAt;
    }
}
