package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.security.boundary.Authenticator;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.SignedIn;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.control.FirstAdministrator;
import org.enlace.crm.security.control.SecurityDefaults;
import org.enlace.crm.security.entity.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Users and sign-in, inside a real WildFly with the project's EAR. */
@ExtendWith(ArquillianExtension.class)
class UserServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(UserServiceIT.class);
    }

    @Inject
    UserService users;

    @Inject
    Authenticator authenticator;

    @Inject
    AsAdmin asAdmin;

    @Inject
    RoleService roles;

    @Inject
    AsUser asUser;

    @Test
    void theFirstStartCreatedOneAdministrator() throws Exception {
        List<User> all = asAdmin.call(users::findAll);

        User admin = all.stream()
                .filter(u -> u.getUsername().equals(FirstAdministrator.USERNAME))
                .findFirst()
                .orElseThrow();
        assertTrue(admin.isAdministrator());
        assertTrue(admin.isActive());
        assertTrue(admin.getPasswordHash().startsWith("pbkdf2-sha512:210000:"));
    }

    @Test
    void aPlainUserIsRefusedAnAdministratorsMethod() {
        assertThrows(EJBAccessException.class, () -> asUser.call(users::findAll));
        assertThrows(EJBAccessException.class, () -> asUser.call(() -> users.create(form(unique("x")))));
    }

    @Test
    void anAnonymousCallerIsRefusedToo() {
        assertThrows(EJBAccessException.class, () -> users.findAll());
    }

    @Test
    void aCreatedUserSignsInWithHisPasswordOnly() throws Exception {
        String username = unique("ana");
        asAdmin.call(() -> users.create(form(username)));

        SignedIn signedIn = authenticator
                .authenticate(username, "una clave larga".toCharArray())
                .orElseThrow();
        assertEquals(username, signedIn.username());
        assertEquals(java.util.Set.of("crm-user"), signedIn.groups());
        assertEquals("Ana Álvarez", signedIn.displayName());
        assertTrue(authenticator
                .authenticate(username, "otra clave larga".toCharArray())
                .isEmpty());
        assertTrue(authenticator
                .authenticate("nadie-" + username, "una clave larga".toCharArray())
                .isEmpty());
        assertTrue(authenticator.isCurrent(username, signedIn.securityStamp()));
        assertFalse(authenticator.isCurrent(username, "stale"));
    }

    @Test
    void aTakenUserNameIsRefusedWithItsField() throws Exception {
        String username = unique("luis");
        asAdmin.call(() -> users.create(form(username)));

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> users.create(form(username))));
        assertEquals("username", refused.getField());
        assertEquals("crm.user.username.taken", refused.getMessageKey());
    }

    @Test
    void invalidInputIsRefusedAtTheBoundaryAndNothingIsStored() throws Exception {
        String username = unique("mal");
        NewUser bad = form(username);
        bad.setEmail("no-es-un-correo");
        bad.setPassword("corta");

        EJBException refused = assertThrows(EJBException.class, () -> asAdmin.call(() -> users.create(bad)));
        ConstraintViolationException violations = (ConstraintViolationException) refused.getCause();
        assertEquals(2, violations.getConstraintViolations().size());
        assertTrue(asAdmin.call(users::findAll).stream()
                .noneMatch(u -> u.getUsername().equals(username)));
    }

    private NewUser form(String username) throws Exception {
        NewUser form = new NewUser();
        form.setRoleId(Fixtures.roleId(asAdmin, roles, SecurityDefaults.BOTTOM));
        form.setUsername(username);
        form.setFirstName("Ana");
        form.setLastName("Álvarez");
        form.setEmail(username + "@example.com");
        form.setPassword("una clave larga");
        return form;
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
