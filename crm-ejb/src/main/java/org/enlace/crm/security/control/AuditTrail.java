package org.enlace.crm.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.enlace.crm.security.entity.AuditEvent;

/** Writes the audit log of the security scheme, in the transaction of the change it records. */
@Dependent
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    public void record(
            String entityType, Long entityId, String entityName, String action, String before, String after) {
        Long actorId = caller.id();
        String actor = caller.username() == null ? "system" : caller.username();
        em.persist(
                new AuditEvent(Instant.now(), actorId, actor, entityType, entityId, entityName, action, before, after));
    }
}
