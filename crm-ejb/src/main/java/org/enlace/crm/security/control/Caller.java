package org.enlace.crm.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Supplier;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.security.entity.User;

/** The signed-in user behind the current call. */
@Dependent
public class Caller {

    @Inject
    Principal principal;

    @PersistenceContext
    EntityManager em;

    /**
     * A user a background job acts for on this thread (an import runs in the batch runtime's
     * threads, with no signed-in caller): the access rules then apply to him exactly as to his
     * own requests.
     */
    private static final ThreadLocal<String> ACTING = new ThreadLocal<>();

    public static <T> T actingAs(String username, Supplier<T> work) {
        String before = ACTING.get();
        ACTING.set(username);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }

    public String username() {
        String acting = ACTING.get();
        if (acting != null) {
            return acting;
        }
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
