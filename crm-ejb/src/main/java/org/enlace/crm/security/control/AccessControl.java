package org.enlace.crm.security.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.boundary.NotAllowedException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.control.Restriction;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.AssignScope;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.security.entity.Group;
import org.enlace.crm.security.entity.PartyKind;
import org.enlace.crm.security.entity.Role;
import org.enlace.crm.security.entity.RuleAccess;
import org.enlace.crm.security.entity.SharingAccess;
import org.enlace.crm.security.entity.SharingDefault;
import org.enlace.crm.security.entity.SharingRule;
import org.enlace.crm.security.entity.User;

/**
 * The one access-control service. It turns (caller, module, action) into a condition added to
 * every list, count, search and lookup query, and into a yes or no for one record, from the
 * caller's profiles, role, groups and the sharing settings as the database holds them now: a
 * change takes effect on the next request. What it reads is kept for the rest of the transaction
 * (a page's list and its count read it once each), never longer, so every node of a cluster sees
 * a change at once and no cache can go stale.
 */
@Dependent
public class AccessControl {

    /** The caller as the access rules see him. */
    public record Subject(long userId, Long roleId, AssignScope assignScope, Rights rights) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** What was read for one caller in one request (or transaction). */
    static final class Known {
        private Subject subject;
        private SecurityScheme scheme;
        private final Map<CrmModule, Map<Long, SecurityScheme.Reach>> reach = new EnumMap<>(CrmModule.class);
    }

    private static final String KNOWN = AccessControl.class.getName();

    @Inject
    SchemeCache requestCache;

    private Known known() {
        try {
            return requestCache.get(String.valueOf(caller.username()));
        } catch (ContextNotActiveException noRequest) {
            // a timer or another call outside a request: keep it for the transaction
        }
        String key = KNOWN + ":" + caller.username();
        try {
            Known known = (Known) transaction.getResource(key);
            if (known == null) {
                known = new Known();
                transaction.putResource(key, known);
            }
            return known;
        } catch (IllegalStateException noTransaction) {
            return new Known();
        }
    }

    public Subject subject() {
        Known known = known();
        if (known.subject == null) {
            User user = caller.get();
            Role role = user.getRole();
            Rights rights = user.isAdministrator()
                    ? Rights.administrator()
                    : Rights.of(role == null ? List.of() : role.getProfiles());
            known.subject = new Subject(
                    user.getId(),
                    role == null ? null : role.getId(),
                    role == null ? AssignScope.SUBORDINATES : role.getAssignScope(),
                    rights);
        }
        return known.subject;
    }

    public Rights rights() {
        return subject().rights();
    }

    /** What the caller may do with a record of this owner (for the buttons a page shows; each call checks again). */
    public Set<Action> allowedOn(CrmModule module, long ownerId) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        for (Action action : Action.values()) {
            if (may(module, action, ownerId)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Refuses the call unless the caller's profiles allow the action on the module. */
    public void require(CrmModule module, Action action) {
        if (!rights().allows(module, action)) {
            throw new NotAllowedException();
        }
    }

    /**
     * The condition on a query's owner id (e.g. {@code c.owner.id}) that keeps only the records
     * the caller may see. A caller without the module's view right sees nothing.
     */
    public Restriction readable(CrmModule module, String ownerIdPath) {
        Rights rights = rights();
        if (!rights.allows(module, Action.VIEW)) {
            return Restriction.NOTHING;
        }
        String alias = ownerIdPath.substring(0, ownerIdPath.indexOf('.'));
        Set<String> hidden = new HashSet<>();
        fieldRules(module).forEach((field, level) -> {
            if (level == FieldAccess.HIDDEN) {
                hidden.add(alias + "." + field);
            }
        });
        if (rights.viewsAll() || scheme().defaultOf(module).reads()) {
            return Restriction.NONE.hiding(hidden);
        }
        return new Restriction(
                        ownerIdPath + " in :readableOwners",
                        Map.of("readableOwners", reach(module).keySet()),
                        hidden)
                .walking("(" + ownerIdPath + " + 0) in :readableOwners");
    }

    /** The module's fields the caller may not see or not change, with their level; the rest are writable. */
    public Map<String, FieldAccess> fieldRules(CrmModule module) {
        Rights rights = rights();
        Map<String, FieldAccess> rules = new HashMap<>();
        for (String field : module.optionalFields()) {
            FieldAccess level = rights.field(module, field);
            if (level != FieldAccess.WRITABLE) {
                rules.put(field, level);
            }
        }
        for (String field : module.mandatoryFields()) {
            if (rights.field(module, field) == FieldAccess.READ_ONLY) {
                rules.put(field, FieldAccess.READ_ONLY);
            }
        }
        return rules;
    }

    /**
     * The fields a save must leave as they are: hidden or read-only for the caller. A new record
     * takes its mandatory fields from the form all the same (it could not exist without them).
     */
    public Set<String> keptFields(CrmModule module, boolean creating) {
        Set<String> kept = new HashSet<>(fieldRules(module).keySet());
        if (creating) {
            kept.removeAll(module.mandatoryFields());
        }
        return kept;
    }

    /** The condition that keeps only the records the caller may delete. */
    public Restriction deletable(CrmModule module, String ownerIdPath) {
        Rights rights = rights();
        if (!rights.allows(module, Action.DELETE)) {
            return Restriction.NOTHING;
        }
        if (rights.editsAll() || scheme().defaultOf(module).deletes()) {
            return Restriction.NONE;
        }
        Set<Long> owners = new HashSet<>();
        reach(module).values().stream()
                .filter(r -> r.why() != SecurityScheme.Why.RULE)
                .forEach(r -> owners.add(r.ownerId()));
        return new Restriction(ownerIdPath + " in :deletableOwners", Map.of("deletableOwners", owners));
    }

    /** Whether the caller may do the action on a record with that owner. */
    public boolean may(CrmModule module, Action action, long ownerId) {
        Rights rights = rights();
        if (!rights.allows(module, action)) {
            return false;
        }
        if (rights.isAdministrator()) {
            return true;
        }
        return decide(rights, scheme().defaultOf(module), reach(module).get(ownerId), action)
                .allowed();
    }

    /** A decision on one action and why: a message key and what it names. */
    public record Verdict(Action action, boolean allowed, String reason, SecurityScheme.Reach reach) {}

    /**
     * The decision on one action for a user whose profiles allow it: by "view all / edit all",
     * the module's default, or how he reaches the owner (his own, a subordinate's, a group's, a
     * rule's). Rules share reading or writing, never deleting.
     */
    static Verdict decide(Rights rights, SharingAccess open, SecurityScheme.Reach mine, Action action) {
        return switch (action) {
            case VIEW, EXPORT ->
                rights.viewsAll()
                        ? new Verdict(action, true, "explain.viewAll", null)
                        : open.reads()
                                ? new Verdict(action, true, "explain.default", null)
                                : byReach(action, mine, true);
            case EDIT, CONVERT, MERGE ->
                rights.editsAll()
                        ? new Verdict(action, true, "explain.editAll", null)
                        : open.writes()
                                ? new Verdict(action, true, "explain.default", null)
                                : byReach(action, mine, mine != null && mine.write());
            case DELETE ->
                rights.editsAll()
                        ? new Verdict(action, true, "explain.editAll", null)
                        : open.deletes()
                                ? new Verdict(action, true, "explain.default", null)
                                : byReach(action, mine, mine != null && mine.why() != SecurityScheme.Why.RULE);
            case CREATE, IMPORT -> new Verdict(action, true, "explain.profile", null);
        };
    }

    private static Verdict byReach(Action action, SecurityScheme.Reach mine, boolean enough) {
        if (mine == null) {
            return new Verdict(action, false, "explain.private", null);
        }
        if (!enough) {
            return new Verdict(action, false, "explain.rule.readOnly", mine);
        }
        return new Verdict(action, true, "explain." + mine.why().name().toLowerCase(java.util.Locale.ROOT), mine);
    }

    /**
     * For the "explain access" screen: whether and why a user (any, not only the caller) may
     * view, edit and delete a record of the module with that owner; with no owner, the module's
     * records in general (all of them, or only those he reaches).
     */
    public List<Verdict> explain(User user, CrmModule module, Long ownerId) {
        Rights rights = user.isAdministrator()
                ? Rights.administrator()
                : Rights.of(user.getRole() == null ? List.of() : user.getRole().getProfiles());
        SharingAccess open = scheme().defaultOf(module);
        Map<Long, SecurityScheme.Reach> reached = scheme().reach(user.getId(), module);
        SecurityScheme.Reach mine = ownerId == null ? null : reached.get(ownerId);
        List<Verdict> verdicts = new ArrayList<>();
        for (Action action : List.of(Action.VIEW, Action.EDIT, Action.DELETE)) {
            if (!user.isActive()) {
                verdicts.add(new Verdict(action, false, "explain.inactive", null));
            } else if (rights.isAdministrator()) {
                verdicts.add(new Verdict(action, true, "explain.administrator", null));
            } else if (!rights.allows(module, action)) {
                verdicts.add(new Verdict(action, false, "explain.profile.denies", null));
            } else {
                Verdict verdict = decide(rights, open, mine, action);
                if (ownerId == null && !verdict.allowed()) {
                    // the module in general: he may, on the records he reaches
                    verdict = new Verdict(action, true, "explain.module.reach", null);
                }
                // without the right to view, no other right holds
                if (action != Action.VIEW && !verdicts.get(0).allowed()) {
                    verdict = new Verdict(
                            action,
                            false,
                            verdicts.get(0).reason(),
                            verdicts.get(0).reach());
                }
                verdicts.add(verdict);
            }
        }
        return verdicts;
    }

    /**
     * Refuses an action on one record: "not found" when the caller may not even see it (so its
     * existence does not leak), "not allowed" when he sees it but may not do this.
     */
    public void requireOn(CrmModule module, Action action, long ownerId) {
        if (!may(module, Action.VIEW, ownerId)) {
            throw new NotFoundException();
        }
        if (action != Action.VIEW && !may(module, action, ownerId)) {
            throw new NotAllowedException();
        }
    }

    /**
     * The owners the caller may assign records to, or null when he may assign to anyone: by his
     * role's setting, himself, the users of his role and below or only below, and his groups.
     */
    public Set<Long> assignableOwners() {
        Subject me = subject();
        if (me.rights().isAdministrator() || me.assignScope() == AssignScope.ALL_USERS) {
            return null;
        }
        if (me.roleId() == null) {
            return Set.of(me.userId());
        }
        Set<Long> owners = new HashSet<>(
                scheme().usersUnder(me.roleId(), me.assignScope() == AssignScope.SAME_ROLE_AND_SUBORDINATES));
        owners.add(me.userId());
        owners.addAll(scheme().groupsOf(me.userId()));
        return owners;
    }

    public boolean mayAssignTo(long ownerId) {
        Set<Long> owners = assignableOwners();
        return owners == null || owners.contains(ownerId);
    }

    private Map<Long, SecurityScheme.Reach> reach(CrmModule module) {
        Known known = known();
        Map<Long, SecurityScheme.Reach> found = known.reach.get(module);
        if (found == null) {
            found = scheme().reach(subject().userId(), module);
            known.reach.put(module, found);
        }
        return found;
    }

    /** The whole scheme, read once per transaction. */
    public SecurityScheme scheme() {
        Known known = known();
        if (known.scheme == null) {
            known.scheme = load(em);
        }
        return known.scheme;
    }

    /** Reads the scheme again (for every caller), after an administrator changed it. */
    public void forget() {
        try {
            requestCache.clear();
        } catch (ContextNotActiveException noRequest) {
            // nothing kept beyond the transaction
        }
        Known known = known();
        known.subject = null;
        known.scheme = null;
        known.reach.clear();
    }

    static SecurityScheme load(EntityManager em) {
        Map<Long, String> roles = new HashMap<>();
        for (Object[] row : em.createQuery("select r.id, r.path from Role r", Object[].class)
                .getResultList()) {
            roles.put((Long) row[0], (String) row[1]);
        }
        Map<Long, SecurityScheme.UserFacts> users = new HashMap<>();
        for (Object[] row : em.createQuery("select u.id, r.id, u.active from User u left join u.role r", Object[].class)
                .getResultList()) {
            users.put((Long) row[0], new SecurityScheme.UserFacts((Long) row[0], (Long) row[1], (Boolean) row[2]));
        }
        List<SecurityScheme.MemberFacts> members = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select g.id, m.kind, m.memberId from UserGroup g join g.members m", Object[].class)
                .getResultList()) {
            members.add(new SecurityScheme.MemberFacts((Long) row[0], (PartyKind) row[1], (Long) row[2]));
        }
        List<SecurityScheme.RuleFacts> rules = new ArrayList<>();
        for (SharingRule r :
                em.createNamedQuery(SharingRule.FIND_ALL, SharingRule.class).getResultList()) {
            rules.add(new SecurityScheme.RuleFacts(
                    r.getId(),
                    r.getModule(),
                    r.getSourceKind(),
                    r.getSourceId(),
                    r.getTargetKind(),
                    r.getTargetId(),
                    r.getAccess() == null ? RuleAccess.READ : r.getAccess()));
        }
        Map<CrmModule, SharingAccess> defaults = new EnumMap<>(CrmModule.class);
        for (SharingDefault d : em.createQuery("select d from SharingDefault d", SharingDefault.class)
                .getResultList()) {
            defaults.put(d.getModule(), d.getAccess());
        }
        return new SecurityScheme(roles, users, members, rules, defaults);
    }

    /**
     * The active users in a group (directly, or through a role or a group in it) the caller may
     * assign to, by id: whom records are dealt among in turns.
     */
    public List<User> activeMembers(Long groupId) {
        if (groupId == null || em.find(Group.class, groupId) == null) {
            return List.of();
        }
        SecurityScheme known = scheme();
        return em
                .createQuery("select u from User u where u.active = true order by u.id", User.class)
                .getResultList()
                .stream()
                .filter(u -> known.groupsOf(u.getId()).contains(groupId))
                .filter(u -> mayAssignTo(u.getId()))
                .toList();
    }
}
