package org.enlace.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.entity.Owner;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.control.SecurityScheme;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.Group;
import org.enlace.crm.security.entity.Member;
import org.enlace.crm.security.entity.PartyKind;
import org.enlace.crm.security.entity.Role;
import org.enlace.crm.security.entity.User;

/** Groups (Configuración > Usuarios y acceso > Grupos). Administrators only. */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class GroupService {

    static final String AUDIT_TYPE = "group";

    /** The record tables whose owner a deleted group hands over. */
    private static final List<String> OWNED = List.of("Account", "Contact");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    AccessControl access;

    public List<Group> findAll() {
        List<Group> all = em.createNamedQuery(Group.FIND_ALL, Group.class).getResultList();
        all.forEach(Group::getMembers);
        return all;
    }

    public Group get(long id) {
        Group group = em.find(Group.class, id);
        if (group == null) {
            throw new NotFoundException();
        }
        group.getMembers();
        return group;
    }

    public Group create(
            @NotBlank @Size(max = Owner.NAME_LENGTH) String name,
            @Size(max = Group.DESCRIPTION_LENGTH) String description,
            @NotNull Set<Member> members) {
        Group group = new Group(name.strip(), description);
        group.touch(caller.id(), Instant.now());
        em.persist(group);
        setMembers(group, members);
        audit.record(AUDIT_TYPE, group.getId(), group.getName(), "create", null, describe(group));
        access.forget();
        return group;
    }

    public Group update(
            long id,
            @NotBlank @Size(max = Owner.NAME_LENGTH) String name,
            @Size(max = Group.DESCRIPTION_LENGTH) String description,
            @NotNull Set<Member> members) {
        Group group = get(id);
        String before = describe(group);
        group.describe(name.strip(), description);
        setMembers(group, members);
        group.touch(caller.id(), Instant.now());
        audit.record(AUDIT_TYPE, id, group.getName(), "update", before, describe(group));
        access.forget();
        return group;
    }

    /** Deletes a group; its records go to the owner the administrator chose. */
    public void delete(long id, long recordsGoTo) {
        Group group = get(id);
        Owner heir = em.find(Owner.class, recordsGoTo);
        if (heir == null || heir.getId() == id || (heir instanceof User u && !u.isActive())) {
            throw new InvalidInputException("transferTo", "crm.owner.unknown");
        }
        String before = describe(group);
        for (String entity : OWNED) {
            em.createQuery("update " + entity + " r set r.owner = :heir where r.owner = :group")
                    .setParameter("heir", heir)
                    .setParameter("group", group)
                    .executeUpdate();
        }
        RoleService.forgetParty(em, Set.of(PartyKind.GROUP), id);
        em.remove(group);
        audit.record(AUDIT_TYPE, id, group.getName(), "delete", before, null);
        access.forget();
    }

    private void setMembers(Group group, Set<Member> members) {
        Map<Long, Set<Long>> graph = new HashMap<>();
        for (Group g : em.createNamedQuery(Group.FIND_ALL, Group.class).getResultList()) {
            Set<Long> nested = new HashSet<>();
            g.getMembers().stream()
                    .filter(m -> m.getKind() == PartyKind.GROUP)
                    .forEach(m -> nested.add(m.getMemberId()));
            graph.put(g.getId(), nested);
        }
        for (Member member : members) {
            Class<?> type = switch (member.getKind()) {
                case USER -> User.class;
                case ROLE, ROLE_AND_SUBORDINATES -> Role.class;
                case GROUP -> Group.class;
            };
            if (em.find(type, member.getMemberId()) == null) {
                throw new InvalidInputException("members", "crm.group.member.unknown");
            }
            if (member.getKind() == PartyKind.GROUP
                    && SecurityScheme.wouldLoop(group.getId(), member.getMemberId(), graph)) {
                throw new InvalidInputException("members", "crm.group.member.loop");
            }
        }
        group.setMembers(members);
    }

    static String describe(Group g) {
        return "name=" + g.getName() + "; members="
                + g.getMembers().stream()
                        .map(m -> m.getKind() + ":" + m.getMemberId())
                        .sorted()
                        .toList();
    }
}
