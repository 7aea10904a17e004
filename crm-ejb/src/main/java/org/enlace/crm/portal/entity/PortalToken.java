package org.enlace.crm.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.enlace.crm.common.entity.BaseEntity;

/**
 * A contact's single-use set-password link for the customer portal, sent in the portal
 * invitation. Only a hash of its token is stored.
 */
@Entity
@Table(name = "crm_portal_token")
@NamedQuery(name = PortalToken.FIND_BY_HASH, query = "select t from PortalToken t where t.tokenHash = :hash")
public class PortalToken implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_HASH = "PortalToken.findByHash";

    @Id
    @SequenceGenerator(name = BaseEntity.SEQUENCE, sequenceName = BaseEntity.SEQUENCE, allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = BaseEntity.SEQUENCE)
    private Long id;

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PortalToken() {}

    public PortalToken(long contactId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.contactId = contactId;
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

    public long getContactId() {
        return contactId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
