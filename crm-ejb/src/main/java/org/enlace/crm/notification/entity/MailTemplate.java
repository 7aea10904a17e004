package org.enlace.crm.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An event's mail in one language, as an administrator changed it: subject, HTML body, plain
 * text body, with {@code {{field}}} merge fields. An event and language without a row use the
 * template that comes with the CRM.
 */
@Entity
@Table(name = "crm_mail_template")
@IdClass(MailTemplate.Key.class)
public class MailTemplate implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int SUBJECT_LENGTH = 300;
    public static final int BODY_LENGTH = 100_000;

    /** The primary key: event and language. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private MailEvent event;
        private String language;

        public Key() {}

        public Key(MailEvent event, String language) {
            this.event = event;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.event == event && Objects.equals(k.language, language);
        }

        @Override
        public int hashCode() {
            return Objects.hash(event, language);
        }
    }

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private MailEvent event;

    @Id
    @Column(length = 8)
    private String language;

    /** A subject is one line: no CR or LF. */
    @NotBlank
    @Size(max = SUBJECT_LENGTH)
    @Pattern(regexp = "[^\\r\\n]*", message = "{crm.mail.header.lineBreak}")
    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @NotNull
    @Size(max = BODY_LENGTH)
    @Lob
    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @NotNull
    @Size(max = BODY_LENGTH)
    @Lob
    @Column(name = "body_text", nullable = false)
    private String bodyText;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "modified_by")
    private Long modifiedBy;

    @Version
    private long version;

    protected MailTemplate() {}

    public MailTemplate(MailEvent event, String language, String subject, String bodyHtml, String bodyText) {
        this.event = event;
        this.language = language;
        this.subject = subject;
        this.bodyHtml = bodyHtml;
        this.bodyText = bodyText;
    }

    public void change(String subject, String bodyHtml, String bodyText, Long by, Instant now) {
        this.subject = subject;
        this.bodyHtml = bodyHtml;
        this.bodyText = bodyText;
        this.modifiedBy = by;
        this.modifiedAt = now;
    }

    public MailEvent getEvent() {
        return event;
    }

    public String getLanguage() {
        return language;
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

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public long getVersion() {
        return version;
    }
}
