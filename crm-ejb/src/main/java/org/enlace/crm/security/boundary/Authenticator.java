package org.enlace.crm.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.enlace.crm.security.control.PasswordHasher;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.LoginEvent;
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

    /**
     * Whether sign-in is held back for this name or this address: too many failures in the last
     * minutes (per name since its last success). The answer is the same whether the account
     * exists or not. Limits from system properties {@code crm.login.failuresPerAccount} (5),
     * {@code crm.login.failuresPerAddress} (20) and {@code crm.login.lockMinutes} (15).
     */
    public boolean throttled(String username, String address) {
        Instant since = Instant.now().minus(Duration.ofMinutes(Integer.getInteger("crm.login.lockMinutes", 15)));
        String name = normalized(username);
        Instant lastSuccess = em.createQuery(
                        "select max(e.at) from LoginEvent e where e.username = :name and e.result = :success",
                        Instant.class)
                .setParameter("name", name)
                .setParameter("success", LoginEvent.Result.SUCCESS)
                .getSingleResult();
        Instant from = lastSuccess != null && lastSuccess.isAfter(since) ? lastSuccess : since;
        long byName = em.createQuery(
                        "select count(e) from LoginEvent e where e.username = :name and e.at > :from and e.result in :failed",
                        Long.class)
                .setParameter("name", name)
                .setParameter("from", from)
                .setParameter("failed", FAILED)
                .getSingleResult();
        if (byName >= Integer.getInteger("crm.login.failuresPerAccount", 5)) {
            return true;
        }
        long byAddress = em.createQuery(
                        "select count(e) from LoginEvent e where e.address = :address and e.at > :from and e.result in :failed",
                        Long.class)
                .setParameter("address", cut(address, 64))
                .setParameter("from", since)
                .setParameter("failed", FAILED)
                .getSingleResult();
        return byAddress >= Integer.getInteger("crm.login.failuresPerAddress", 20);
    }

    /** Writes a line of the login history (what throttling counts). */
    public void record(String username, String address, LoginEvent.Result result) {
        String name = normalized(username);
        Long userId = find(name).map(User::getId).orElse(null);
        em.persist(new LoginEvent(Instant.now(), name, userId, cut(address, 64), result));
    }

    private static final List<LoginEvent.Result> FAILED =
            List.of(LoginEvent.Result.FAILED, LoginEvent.Result.THROTTLED);

    private static String normalized(String username) {
        return cut(username == null ? "" : username.strip(), User.USERNAME_LENGTH);
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() > max ? value.substring(0, max) : value;
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
