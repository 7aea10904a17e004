package org.enlace.crm.security.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.entity.PartyKind;
import org.enlace.crm.security.entity.RuleAccess;
import org.enlace.crm.security.entity.SharingAccess;
import org.enlace.crm.security.entity.SharingDefault;

/**
 * The organisation's security scheme as plain facts (role paths, users' roles, group members,
 * sharing rules and defaults), read from the database for one request, and what follows from it
 * for one user: whose records he sees, edits and deletes, and why. Small tables, so reading them
 * whole is cheaper than any cache that could go stale across nodes.
 */
public final class SecurityScheme {

    public record UserFacts(long id, Long roleId, boolean active) {}

    public record MemberFacts(long groupId, PartyKind kind, long memberId) {}

    public record RuleFacts(
            long id,
            CrmModule module,
            PartyKind sourceKind,
            long sourceId,
            PartyKind targetKind,
            long targetId,
            RuleAccess access) {}

    /** Why a user has access to an owner's records. */
    public enum Why {
        OWNER,
        SUBORDINATE,
        GROUP,
        RULE
    }

    /** An owner whose records a user reaches, how (read-only or also write), and why. */
    public record Reach(long ownerId, Why why, long through, boolean write) {}

    private final Map<Long, String> rolePaths;
    private final Map<Long, UserFacts> users;
    private final List<MemberFacts> members;
    private final List<RuleFacts> rules;
    private final Map<CrmModule, SharingAccess> defaults;

    public SecurityScheme(
            Map<Long, String> rolePaths,
            Map<Long, UserFacts> users,
            List<MemberFacts> members,
            List<RuleFacts> rules,
            Map<CrmModule, SharingAccess> defaults) {
        this.rolePaths = Map.copyOf(rolePaths);
        this.users = Map.copyOf(users);
        this.members = List.copyOf(members);
        this.rules = List.copyOf(rules);
        this.defaults = defaults.isEmpty() ? Map.of() : new EnumMap<>(defaults);
    }

    /** The module's default; Contacts are never more open than Accounts (their privacy carries). */
    public SharingAccess defaultOf(CrmModule module) {
        SharingAccess own = defaults.getOrDefault(module, SharingDefault.WHEN_UNSET);
        CrmModule from = module.privacyFrom();
        return from == null ? own : own.atMost(defaultOf(from));
    }

    /** The groups a user belongs to: directly, through his role, or through other groups. */
    public Set<Long> groupsOf(long userId) {
        UserFacts user = users.get(userId);
        String path = user == null || user.roleId() == null ? null : rolePaths.get(user.roleId());
        Set<Long> groups = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (MemberFacts m : members) {
                if (!groups.contains(m.groupId()) && isMember(m, userId, user, path, groups)) {
                    groups.add(m.groupId());
                    grew = true;
                }
            }
        }
        return groups;
    }

    private boolean isMember(MemberFacts m, long userId, UserFacts user, String path, Set<Long> groups) {
        return switch (m.kind()) {
            case USER -> m.memberId() == userId;
            case ROLE -> user != null && user.roleId() != null && user.roleId() == m.memberId();
            case ROLE_AND_SUBORDINATES -> path != null && startsWith(path, m.memberId());
            case GROUP -> groups.contains(m.memberId());
        };
    }

    private boolean startsWith(String path, long roleId) {
        String top = rolePaths.get(roleId);
        return top != null && path.startsWith(top);
    }

    /**
     * The owners whose records the user reaches in a module beyond the organisation-wide
     * default: his own, his subordinates' (users in roles below his), his groups', and those the
     * module's rules share with his role or groups. The first reason found for an owner wins.
     */
    public Map<Long, Reach> reach(long userId, CrmModule module) {
        Map<Long, Reach> reach = new LinkedHashMap<>();
        reach.put(userId, new Reach(userId, Why.OWNER, userId, true));
        UserFacts me = users.get(userId);
        String myPath = me == null || me.roleId() == null ? null : rolePaths.get(me.roleId());
        if (myPath != null) {
            for (UserFacts other : users.values()) {
                String path = other.roleId() == null ? null : rolePaths.get(other.roleId());
                if (path != null && path.startsWith(myPath) && !path.equals(myPath)) {
                    reach.putIfAbsent(other.id(), new Reach(other.id(), Why.SUBORDINATE, other.roleId(), true));
                }
            }
        }
        Set<Long> myGroups = groupsOf(userId);
        for (Long group : myGroups) {
            reach.putIfAbsent(group, new Reach(group, Why.GROUP, group, true));
        }
        for (RuleFacts rule : rules) {
            if (rule.module() != module || !targets(rule, me, myPath, myGroups)) {
                continue;
            }
            boolean write = rule.access() == RuleAccess.READ_WRITE;
            for (long owner : sources(rule)) {
                Reach known = reach.get(owner);
                if (known == null || (write && !known.write())) {
                    reach.put(owner, new Reach(owner, Why.RULE, rule.id(), write));
                }
            }
        }
        return reach;
    }

    private boolean targets(RuleFacts rule, UserFacts me, String myPath, Set<Long> myGroups) {
        return switch (rule.targetKind()) {
            case ROLE -> me != null && me.roleId() != null && me.roleId() == rule.targetId();
            case ROLE_AND_SUBORDINATES -> myPath != null && startsWith(myPath, rule.targetId());
            case GROUP -> myGroups.contains(rule.targetId());
            case USER -> false;
        };
    }

    /** The owners a rule's source stands for: the users of a role (and those below), or a group. */
    private Set<Long> sources(RuleFacts rule) {
        Set<Long> owners = new HashSet<>();
        switch (rule.sourceKind()) {
            case GROUP -> owners.add(rule.sourceId());
            case ROLE, ROLE_AND_SUBORDINATES -> {
                for (UserFacts user : users.values()) {
                    if (user.roleId() == null) {
                        continue;
                    }
                    boolean in = rule.sourceKind() == PartyKind.ROLE
                            ? user.roleId() == rule.sourceId()
                            : startsWith(rolePaths.getOrDefault(user.roleId(), ""), rule.sourceId());
                    if (in) {
                        owners.add(user.id());
                    }
                }
            }
            case USER -> {}
        }
        return owners;
    }

    /** Active users in the given role and those below it, or only below it. */
    public Set<Long> usersUnder(long roleId, boolean includingRole) {
        String top = rolePaths.get(roleId);
        Set<Long> found = new HashSet<>();
        if (top == null) {
            return found;
        }
        for (UserFacts user : users.values()) {
            String path = user.roleId() == null ? null : rolePaths.get(user.roleId());
            if (user.active() && path != null && path.startsWith(top) && (includingRole || !path.equals(top))) {
                found.add(user.id());
            }
        }
        return found;
    }

    /** True when making group a member of container would close a loop of groups. */
    public static boolean wouldLoop(long container, long group, Map<Long, Set<Long>> groupMembers) {
        Deque<Long> todo = new ArrayDeque<>(List.of(group));
        Set<Long> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (next == container) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(groupMembers.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }
}
