package org.enlace.crm.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;

/**
 * How mail goes out (Configuración > Correo saliente): the CRM's address for links in mails, the
 * sender's display name, how many attempts before a message fails for good and the first wait
 * between attempts (doubled after each). The SMTP server itself is the app server's mail session.
 */
@Entity
@Table(name = "crm_mail_settings")
public class MailSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final long ID = 1;

    @Id
    private long id = ID;

    /** Where users reach the CRM, without a trailing slash, e.g. https://crm.example.com. */
    @Size(max = 200)
    @Pattern(regexp = "(https?://[^\\s/?#]+(/[^\\s?#]*)?)?", message = "{crm.mail.baseUrl.invalid}")
    @Column(name = "base_url", length = 200)
    private String baseUrl;

    @Size(max = 100)
    @Pattern(regexp = "[^\\r\\n]*", message = "{crm.mail.header.lineBreak}")
    @Column(name = "sender_name", length = 100)
    private String senderName;

    @Min(1)
    @Max(30)
    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts = 8;

    @Min(1)
    @Max(86_400)
    @Column(name = "retry_seconds", nullable = false)
    private int retrySeconds = 60;

    @Version
    private long version;

    public MailSettings() {}

    public Duration firstWait() {
        return Duration.ofSeconds(retrySeconds);
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        String clean = baseUrl == null ? null : baseUrl.strip();
        while (clean != null && clean.endsWith("/")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        this.baseUrl = clean == null || clean.isEmpty() ? null : clean;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName == null || senderName.isBlank() ? null : senderName.strip();
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public int getRetrySeconds() {
        return retrySeconds;
    }

    public void setRetrySeconds(int retrySeconds) {
        this.retrySeconds = retrySeconds;
    }

    public long getVersion() {
        return version;
    }
}
