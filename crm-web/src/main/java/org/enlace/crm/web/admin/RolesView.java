package org.enlace.crm.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.enlace.crm.security.boundary.ProfileService;
import org.enlace.crm.security.boundary.RoleNode;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.entity.AssignScope;
import org.enlace.crm.web.common.Messages;

/**
 * Configuración > Roles: the tree, and one form that adds a role under another or edits one
 * (name, reports to, profiles, "can assign records to"), and the deletion that asks where the
 * role's users go.
 */
@Named
@ViewScoped
public class RolesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A profile as the checkboxes show it. */
    public record ProfileChoice(long id, String name) implements Serializable {}

    @EJB
    RoleService roles;

    @EJB
    ProfileService profiles;

    @Inject
    Messages messages;

    private List<RoleNode> tree;
    private List<ProfileChoice> profileChoices;

    private Long editing;
    private boolean formOpen;
    private String name;
    private Long parentId;
    private AssignScope assignScope = AssignScope.ALL_USERS;
    private Long[] profileIds = new Long[0];

    private Long deleting;
    private Long transferTo;

    @PostConstruct
    void load() {
        tree = roles.tree();
        profileChoices = profiles.findAll().stream()
                .map(p -> new ProfileChoice(p.getId(), p.getName()))
                .toList();
    }

    public void add(RoleNode parent) {
        editing = null;
        formOpen = true;
        deleting = null;
        name = null;
        parentId = parent.id();
        assignScope = AssignScope.ALL_USERS;
        profileIds = parent.profileIds().toArray(Long[]::new);
    }

    public void edit(RoleNode role) {
        editing = role.id();
        formOpen = true;
        deleting = null;
        name = role.name();
        parentId = role.parentId();
        assignScope = role.assignScope();
        profileIds = role.profileIds().toArray(Long[]::new);
    }

    public void save() {
        var chosen = new LinkedHashSet<>(Arrays.asList(profileIds));
        if (editing == null) {
            roles.create(name, parentId, assignScope, chosen);
            messages.info(null, "roles.created", name);
        } else {
            RoleNode before = node(editing);
            roles.update(editing, name, assignScope, chosen);
            if (!before.isRoot() && parentId != null && !Objects.equals(parentId, before.parentId())) {
                roles.move(editing, parentId);
            }
            messages.info(null, "roles.saved", name);
        }
        cancel();
        load();
    }

    public void askDelete(RoleNode role) {
        deleting = role.id();
        formOpen = false;
        transferTo = role.parentId();
    }

    public void delete() {
        String deleted = node(deleting).name();
        roles.delete(deleting, transferTo);
        messages.info(null, "roles.deleted", deleted);
        cancel();
        load();
    }

    public void cancel() {
        editing = null;
        formOpen = false;
        deleting = null;
    }

    private RoleNode node(long id) {
        return tree.stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Roles a role can report to: for an existing one, any but itself and those below it. */
    public List<RoleNode> getParents() {
        return editing == null ? tree : outside(editing).toList();
    }

    /** Roles the users of the role being deleted can move to. */
    public List<RoleNode> getTransferTargets() {
        return deleting == null
                ? List.of()
                : outside(deleting).filter(r -> !r.isRoot()).toList();
    }

    /** The roles neither the given one nor below it (the tree lists a role's subtree right after it). */
    private Stream<RoleNode> outside(long id) {
        RoleNode self = node(id);
        int at = tree.indexOf(self);
        int end = at + 1;
        while (end < tree.size() && tree.get(end).depth() > self.depth()) {
            end++;
        }
        List<RoleNode> subtree = tree.subList(at, end);
        return tree.stream().filter(r -> !subtree.contains(r));
    }

    public String getDeletingName() {
        return deleting == null ? null : node(deleting).name();
    }

    public boolean isEditingRoot() {
        return editing != null && node(editing).isRoot();
    }

    public AssignScope[] getAssignScopes() {
        return AssignScope.values();
    }

    public List<RoleNode> getTree() {
        return tree;
    }

    public List<ProfileChoice> getProfileChoices() {
        return profileChoices;
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

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public AssignScope getAssignScope() {
        return assignScope;
    }

    public void setAssignScope(AssignScope assignScope) {
        this.assignScope = assignScope;
    }

    public Long[] getProfileIds() {
        return profileIds;
    }

    public void setProfileIds(Long[] profileIds) {
        this.profileIds = profileIds;
    }

    public Long getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(Long transferTo) {
        this.transferTo = transferTo;
    }

    static String indent(int depth) {
        return "\u00a0\u00a0\u00a0".repeat(Math.max(0, depth - 1));
    }
}
