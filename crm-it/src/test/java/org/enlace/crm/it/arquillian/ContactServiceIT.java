package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.contact.boundary.ContactRow;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.security.boundary.UserService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contacts inside a real WildFly: the FAQ's rules (account, portal user, support dates). */
@ExtendWith(ArquillianExtension.class)
class ContactServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(ContactServiceIT.class);
    }

    @Inject
    ContactService contacts;

    @Inject
    AccountService accounts;

    @Inject
    UserService users;

    @Inject
    AsUser asUser;

    @Inject
    AsAdmin asAdmin;

    private long owner;
    private String run;
    private Account account;

    @BeforeEach
    void setUp() throws Exception {
        owner = Fixtures.administratorId(asAdmin, users);
        run = UUID.randomUUID().toString().substring(0, 8);
        account = asUser.call(() -> accounts.create(new Account("Cuenta " + run), owner, null));
    }

    private Contact contact(String lastName) {
        Contact contact = new Contact();
        contact.setLastName(lastName);
        return contact;
    }

    @Test
    void aContactMustBelongToAnExistingAccount() {
        InvalidInputException none = assertThrows(
                InvalidInputException.class,
                () -> asUser.call(() -> contacts.create(contact("Sin cuenta " + run), null, owner, null)));
        assertEquals("account", none.getField());
        assertEquals("crm.contact.account.required", none.getMessageKey());

        InvalidInputException unknown = assertThrows(
                InvalidInputException.class,
                () -> asUser.call(
                        () -> contacts.create(contact("Cuenta inventada " + run), 999_999_999L, owner, null)));
        assertEquals("crm.contact.account.unknown", unknown.getMessageKey());
    }

    @Test
    void aContactIsNumberedAndListedWithItsAccount() throws Exception {
        Contact saved = asUser.call(() -> contacts.create(contact("Gómez " + run), account.getId(), owner, null));

        assertTrue(saved.getNumber().matches("CON-\\d+"));
        PageRequest ofAccount = new PageRequest(
                0, 25, null, true, Map.of(ContactService.BY_ACCOUNT, String.valueOf(account.getId())), null);
        List<ContactRow> listed = asUser.call(() -> contacts.rows(ofAccount));
        assertEquals(1, listed.size());
        assertEquals("Cuenta " + run, listed.get(0).getAccountName());
        assertEquals("Gómez " + run, listed.get(0).getLastName());
        assertEquals("Administrador", listed.get(0).getOwnerName());
    }

    @Test
    void theSupportEndCannotComeBeforeItsStart() {
        Contact contact = contact("Fechas " + run);
        contact.setSupportStart(LocalDate.of(2026, 2, 1));
        contact.setSupportEnd(LocalDate.of(2026, 1, 1));

        EJBException refused = assertThrows(
                EJBException.class, () -> asUser.call(() -> contacts.create(contact, account.getId(), owner, null)));
        ConstraintViolation<?> violation = ((ConstraintViolationException) refused.getCause())
                .getConstraintViolations()
                .iterator()
                .next();
        assertTrue(violation.getPropertyPath().toString().endsWith("supportEndValid"));
    }

    @Test
    void twoPortalUsersCannotShareAnEmail() throws Exception {
        String email = "portal." + run + "@example.com";
        Contact first = contact("Primero " + run);
        first.setEmail(email);
        first.setPortalUser(true);
        asUser.call(() -> contacts.create(first, account.getId(), owner, null));

        Contact second = contact("Segundo " + run);
        second.setEmail(email.toUpperCase());
        second.setPortalUser(true);
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> asUser.call(() -> contacts.create(second, account.getId(), owner, null)));
        assertEquals("portalUser", refused.getField());

        second.setPortalUser(false);
        assertEquals(
                email.toUpperCase(),
                asUser.call(() -> contacts.create(second, account.getId(), owner, null))
                        .getEmail());
    }

    @Test
    void aPortalUserNeedsAnEmail() {
        Contact contact = contact("Sin correo " + run);
        contact.setPortalUser(true);
        EJBException refused = assertThrows(
                EJBException.class, () -> asUser.call(() -> contacts.create(contact, account.getId(), owner, null)));
        assertTrue(refused.getCause() instanceof ConstraintViolationException);
    }
}
