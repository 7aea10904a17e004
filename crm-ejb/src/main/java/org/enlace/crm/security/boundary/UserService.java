package org.enlace.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.control.PasswordHasher;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.User;

/** User administration; the full screens come with the security model. */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class UserService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    public List<User> findAll() {
        return em.createNamedQuery(User.FIND_ALL, User.class).getResultList();
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
        User user = new User(
                username,
                blankToNull(form.getFirstName()),
                form.getLastName().strip(),
                form.getEmail().strip());
        user.setAdministrator(form.isAdministrator());
        user.setLanguage(form.getLanguage() == null ? "es" : form.getLanguage());
        user.changePasswordHash(new PasswordHasher().hash(form.getPassword().toCharArray()));
        user.touch(caller.id(), Instant.now());
        em.persist(user);
        return user;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
