package org.enlace.crm.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.enlace.crm.common.entity.SingleUseToken;

/**
 * A contact's single-use set-password link for the customer portal, sent in the portal
 * invitation.
 */
@Entity
@Table(name = "crm_portal_token")
@NamedQuery(name = PortalToken.FIND_BY_HASH, query = "select t from PortalToken t where t.tokenHash = :hash")
public class PortalToken extends SingleUseToken {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_HASH = "PortalToken.findByHash";

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    protected PortalToken() {}

    public PortalToken(long contactId, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(tokenHash, createdAt, expiresAt);
        this.contactId = contactId;
    }

    public long getContactId() {
        return contactId;
    }
}
