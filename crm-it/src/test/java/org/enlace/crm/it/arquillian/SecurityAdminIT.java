package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.boundary.AccessExplanation;
import org.enlace.crm.security.boundary.AuditRow;
import org.enlace.crm.security.boundary.Authenticator;
import org.enlace.crm.security.boundary.ExplainService;
import org.enlace.crm.security.boundary.HistoryService;
import org.enlace.crm.security.boundary.LoginRow;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.PasswordService;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.SharingService;
import org.enlace.crm.security.boundary.SignedIn;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.control.FirstAdministrator;
import org.enlace.crm.security.control.SecurityDefaults;
import org.enlace.crm.security.entity.LoginEvent;
import org.enlace.crm.security.entity.SharingAccess;
import org.enlace.crm.security.entity.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Users' life inside a real WildFly: set-password links, own password changes, deactivation and
 * its effect on open sessions, the last administrator, record transfer, login throttling and
 * history, the audit log, and the explanation of access.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityAdminIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(SecurityAdminIT.class);
    }

    @Inject
    UserService users;

    @Inject
    RoleService roles;

    @Inject
    PasswordService passwords;

    @Inject
    Authenticator authenticator;

    @Inject
    HistoryService history;

    @Inject
    ExplainService explainer;

    @Inject
    SharingService sharing;

    @Inject
    AccountService accounts;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsUser asUser;

    private String run;

    @BeforeEach
    void setUp() {
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    private User user(String name, String password) throws Exception {
        NewUser form = new NewUser();
        form.setUsername(name + "." + run);
        form.setLastName(name);
        form.setEmail(name + "." + run + "@example.com");
        form.setPassword(password);
        form.setRoleId(Fixtures.roleId(asAdmin, roles, SecurityDefaults.BOTTOM));
        return asAdmin.call(() -> users.create(form));
    }

    @Test
    void aNewUserWithoutPasswordSetsHisOwnThroughASingleUseLink() throws Exception {
        User user = user("enlace", null);
        assertTrue(authenticator
                .authenticate(user.getUsername(), "cualquier cosa larga".toCharArray())
                .isEmpty());

        String token = asAdmin.call(() -> passwords.issueLink(user.getId(), false));
        assertTrue(passwords.isUsable(token));
        InvalidInputException weak =
                assertThrows(InvalidInputException.class, () -> passwords.setWithLink(token, "contraseña123"));
        assertEquals("crm.password.common", weak.getMessageKey());
        assertTrue(passwords.isUsable(token), "a refused password does not use the link up");

        passwords.setWithLink(token, "mi frase secreta de enlace");
        assertTrue(authenticator
                .authenticate(user.getUsername(), "mi frase secreta de enlace".toCharArray())
                .isPresent());
        assertFalse(passwords.isUsable(token));
        InvalidInputException again =
                assertThrows(InvalidInputException.class, () -> passwords.setWithLink(token, "otra frase secreta más"));
        assertEquals("crm.password.link.invalid", again.getMessageKey());
    }

    @Test
    void aForcedResetEndsTheOldPasswordAndOpenSessions() throws Exception {
        User user = user("reinicio", "la clave de siempre 1");
        SignedIn session = authenticator
                .authenticate(user.getUsername(), "la clave de siempre 1".toCharArray())
                .orElseThrow();

        String token = asAdmin.call(() -> passwords.issueLink(user.getId(), true));

        assertTrue(authenticator
                .authenticate(user.getUsername(), "la clave de siempre 1".toCharArray())
                .isEmpty());
        assertFalse(authenticator.isCurrent(session.username(), session.securityStamp()));
        passwords.setWithLink(token, "la clave nueva de hoy");
        assertTrue(authenticator
                .authenticate(user.getUsername(), "la clave nueva de hoy".toCharArray())
                .isPresent());
    }

    @Test
    void aUserChangesHisOwnPasswordKnowingTheOldOne() throws Exception {
        User user = user("propia", "la clave de siempre 2");
        InvalidInputException wrong = assertThrows(
                InvalidInputException.class,
                () -> asUser.named(user.getUsername(), () -> {
                    passwords.changeOwn("no es esta clave", "una clave totalmente nueva");
                    return null;
                }));
        assertEquals("crm.password.wrong", wrong.getMessageKey());
        asUser.named(user.getUsername(), () -> {
            passwords.changeOwn("la clave de siempre 2", "una clave totalmente nueva");
            return null;
        });
        assertTrue(authenticator
                .authenticate(user.getUsername(), "una clave totalmente nueva".toCharArray())
                .isPresent());
        assertTrue(authenticator
                .authenticate(user.getUsername(), "la clave de siempre 2".toCharArray())
                .isEmpty());
    }

    @Test
    void aDeactivatedUserCannotSignInLosesHisSessionAndKeepsHisRecords() throws Exception {
        User user = user("baja", "la clave de siempre 3");
        SignedIn session = authenticator
                .authenticate(user.getUsername(), "la clave de siempre 3".toCharArray())
                .orElseThrow();
        Account his = asAdmin.call(() -> accounts.create(new Account("Cuenta de baja " + run), user.getId(), null));

        asAdmin.call(() -> {
            users.setActive(user.getId(), false);
            return null;
        });

        assertFalse(authenticator.isCurrent(session.username(), session.securityStamp()));
        assertTrue(authenticator
                .authenticate(user.getUsername(), "la clave de siempre 3".toCharArray())
                .isEmpty());
        assertEquals(
                user.getId(),
                asAdmin.call(() -> accounts.get(his.getId())).getOwner().getId());

        // his records go to another user
        User heir = user("heredero", "la clave de siempre 4");
        int moved = asAdmin.call(() -> users.transferRecords(user.getId(), heir.getId()));
        assertEquals(1, moved);
        assertEquals(
                heir.getId(),
                asAdmin.call(() -> accounts.get(his.getId())).getOwner().getId());
    }

    @Test
    void theLastActiveAdministratorStaysAnActiveAdministrator() throws Exception {
        long admin = Fixtures.administratorId(asAdmin, users);
        List<User> others = asAdmin.call(users::findAll).stream()
                .filter(u -> u.isAdministrator() && u.isActive() && u.getId() != admin)
                .toList();
        for (User other : others) { // earlier tests may have made some: none may be left
            asAdmin.call(() -> {
                users.setActive(other.getId(), false);
                return null;
            });
        }
        InvalidInputException deactivate = assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> {
                    users.setActive(admin, false);
                    return null;
                }));
        assertEquals("crm.user.lastAdministrator", deactivate.getMessageKey());
        User me = asAdmin.call(() -> users.get(admin));
        InvalidInputException demote = assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> users.update(
                        admin,
                        me.getVersion(),
                        me.getFirstName(),
                        me.getLastName(),
                        me.getEmail(),
                        me.getLanguage(),
                        me.getRole().getId(),
                        false)));
        assertEquals("crm.user.lastAdministrator", demote.getMessageKey());
        assertTrue(asAdmin.call(() -> users.get(admin)).isAdministrator());
    }

    @Test
    void aPlainUserCannotTouchUsersRolesOrSharing() {
        assertThrows(
                EJBAccessException.class,
                () -> asUser.call(() -> {
                    users.setActive(1L, false);
                    return null;
                }));
        assertThrows(EJBAccessException.class, () -> asUser.call(roles::tree));
        assertThrows(
                EJBAccessException.class,
                () -> asUser.call(() -> {
                    sharing.setDefault(CrmModule.ACCOUNTS, SharingAccess.PRIVATE);
                    return null;
                }));
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> passwords.issueLink(1L, true)));
    }

    @Test
    void repeatedFailuresHoldSignInBackByNameAndByAddressWhetherTheAccountExistsOrNot() throws Exception {
        String unknown = "nadie." + run;
        String address = "198.51.100." + (int) (Math.random() * 200);
        for (int i = 0; i < 5; i++) {
            assertFalse(authenticator.throttled(unknown, address));
            authenticator.record(unknown, address, LoginEvent.Result.FAILED);
        }
        assertTrue(authenticator.throttled(unknown, address));
        User real = user("bloqueo", "la clave de siempre 5");
        for (int i = 0; i < 5; i++) {
            authenticator.record(real.getUsername(), "203.0.113.7", LoginEvent.Result.FAILED);
        }
        assertTrue(authenticator.throttled(real.getUsername(), "203.0.113.8"), "by name, from any address");
        // many names from one address
        String crowd = "192.0.2." + (int) (Math.random() * 200);
        for (int i = 0; i < 20; i++) {
            authenticator.record("otro" + i + "." + run, crowd, LoginEvent.Result.FAILED);
        }
        assertTrue(authenticator.throttled("alguien." + run, crowd));

        PageRequest mine = new PageRequest(0, 50, null, true, Map.of(), unknown);
        List<LoginRow> rows = asAdmin.call(() -> history.logins(mine));
        assertEquals(5, rows.size());
        assertTrue(rows.stream()
                .allMatch(r ->
                        r.result() == LoginEvent.Result.FAILED && r.address().equals(address)));
    }

    @Test
    void theAuditLogKeepsWhoChangedWhatBeforeAndAfter() throws Exception {
        User user = user("auditado", "la clave de siempre 6");
        asAdmin.call(() -> users.update(
                user.getId(),
                asAdmin.call(() -> users.get(user.getId())).getVersion(),
                "Ana",
                "Auditada",
                user.getEmail(),
                "en",
                user.getRole().getId(),
                false));
        PageRequest search = new PageRequest(0, 10, null, true, Map.of(), user.getUsername());
        List<AuditRow> rows = asAdmin.call(() -> history.audit(search));
        assertEquals(
                List.of("update", "create"), rows.stream().map(AuditRow::action).toList());
        AuditRow update = rows.get(0);
        assertEquals(FirstAdministrator.USERNAME, update.actorName());
        assertTrue(update.before().contains("language=es"));
        assertTrue(
                update.after().contains("name=Ana Auditada") && update.after().contains("language=en"));
    }

    @Test
    void explainAccessSaysWhyAndWhyNot() throws Exception {
        User owner = user("dueno", "la clave de siempre 7");
        User other = user("ajeno", "la clave de siempre 8");
        Account account = asAdmin.call(() -> accounts.create(new Account("Explicada " + run), owner.getId(), null));
        asAdmin.call(() -> {
            sharing.setDefault(CrmModule.ACCOUNTS, SharingAccess.PRIVATE);
            return null;
        });
        try {
            AccessExplanation mine =
                    asAdmin.call(() -> explainer.explain(owner.getId(), CrmModule.ACCOUNTS, account.getNumber()));
            assertEquals(account.getNumber(), mine.record());
            assertTrue(mine.lines().stream().allMatch(AccessExplanation.Line::allowed));
            assertEquals("explain.owner", mine.lines().get(0).reason());

            AccessExplanation theirs =
                    asAdmin.call(() -> explainer.explain(other.getId(), CrmModule.ACCOUNTS, account.getNumber()));
            assertTrue(theirs.lines().stream().noneMatch(AccessExplanation.Line::allowed));
            assertEquals("explain.private", theirs.lines().get(0).reason());

            AccessExplanation module = asAdmin.call(() -> explainer.explain(other.getId(), CrmModule.ACCOUNTS, ""));
            assertEquals(null, module.record());
            assertEquals("explain.module.reach", module.lines().get(0).reason());

            long admin = Fixtures.administratorId(asAdmin, users);
            AccessExplanation boss =
                    asAdmin.call(() -> explainer.explain(admin, CrmModule.ACCOUNTS, account.getNumber()));
            assertEquals("explain.administrator", boss.lines().get(0).reason());
        } finally {
            asAdmin.call(() -> {
                sharing.setDefault(CrmModule.ACCOUNTS, SharingAccess.PUBLIC_READ_WRITE_DELETE);
                return null;
            });
        }
    }
}
