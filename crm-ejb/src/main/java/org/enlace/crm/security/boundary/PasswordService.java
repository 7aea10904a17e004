package org.enlace.crm.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.control.PasswordHasher;
import org.enlace.crm.security.control.PasswordLinkIssued;
import org.enlace.crm.security.control.PasswordPolicy;
import org.enlace.crm.security.control.Tokens;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.PasswordToken;
import org.enlace.crm.security.entity.User;

/**
 * Passwords: single-use set-password links (for a new user, or a reset an administrator forces),
 * and a user changing his own knowing the old one. Every change renews the user's security stamp,
 * so his other open sessions end on their next request.
 */
@Stateless
public class PasswordService {

    /** How long a set-password link works. */
    public static final Duration LINK_LIFE = Duration.ofHours(72);

    private final PasswordHasher hasher = new PasswordHasher();

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @Inject
    Event<PasswordLinkIssued> linkIssued;

    /**
     * A new set-password link for the user: the token to put in the link (only its hash is
     * kept), also mailed to him (welcome mail for a new user, reset mail with reset). Earlier
     * unused links of the user stop working. With reset, his current password stops working at
     * once too.
     */
    @RolesAllowed(CrmRole.Names.ADMIN)
    public String issueLink(long userId, boolean reset) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new NotFoundException();
        }
        Instant now = Instant.now();
        em.createQuery("update PasswordToken t set t.usedAt = :now where t.userId = :user and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("user", userId)
                .executeUpdate();
        String token = Tokens.create();
        em.persist(new PasswordToken(userId, hash(token), now, now.plus(LINK_LIFE)));
        linkIssued.fire(new PasswordLinkIssued(user, token, now.plus(LINK_LIFE), reset));
        if (reset) {
            user.changePasswordHash(PasswordHasher.UNUSABLE);
            user.touch(caller.id(), now);
        }
        audit.record("user", userId, user.getUsername(), reset ? "resetPassword" : "passwordLink", null, null);
        return token;
    }

    /** Sets the password through a link: the link is used up, whatever happens next. */
    @PermitAll
    public void setWithLink(@NotNull @Size(max = 100) String token, @NotNull String password) {
        PasswordToken link = em.createNamedQuery(PasswordToken.FIND_BY_HASH, PasswordToken.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .findFirst()
                .filter(t -> t.isUsable(Instant.now()))
                .orElseThrow(() -> new InvalidInputException(null, "crm.password.link.invalid"));
        User user = em.find(User.class, link.getUserId());
        if (user == null || !user.isActive()) {
            throw new InvalidInputException(null, "crm.password.link.invalid");
        }
        checkPolicy(password, user);
        link.use(Instant.now());
        user.changePasswordHash(hasher.hash(password.toCharArray()));
        user.touch(user.getId(), Instant.now());
    }

    /** Whether a link still works, so its page can say so before the user types anything. */
    @PermitAll
    public boolean isUsable(@NotNull @Size(max = 100) String token) {
        return em.createNamedQuery(PasswordToken.FIND_BY_HASH, PasswordToken.class)
                .setParameter("hash", hash(token))
                .getResultStream()
                .findFirst()
                .map(t -> t.isUsable(Instant.now()))
                .orElse(false);
    }

    /** The signed-in user changes his own password, knowing the current one. */
    @RolesAllowed(CrmRole.Names.USER)
    public void changeOwn(@NotNull String current, @NotNull String password) {
        User me = caller.get();
        if (!hasher.verify(current.toCharArray(), me.getPasswordHash())) {
            throw new InvalidInputException("current", "crm.password.wrong");
        }
        checkPolicy(password, me);
        me.changePasswordHash(hasher.hash(password.toCharArray()));
        me.touch(me.getId(), Instant.now());
        audit.record("user", me.getId(), me.getUsername(), "changePassword", null, null);
    }

    private static void checkPolicy(String password, User user) {
        PasswordPolicy.problem(password, user.getUsername()).ifPresent(key -> {
            throw new InvalidInputException("password", key);
        });
    }

    private static String hash(String token) {
        return Tokens.hash(token);
    }
}
