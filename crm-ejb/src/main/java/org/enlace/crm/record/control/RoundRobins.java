package org.enlace.crm.record.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.record.entity.RoundRobin;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.entity.User;

/**
 * Deals a module's new records in turns among a group's active members. The module's row is
 * locked for the rest of the creating transaction, so two records created at once never get the
 * same turn; a member made inactive is skipped from his next turn on.
 */
@Dependent
public class RoundRobins {

    /** The owner a form sends for "deal in turns" (no owner has this id). */
    public static final long IN_TURNS = -1;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    /** The group a module's new records are dealt among, if it has one. */
    public Optional<Long> groupOf(CrmModule module) {
        RoundRobin rule = em.find(RoundRobin.class, module);
        return rule == null ? Optional.empty() : Optional.of(rule.getGroupId());
    }

    /** The member whose turn it is, or empty when the module deals to nobody (no rule, no active member). */
    public Optional<User> next(CrmModule module) {
        RoundRobin rule = em.find(RoundRobin.class, module, LockModeType.PESSIMISTIC_WRITE);
        if (rule == null) {
            return Optional.empty();
        }
        List<User> members = access.activeMembers(rule.getGroupId());
        if (members.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(members.get(rule.next(members.size())));
    }

    /** Sets (or with null removes) the group a module's new records are dealt among. */
    public void deal(CrmModule module, Long groupId) {
        RoundRobin rule = em.find(RoundRobin.class, module);
        if (groupId == null) {
            if (rule != null) {
                em.remove(rule);
            }
        } else if (rule == null) {
            em.persist(new RoundRobin(module, groupId));
        } else {
            rule.dealTo(groupId);
        }
    }
}
