package org.enlace.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.enlace.crm.common.boundary.ConflictException;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.control.PasswordHasher;
import org.enlace.crm.security.control.PasswordPolicy;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.Role;
import org.enlace.crm.security.entity.User;

/** User administration (Configuración > Usuarios y acceso > Usuarios). Administrators only. */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class UserService {

    static final String AUDIT_TYPE = "user";

    /** The record tables whose owner a transfer changes. */
    private static final List<String> OWNED = List.of("Account", "Contact");

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    AccessControl access;

    public List<User> findAll() {
        return em.createNamedQuery(User.FIND_ALL, User.class).getResultList();
    }

    public User get(long id) {
        User user = em.find(User.class, id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }

    public User create(@NotNull @Valid NewUser form) {
        String username = form.getUsername().strip();
        boolean taken = !em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
                .setParameter("username", username)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new InvalidInputException("username", "crm.user.username.taken", username);
        }
        boolean withPassword = form.getPassword() != null && !form.getPassword().isEmpty();
        if (withPassword) {
            PasswordPolicy.problem(form.getPassword(), username).ifPresent(key -> {
                throw new InvalidInputException("password", key);
            });
        }
        User user = new User(
                username,
                blankToNull(form.getFirstName()),
                form.getLastName().strip(),
                form.getEmail().strip());
        user.setAdministrator(form.isAdministrator());
        user.setRole(role(form.getRoleId()));
        user.setLanguage(form.getLanguage() == null ? "es" : form.getLanguage());
        user.changePasswordHash(
                withPassword ? new PasswordHasher().hash(form.getPassword().toCharArray()) : PasswordHasher.UNUSABLE);
        user.touch(caller.id(), Instant.now());
        em.persist(user);
        audit.record(AUDIT_TYPE, user.getId(), username, "create", null, describe(user));
        access.forget();
        return user;
    }

    /**
     * Changes a user's names, email, language, role and administrator flag. The last active
     * administrator keeps his flag. A change of role or flag reaches his open sessions on their
     * next request (security stamp).
     */
    public User update(
            long id,
            long version,
            @Size(max = User.PERSON_NAME_LENGTH) String firstName,
            @NotBlank @Size(max = User.PERSON_NAME_LENGTH) String lastName,
            @NotBlank @Email @Size(max = User.EMAIL_LENGTH) String email,
            @NotNull @Pattern(regexp = PreferencesService.LANGUAGES) String language,
            long roleId,
            boolean administrator) {
        User user = get(id);
        if (user.getVersion() != version) {
            throw new ConflictException();
        }
        if (user.isAdministrator() && !administrator) {
            checkNotLastAdministrator(user);
        }
        String before = describe(user);
        user.setNames(blankToNull(firstName), lastName.strip());
        user.setEmail(email.strip());
        user.setLanguage(language);
        user.setRole(role(roleId));
        user.setAdministrator(administrator);
        user.touch(caller.id(), Instant.now());
        audit.record(AUDIT_TYPE, id, user.getUsername(), "update", before, describe(user));
        access.forget();
        return user;
    }

    /**
     * Deactivates or reactivates a user. An inactive user cannot sign in, loses his open session
     * on its next request, and keeps his records. The last active administrator stays active.
     */
    public void setActive(long id, boolean active) {
        User user = get(id);
        if (!active && user.isAdministrator()) {
            checkNotLastAdministrator(user);
        }
        String before = describe(user);
        user.setActive(active);
        user.touch(caller.id(), Instant.now());
        audit.record(AUDIT_TYPE, id, user.getUsername(), active ? "activate" : "deactivate", before, describe(user));
        access.forget();
    }

    /** Hands every record the user owns to another active user; returns how many moved. */
    public int transferRecords(long fromId, long toId) {
        User from = get(fromId);
        User to = get(toId);
        if (!to.isActive() || fromId == toId) {
            throw new InvalidInputException("transferTo", "crm.owner.unknown");
        }
        int moved = 0;
        for (String entity : OWNED) {
            moved += em.createQuery("update " + entity + " r set r.owner = :to where r.owner = :from")
                    .setParameter("to", to)
                    .setParameter("from", from)
                    .executeUpdate();
        }
        audit.record(AUDIT_TYPE, fromId, from.getUsername(), "transfer", null, moved + " -> " + to.getUsername());
        access.forget();
        return moved;
    }

    private void checkNotLastAdministrator(User user) {
        long others = em.createQuery(
                        "select count(u) from User u where u.administrator = true and u.active = true and u.id <> :id",
                        Long.class)
                .setParameter("id", user.getId())
                .getSingleResult();
        if (others == 0) {
            throw new InvalidInputException("administrator", "crm.user.lastAdministrator");
        }
    }

    private Role role(Long id) {
        Role role = id == null ? null : em.find(Role.class, id);
        if (role == null) {
            throw new InvalidInputException("role", "crm.user.role.unknown");
        }
        return role;
    }

    static String describe(User u) {
        return "name=" + u.getDisplayName() + "; email=" + u.getEmail() + "; role="
                + (u.getRole() == null ? "-" : u.getRole().getName()) + "; admin=" + u.isAdministrator() + "; active="
                + u.isActive() + "; language=" + u.getLanguage();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
