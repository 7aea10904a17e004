package org.enlace.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.AssignScope;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.Group;
import org.enlace.crm.security.entity.Member;
import org.enlace.crm.security.entity.PartyKind;
import org.enlace.crm.security.entity.Profile;
import org.enlace.crm.security.entity.Role;
import org.enlace.crm.security.entity.User;

/** Roles (Configuración > Usuarios y acceso > Roles): the reports-to tree. Administrators only. */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class RoleService {

    static final String AUDIT_TYPE = "role";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    AccessControl access;

    /** The whole tree, parents before children, in three queries whatever its size. */
    public List<RoleNode> tree() {
        List<Role> roles = em.createNamedQuery(Role.FIND_ALL, Role.class).getResultList();
        Map<Long, List<Object[]>> profiles = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select r.id, p.id, p.name from Role r join r.profiles p order by p.name", Object[].class)
                .getResultList()) {
            profiles.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(row);
        }
        Map<Long, Long> users = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select r.id, count(u) from User u join u.role r group by r.id", Object[].class)
                .getResultList()) {
            users.put((Long) row[0], (Long) row[1]);
        }
        List<RoleNode> nodes = new ArrayList<>();
        for (Role role : tree(roles)) {
            List<Object[]> mine = profiles.getOrDefault(role.getId(), List.of());
            nodes.add(new RoleNode(
                    role.getId(),
                    role.getName(),
                    role.getParent() == null ? null : role.getParent().getId(),
                    role.depth(),
                    role.getAssignScope(),
                    mine.stream().map(r -> (Long) r[1]).toList(),
                    mine.stream().map(r -> (String) r[2]).toList(),
                    users.getOrDefault(role.getId(), 0L)));
        }
        return nodes;
    }

    /** Depth first, siblings by name: the order a tree is read in. */
    private static List<Role> tree(List<Role> roles) {
        Map<Long, List<Role>> children = new HashMap<>();
        List<Role> roots = new ArrayList<>();
        for (Role role : roles) {
            if (role.getParent() == null) {
                roots.add(role);
            } else {
                children.computeIfAbsent(role.getParent().getId(), k -> new ArrayList<>())
                        .add(role);
            }
        }
        List<Role> ordered = new ArrayList<>();
        walk(roots, children, ordered);
        return ordered;
    }

    private static void walk(List<Role> level, Map<Long, List<Role>> children, List<Role> ordered) {
        level.sort((a, b) -> a.getName().compareToIgnoreCase(b.getName()));
        for (Role role : level) {
            ordered.add(role);
            walk(children.getOrDefault(role.getId(), new ArrayList<>()), children, ordered);
        }
    }

    public Role create(
            @NotBlank @Size(max = Role.NAME_LENGTH) String name,
            long parentId,
            @NotNull AssignScope scope,
            @NotEmpty Set<Long> profileIds) {
        Role parent = find(parentId);
        Role role = new Role(name.strip(), scope);
        role.carry(profiles(profileIds));
        role.touch(caller.id(), Instant.now());
        em.persist(role);
        role.placeUnder(parent);
        audit.record(AUDIT_TYPE, role.getId(), role.getName(), "create", null, describe(role));
        access.forget();
        return role;
    }

    public Role update(
            long id,
            @NotBlank @Size(max = Role.NAME_LENGTH) String name,
            @NotNull AssignScope scope,
            @NotEmpty Set<Long> profileIds) {
        Role role = find(id);
        String before = describe(role);
        role.rename(name.strip());
        role.setAssignScope(scope);
        role.carry(profiles(profileIds));
        role.touch(caller.id(), Instant.now());
        audit.record(AUDIT_TYPE, id, role.getName(), "update", before, describe(role));
        access.forget();
        return role;
    }

    /** Moves a role, with everything below it, under another role (never under itself or below). */
    public void move(long id, long newParentId) {
        Role role = find(id);
        Role parent = find(newParentId);
        if (role.isRoot()) {
            throw new InvalidInputException("parent", "crm.role.root");
        }
        if (parent == role || role.isAbove(parent)) {
            throw new InvalidInputException("parent", "crm.role.move.loop");
        }
        String before = describe(role);
        String oldPath = role.getPath();
        List<Role> below = below(oldPath);
        role.placeUnder(parent);
        replant(below, role);
        role.touch(caller.id(), Instant.now());
        audit.record(AUDIT_TYPE, id, role.getName(), "move", before, describe(role));
        access.forget();
    }

    /**
     * Deletes a role. Its users move to the role the administrator chose (not one below the role
     * deleted), the roles below it move up to its parent, and group memberships and sharing rules
     * naming it go with it.
     */
    public void delete(long id, long usersMoveTo) {
        Role role = find(id);
        if (role.isRoot()) {
            throw new InvalidInputException(null, "crm.role.root");
        }
        Role target = find(usersMoveTo);
        if (target == role || role.isAbove(target)) {
            throw new InvalidInputException("transferTo", "crm.role.delete.transferBelow");
        }
        String before = describe(role);
        for (User user : em.createQuery("select u from User u where u.role = :role", User.class)
                .setParameter("role", role)
                .getResultList()) {
            user.setRole(target);
            user.touch(caller.id(), Instant.now());
        }
        Role parent = role.getParent();
        for (Role child : em.createQuery("select r from Role r where r.parent = :role", Role.class)
                .setParameter("role", role)
                .getResultList()) {
            List<Role> below = below(child.getPath());
            child.placeUnder(parent);
            replant(below, child);
        }
        forgetParty(em, Set.of(PartyKind.ROLE, PartyKind.ROLE_AND_SUBORDINATES), id);
        em.remove(role);
        audit.record(AUDIT_TYPE, id, role.getName(), "delete", before, null);
        access.forget();
    }

    /** Removes a role or group from group memberships and sharing rules. */
    static void forgetParty(EntityManager em, Collection<PartyKind> kinds, long id) {
        for (Group group : em.createNamedQuery(Group.FIND_ALL, Group.class).getResultList()) {
            for (PartyKind kind : kinds) {
                group.removeMember(new Member(kind, id));
            }
        }
        em.createQuery("delete from SharingRule r where (r.sourceKind in :kinds and r.sourceId = :id)"
                        + " or (r.targetKind in :kinds and r.targetId = :id)")
                .setParameter("kinds", kinds)
                .setParameter("id", id)
                .executeUpdate();
    }

    private List<Role> below(String path) {
        return em.createQuery(
                        "select r from Role r where r.path like :path and r.path <> :exact order by r.path", Role.class)
                .setParameter("path", path + "%")
                .setParameter("exact", path)
                .getResultList();
    }

    /** Recomputes the paths of the roles below one that moved, parents first. */
    private static void replant(List<Role> below, Role moved) {
        for (Role r : below) {
            r.placeUnder(r.getParent() == null ? moved : r.getParent());
        }
    }

    private Role find(long id) {
        Role role = em.find(Role.class, id);
        if (role == null) {
            throw new NotFoundException();
        }
        return role;
    }

    private List<Profile> profiles(Set<Long> ids) {
        List<Profile> found = em.createQuery("select p from Profile p where p.id in :ids", Profile.class)
                .setParameter("ids", ids)
                .getResultList();
        if (found.size() != ids.size()) {
            throw new InvalidInputException("profiles", "crm.role.profiles.unknown");
        }
        return found;
    }

    static String describe(Role role) {
        return "name=" + role.getName() + "; parent="
                + (role.getParent() == null ? "-" : role.getParent().getName()) + "; assign=" + role.getAssignScope()
                + "; profiles="
                + role.getProfiles().stream().map(Profile::getName).sorted().toList();
    }
}
