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
    void theQuickSearchFindsByLastNameByLastNameAndFirstNameByEmailAndByNumber() throws Exception {
        Contact ana = contact(run + " Ríos Núñez");
        ana.setFirstName("Ana");
        ana.setEmail("ana." + run + "@example.com");
        Contact andres = contact(run + " Ríos Núñez");
        andres.setFirstName("Andrés");
        Contact other = contact(run + " Rojas");
        other.setFirstName("Ana");
        for (Contact c : List.of(ana, andres, other)) {
            asUser.call(() -> contacts.create(c, account.getId(), owner, null));
        }
        ContactRow saved =
                asUser.call(() -> contacts.rows(search(run + " rojas")).get(0));

        // a last-name prefix, whatever the case and accents; in the list's order (last, first name)
        assertEquals(List.of("Ana", "Andrés"), firstNames(search(run + " RIOS nu")));
        // "last name, first name"
        assertEquals(List.of("Andrés"), firstNames(search(run + " ríos, andre")));
        assertEquals(List.of("Ana", "Andrés", "Ana"), firstNames(search(run + ",")));
        // an email, a record number
        assertEquals(List.of("Ana"), firstNames(search("ANA." + run + "@")));
        String number = asUser.call(() -> contacts.get(saved.getId())).getNumber();
        assertEquals(
                List.of(number),
                asUser.call(() -> contacts.rows(search(number.toLowerCase()))).stream()
                        .map(ContactRow::getNumber)
                        .toList());
        // LIKE's wildcards typed by the user are text, not wildcards
        assertEquals(List.of(), firstNames(search(run + " R%")));
        assertEquals(List.of(), firstNames(search(run + " _íos")));
        // autocompletes use the same search
        assertEquals(
                List.of(run + " Ríos Núñez"),
                asUser.call(() -> contacts.suggest(run + " rios, ana", 10)).stream()
                        .map(r -> r.name().substring(r.name().indexOf(' ') + 1))
                        .toList());
    }

    @Test
    void listsPageInTheDatabaseAndCountOnlyAsFarAsAsked() throws Exception {
        for (String first : List.of("Carla", "Beatriz", "Alba", "Dora")) {
            Contact c = contact(run + " Paz");
            c.setFirstName(first);
            asUser.call(() -> contacts.create(c, account.getId(), owner, null));
        }
        PageRequest second = new PageRequest(1, 2, null, true, Map.of(), run + " paz");
        assertEquals(List.of("Beatriz", "Carla"), firstNames(second));
        PageRequest byFirstNameDescending = new PageRequest(0, 3, "firstName", false, Map.of(), run + " paz");
        assertEquals(List.of("Dora", "Carla", "Beatriz"), firstNames(byFirstNameDescending));
        PageRequest byAccount = new PageRequest(0, 1, "account", true, Map.of(), run + " paz");
        assertEquals(1, asUser.call(() -> contacts.rows(byAccount)).size());

        PageRequest all = search(run + " paz");
        assertEquals(4L, asUser.call(() -> contacts.count(all, 10)));
        assertEquals(4L, asUser.call(() -> contacts.count(all, 4)));
        assertEquals(3L, asUser.call(() -> contacts.count(all, 2)), "more than 2: counted up to 2, plus one");
        PageRequest inAccount = new PageRequest(
                0, 25, null, true, Map.of(ContactService.BY_ACCOUNT, String.valueOf(account.getId())), run + " paz");
        assertEquals(4L, asUser.call(() -> contacts.count(inAccount, 10)));
    }

    private static PageRequest search(String text) {
        return new PageRequest(0, 25, null, true, Map.of(), text);
    }

    private List<String> firstNames(PageRequest request) throws Exception {
        return asUser.call(() -> contacts.rows(request)).stream()
                .map(ContactRow::getFirstName)
                .toList();
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
