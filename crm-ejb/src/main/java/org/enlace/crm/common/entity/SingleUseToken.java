package org.enlace.crm.common.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.io.Serializable;
import java.time.Instant;

/**
 * A single-use link's token (set a password, accept a portal invitation): only a hash of it is
 * stored, so a copy of the database gives no one a way in; it works once, until it expires.
 */
@MappedSuperclass
public abstract class SingleUseToken implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = BaseEntity.SEQUENCE, sequenceName = BaseEntity.SEQUENCE, allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = BaseEntity.SEQUENCE)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected SingleUseToken() {}

    protected SingleUseToken(String tokenHash, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
