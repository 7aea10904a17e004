package org.enlace.crm.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.security.boundary.GroupService;
import org.enlace.crm.security.boundary.RoleNode;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.entity.Group;
import org.enlace.crm.security.entity.Member;
import org.enlace.crm.security.entity.PartyKind;
import org.enlace.crm.security.entity.User;
import org.enlace.crm.web.common.Messages;

/**
 * Configuración > Grupos: the groups with their members, and one form to add or edit a group
 * (members among users, roles, roles with their subordinates and other groups).
 */
@Named
@ViewScoped
public class GroupsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Something a member can be, as the checkboxes show it. */
    public record Choice(long id, String name) implements Serializable {}

    @EJB
    GroupService groups;

    @EJB
    UserService users;

    @EJB
    RoleService roles;

    @Inject
    Messages messages;

    private List<Group> all;
    private List<Choice> userChoices;
    private List<Choice> roleChoices;
    private Map<Long, String> names;

    private boolean formOpen;
    private Long editing;
    private String name;
    private String description;
    private Long[] memberUsers = new Long[0];
    private Long[] memberRoles = new Long[0];
    private Long[] memberRolesBelow = new Long[0];
    private Long[] memberGroups = new Long[0];

    private Long deleting;
    private Long heir;

    @PostConstruct
    void load() {
        all = groups.findAll();
        userChoices = users.findAll().stream()
                .filter(User::isActive)
                .map(u -> new Choice(u.getId(), u.getDisplayName()))
                .toList();
        List<RoleNode> tree = roles.tree();
        roleChoices = tree.stream()
                .map(r -> new Choice(r.id(), "\u00a0\u00a0".repeat(r.depth() - 1) + r.name()))
                .toList();
        names = new HashMap<>();
        users.findAll().forEach(u -> names.put(u.getId(), u.getDisplayName()));
        tree.forEach(r -> names.put(-r.id(), r.name()));
        all.forEach(g -> names.put(g.getId(), g.getName()));
    }

    /** A group's members in words, e.g. "Ana Pérez; Rol: Ventas; Rol y subordinados: Gerencia". */
    public String members(Group group) {
        return group.getMembers().stream()
                .map(m -> messages.text("groups.kind." + m.getKind().name()) + ": "
                        + names.getOrDefault(
                                m.getKind() == PartyKind.ROLE || m.getKind() == PartyKind.ROLE_AND_SUBORDINATES
                                        ? -m.getMemberId()
                                        : m.getMemberId(),
                                "?"))
                .sorted()
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }

    public void add() {
        editing = null;
        deleting = null;
        formOpen = true;
        name = null;
        description = null;
        memberUsers = new Long[0];
        memberRoles = new Long[0];
        memberRolesBelow = new Long[0];
        memberGroups = new Long[0];
    }

    public void edit(Group group) {
        add();
        editing = group.getId();
        name = group.getName();
        description = group.getDescription();
        memberUsers = ids(group, PartyKind.USER);
        memberRoles = ids(group, PartyKind.ROLE);
        memberRolesBelow = ids(group, PartyKind.ROLE_AND_SUBORDINATES);
        memberGroups = ids(group, PartyKind.GROUP);
    }

    private static Long[] ids(Group group, PartyKind kind) {
        return group.getMembers().stream()
                .filter(m -> m.getKind() == kind)
                .map(Member::getMemberId)
                .toArray(Long[]::new);
    }

    public void save() {
        Set<Member> members = new HashSet<>();
        for (Long id : memberUsers) {
            members.add(new Member(PartyKind.USER, id));
        }
        for (Long id : memberRoles) {
            members.add(new Member(PartyKind.ROLE, id));
        }
        for (Long id : memberRolesBelow) {
            members.add(new Member(PartyKind.ROLE_AND_SUBORDINATES, id));
        }
        for (Long id : memberGroups) {
            members.add(new Member(PartyKind.GROUP, id));
        }
        if (editing == null) {
            groups.create(name, description, members);
            messages.info(null, "groups.created", name);
        } else {
            groups.update(editing, name, description, members);
            messages.info(null, "groups.saved", name);
        }
        cancel();
        load();
    }

    public void askDelete(Group group) {
        cancel();
        deleting = group.getId();
    }

    public void delete() {
        String deleted = names.get(deleting);
        groups.delete(deleting, heir);
        messages.info(null, "groups.deleted", deleted);
        cancel();
        load();
    }

    public void cancel() {
        formOpen = false;
        editing = null;
        deleting = null;
        heir = null;
    }

    /** Other groups, the ones this group can contain. */
    public List<Choice> getGroupChoices() {
        return all.stream()
                .filter(g -> !g.getId().equals(editing))
                .map(g -> new Choice(g.getId(), g.getName()))
                .toList();
    }

    public String getDeletingName() {
        return deleting == null ? null : names.get(deleting);
    }

    public List<Group> getAll() {
        return all;
    }

    public List<Choice> getUserChoices() {
        return userChoices;
    }

    public List<Choice> getRoleChoices() {
        return roleChoices;
    }

    public boolean isFormOpen() {
        return formOpen;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public boolean isDeleting() {
        return deleting != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long[] getMemberUsers() {
        return memberUsers;
    }

    public void setMemberUsers(Long[] memberUsers) {
        this.memberUsers = memberUsers;
    }

    public Long[] getMemberRoles() {
        return memberRoles;
    }

    public void setMemberRoles(Long[] memberRoles) {
        this.memberRoles = memberRoles;
    }

    public Long[] getMemberRolesBelow() {
        return memberRolesBelow;
    }

    public void setMemberRolesBelow(Long[] memberRolesBelow) {
        this.memberRolesBelow = memberRolesBelow;
    }

    public Long[] getMemberGroups() {
        return memberGroups;
    }

    public void setMemberGroups(Long[] memberGroups) {
        this.memberGroups = memberGroups;
    }

    public Long getHeir() {
        return heir;
    }

    public void setHeir(Long heir) {
        this.heir = heir;
    }
}
