package org.enlace.crm.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.enlace.crm.notification.boundary.MailService;
import org.enlace.crm.notification.boundary.OutboxRow;
import org.enlace.crm.security.boundary.DefaultRoles;
import org.enlace.crm.security.boundary.GroupService;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.PasswordService;
import org.enlace.crm.security.boundary.RoleNode;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.entity.Group;
import org.enlace.crm.security.entity.PartyKind;
import org.enlace.crm.security.entity.User;
import org.enlace.crm.web.common.Messages;

/**
 * Configuración > Usuarios: the list, a form to add a user, and per user: edit (names, email,
 * language, role, administrator), deactivate or reactivate, and hand his records to another user.
 */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    UserService users;

    @EJB
    RoleService roleService;

    @EJB
    PasswordService passwords;

    @EJB
    GroupService groupService;

    /** Per user, the groups he is in by name or by his role. */
    private Map<Long, String> groupsOf;

    @Inject
    Messages messages;

    /** The set-password link just issued, and for whom. */
    private String link;

    private List<OutboxRow> editingMails = List.of();

    @EJB
    MailService mailService;

    private String linkFor;

    private List<User> all;
    private List<RoleNode> roles;
    private NewUser form = new NewUser();

    private User editing;
    private String firstName;
    private String lastName;
    private String email;
    private String language;
    private Long roleId;
    private boolean administrator;

    private User transferring;
    private Long transferTo;

    @PostConstruct
    void load() {
        all = users.findAll();
        roles = roleService.tree().stream().filter(r -> !r.isRoot()).toList();
        groupsOf = new HashMap<>();
        List<Group> groups = groupService.findAll();
        for (User user : all) {
            Long role = user.getRole() == null ? null : user.getRole().getId();
            String names = groups.stream()
                    .filter(g -> g.getMembers().stream()
                            .anyMatch(m -> (m.getKind() == PartyKind.USER && m.getMemberId() == user.getId())
                                    || (m.getKind() == PartyKind.ROLE && role != null && m.getMemberId() == role)))
                    .map(Group::getName)
                    .collect(Collectors.joining(", "));
            groupsOf.put(user.getId(), names);
        }
        if (form.getRoleId() == null) {
            // the lowest rung of the default chart, the usual place for a new salesman
            roles.stream()
                    .filter(r -> r.name().equals(DefaultRoles.BOTTOM))
                    .findFirst()
                    .ifPresent(r -> form.setRoleId(r.id()));
        }
    }

    public void create() {
        User created = users.create(form);
        messages.info(null, "users.created", created.getUsername());
        showLink(created, passwords.issueLink(created.getId(), false));
        form = new NewUser();
        load();
    }

    public void edit(User user) {
        transferring = null;
        editing = user;
        editingMails = mailService.sentToUser(user.getId());
        firstName = user.getFirstName();
        lastName = user.getLastName();
        email = user.getEmail();
        language = user.getLanguage();
        roleId = user.getRole() == null ? null : user.getRole().getId();
        administrator = user.isAdministrator();
    }

    public void save() {
        users.update(
                editing.getId(), editing.getVersion(), firstName, lastName, email, language, roleId, administrator);
        messages.info(null, "users.saved", editing.getUsername());
        editing = null;
        load();
    }

    public void toggleActive(User user) {
        users.setActive(user.getId(), !user.isActive());
        messages.info(null, user.isActive() ? "users.deactivated" : "users.activated", user.getUsername());
        load();
    }

    /** Makes the user's password stop working and gives the administrator a link to send him. */
    public void resetPassword(User user) {
        showLink(user, passwords.issueLink(user.getId(), true));
        messages.info(null, "users.reset.done", user.getUsername());
        load();
    }

    private void showLink(User user, String token) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        link = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath() + "/password.xhtml?token=" + token;
        linkFor = user.getUsername();
    }

    /** The mails sent to the user being edited, newest first. */
    public List<OutboxRow> getEditingMails() {
        return editingMails;
    }

    public String getLink() {
        return link;
    }

    public String getLinkFor() {
        return linkFor;
    }

    public void askTransfer(User user) {
        editing = null;
        transferring = user;
        transferTo = null;
    }

    public void transfer() {
        int moved = users.transferRecords(transferring.getId(), transferTo);
        messages.info(null, "users.transferred", moved, transferring.getUsername());
        transferring = null;
        load();
    }

    public void cancel() {
        editing = null;
        transferring = null;
    }

    /** Active users other than the one whose records move. */
    public List<User> getHeirs() {
        return all.stream()
                .filter(u -> u.isActive() && transferring != null && !u.getId().equals(transferring.getId()))
                .toList();
    }

    public String groupsOf(User user) {
        return groupsOf.getOrDefault(user.getId(), "");
    }

    public List<User> getAll() {
        return all;
    }

    public List<RoleNode> getRoles() {
        return roles;
    }

    public NewUser getForm() {
        return form;
    }

    public User getEditing() {
        return editing;
    }

    public User getTransferring() {
        return transferring;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getRoleId() {
        return roleId;
    }

    public void setRoleId(Long roleId) {
        this.roleId = roleId;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public void setAdministrator(boolean administrator) {
        this.administrator = administrator;
    }

    public Long getTransferTo() {
        return transferTo;
    }

    public void setTransferTo(Long transferTo) {
        this.transferTo = transferTo;
    }
}
