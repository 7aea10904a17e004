package org.enlace.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.enlace.crm.common.entity.BaseEntity;

/**
 * One sign-in attempt: the login history, and what login throttling counts (recent failures per
 * name and per address), so every node of a cluster sees the same attempts.
 */
@Entity
@Table(name = "crm_login_event")
public class LoginEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Result {
        SUCCESS,
        FAILED,
        THROTTLED,
        LOGOUT
    }

    @Id
    @SequenceGenerator(name = BaseEntity.SEQUENCE, sequenceName = BaseEntity.SEQUENCE, allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = BaseEntity.SEQUENCE)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = User.USERNAME_LENGTH)
    private String username;

    @Column(name = "user_id")
    private Long userId;

    @Column(nullable = false, length = 64)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Result result;

    protected LoginEvent() {}

    public LoginEvent(Instant at, String username, Long userId, String address, Result result) {
        this.at = at;
        this.username =
                username.length() > User.USERNAME_LENGTH ? username.substring(0, User.USERNAME_LENGTH) : username;
        this.userId = userId;
        this.address = address.length() > 64 ? address.substring(0, 64) : address;
        this.result = result;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public Long getUserId() {
        return userId;
    }

    public String getAddress() {
        return address;
    }

    public Result getResult() {
        return result;
    }
}
