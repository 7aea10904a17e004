package org.enlace.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.enlace.crm.common.entity.BaseEntity;

/** One change to users, roles, profiles, groups or sharing: who, when, what, before and after. */
@Entity
@Table(name = "crm_audit_event")
public class AuditEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int STATE_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = BaseEntity.SEQUENCE, sequenceName = BaseEntity.SEQUENCE, allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = BaseEntity.SEQUENCE)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = User.USERNAME_LENGTH)
    private String actorName;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "entity_name", length = 120)
    private String entityName;

    @Column(nullable = false, length = 20)
    private String action;

    @Column(name = "before_state", length = STATE_LENGTH)
    private String before;

    @Column(name = "after_state", length = STATE_LENGTH)
    private String after;

    protected AuditEvent() {}

    public AuditEvent(
            Instant at,
            Long actorId,
            String actorName,
            String entityType,
            Long entityId,
            String entityName,
            String action,
            String before,
            String after) {
        this.at = at;
        this.actorId = actorId;
        this.actorName = actorName;
        this.entityType = entityType;
        this.entityId = entityId;
        this.entityName = cut(entityName, 120);
        this.action = action;
        this.before = cut(before, STATE_LENGTH);
        this.after = cut(after, STATE_LENGTH);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getEntityName() {
        return entityName;
    }

    public String getAction() {
        return action;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
