package org.enlace.crm.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.security.entity.User;

/** The signed-in user behind the current call. */
@Dependent
public class Caller {

    @Inject
    Principal principal;

    @PersistenceContext
    EntityManager em;

    public String username() {
        return principal == null ? null : principal.getName();
    }

    public Optional<User> find() {
        String name = username();
        if (name == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst();
    }

    public User get() {
        return find().orElseThrow(NotFoundException::new);
    }

    /** The id stamped into created_by / modified_by; null for calls made by the system itself. */
    public Long id() {
        return find().map(User::getId).orElse(null);
    }
}
