package org.enlace.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.enlace.crm.common.entity.SingleUseToken;

/**
 * A staff user's single-use set-password link (welcome or reset).
 */
@Entity
@Table(name = "crm_password_token")
@NamedQuery(name = PasswordToken.FIND_BY_HASH, query = "select t from PasswordToken t where t.tokenHash = :hash")
public class PasswordToken extends SingleUseToken {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_HASH = "PasswordToken.findByHash";

    @Column(name = "user_id", nullable = false)
    private long userId;

    protected PasswordToken() {}

    public PasswordToken(long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        super(tokenHash, createdAt, expiresAt);
        this.userId = userId;
    }

    public long getUserId() {
        return userId;
    }
}
