package org.enlace.crm.notification.entity;

/** Where an outbox message stands. SENDING is a claim by one sender, for a limited time. */
public enum MailStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED
}
