package org.enlace.crm.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.stream.Collectors;
import org.enlace.crm.security.control.PasswordHasher;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.User;

/** Checks staff credentials for the login mechanism; callable before anyone is signed in. */
@Stateless
@PermitAll
public class Authenticator {

    private final PasswordHasher hasher = new PasswordHasher();

    @PersistenceContext
    EntityManager em;

    public Optional<SignedIn> authenticate(String username, char[] password) {
        Optional<User> found = find(username).filter(User::isActive);
        if (found.isEmpty()) {
            hasher.verifyDummy(password);
            return Optional.empty();
        }
        User user = found.get();
        if (!hasher.verify(password, user.getPasswordHash())) {
            return Optional.empty();
        }
        return Optional.of(signedIn(user));
    }

    /** The session's view of an active user, once the identity store has accepted him. */
    public Optional<SignedIn> profile(String username) {
        return find(username).filter(User::isActive).map(Authenticator::signedIn);
    }

    private static SignedIn signedIn(User user) {
        return new SignedIn(
                user.getUsername(),
                user.getDisplayName(),
                user.containerRoles().stream().map(CrmRole::roleName).collect(Collectors.toUnmodifiableSet()),
                user.getSecurityStamp(),
                user.getLanguage());
    }

    /** True while the user is active and nothing about his access changed since he signed in. */
    public boolean isCurrent(String username, String securityStamp) {
        return find(username)
                .filter(User::isActive)
                .map(u -> u.getSecurityStamp().equals(securityStamp))
                .orElse(false);
    }

    private Optional<User> find(String username) {
        if (username == null || username.isBlank() || username.length() > User.USERNAME_LENGTH) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.FIND_BY_USERNAME, User.class)
                .setParameter("username", username.strip())
                .getResultStream()
                .findFirst();
    }
}
