package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.enlace.crm.account.boundary.AccountRow;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.ConflictException;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.entity.TaxId;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.security.boundary.UserService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Accounts inside a real WildFly: numbering, NIT, conflicts, deleting, lists. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(AccountServiceIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    ContactService contacts;

    @Inject
    UserService users;

    @Inject
    AsUser asUser;

    @Inject
    AsAdmin asAdmin;

    private long owner;
    private String run;

    @BeforeEach
    void setUp() throws Exception {
        owner = Fixtures.administratorId(asAdmin, users);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    private Account create(String name) throws Exception {
        return asUser.call(() -> accounts.create(new Account(name), owner, null));
    }

    @Test
    void accountsAreNumberedInOrder() throws Exception {
        Account first = create("Primera " + run);
        Account second = create("Segunda " + run);

        assertTrue(first.getNumber().matches("CTA-\\d+"));
        long a = Long.parseLong(first.getNumber().substring(4));
        long b = Long.parseLong(second.getNumber().substring(4));
        assertEquals(a + 1, b);
    }

    @Test
    void readingRecordsNeverWritesThem() throws Exception {
        Account plain = asUser.call(() -> accounts.create(new Account("Sin direcciones " + run), owner, null));
        Contact person = new Contact();
        person.setLastName("Sin dirección " + run);
        Contact saved = asUser.call(() -> contacts.create(person, plain.getId(), owner, null));
        long accountVersion = asUser.call(() -> accounts.get(plain.getId())).getVersion();
        long contactVersion = asUser.call(() -> contacts.get(saved.getId())).getVersion();

        for (int i = 0; i < 3; i++) {
            asUser.call(() -> accounts.get(plain.getId()));
            asUser.call(() -> contacts.get(saved.getId())); // reads its account too
        }

        Account account = asUser.call(() -> accounts.get(plain.getId()));
        assertEquals(accountVersion, account.getVersion(), "viewing an account must not change it");
        assertEquals(
                contactVersion, asUser.call(() -> contacts.get(saved.getId())).getVersion());
        // an address nobody filled in still comes as an empty one, ready for the form
        assertNotNull(account.getShippingAddress());
        assertEquals(null, account.getShippingAddress().getCity());
        assertNotNull(asUser.call(() -> contacts.get(saved.getId())).getMailingAddress());
    }

    @Test
    void concurrentCreationNeverSharesANumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = "Concurrente " + run + " " + i;
            numbers.add(pool.submit(() -> create(name).getNumber()));
        }
        Set<String> distinct = new HashSet<>();
        for (Future<String> number : numbers) {
            distinct.add(number.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(40, distinct.size());
    }

    @Test
    void aColombianNitIsCheckedAndStoredInOneForm() throws Exception {
        Account bad = new Account("NIT malo " + run);
        bad.setTaxId("900123456-7");
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> asUser.call(() -> accounts.create(bad, owner, null)));
        assertEquals("taxId", refused.getField());
        assertEquals(0, asUser.call(() -> accounts.count(search("NIT malo " + run), 1_000)));

        Account good = new Account("NIT bueno " + run);
        good.setTaxId("900.123.456-8");
        assertEquals(
                "900123456-8",
                asUser.call(() -> accounts.create(good, owner, null)).getTaxId());

        Account foreign = new Account("RFC " + run);
        foreign.setTaxId("XAXX010101000");
        foreign.getBillingAddress().setCountry("México");
        assertEquals(
                "XAXX010101000",
                asUser.call(() -> accounts.create(foreign, owner, null)).getTaxId());
    }

    @Test
    void aStaleEditIsAConflictAndChangesNothing() throws Exception {
        Account created = create("Original " + run);
        Account mine = asUser.call(() -> accounts.get(created.getId()));
        long seen = mine.getVersion();

        mine.setName("Cambio de otra persona " + run);
        asUser.call(() -> accounts.update(created.getId(), seen, mine, owner, null));

        Account stale = new Account("Mi cambio " + run);
        assertThrows(
                ConflictException.class,
                () -> asUser.call(() -> accounts.update(created.getId(), seen, stale, owner, null)));
        assertEquals(
                "Cambio de otra persona " + run,
                asUser.call(() -> accounts.get(created.getId())).getName());
    }

    @Test
    void anAccountWithContactsIsDeletedOnlyWithThem() throws Exception {
        Account account = create("Con contactos " + run);
        Contact contact = new Contact();
        contact.setLastName("Pérez " + run);
        asUser.call(() -> contacts.create(contact, account.getId(), owner, null));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> asUser.call(() -> {
                    accounts.delete(account.getId(), false);
                    return null;
                }));
        assertEquals("crm.account.delete.hasContacts", refused.getMessageKey());
        assertEquals(1L, refused.getArguments()[0]);
        assertEquals(1L, asUser.call(() -> accounts.countContacts(account.getId())));

        asUser.call(() -> {
            accounts.delete(account.getId(), true);
            return null;
        });
        assertEquals(0, asUser.call(() -> contacts.count(search("Pérez " + run), 1_000)));
        assertEquals(0, asUser.call(() -> accounts.count(search("Con contactos " + run), 1_000)));
    }

    @Test
    void anAccountCannotBeAMemberOfItsOwnMember() throws Exception {
        Account parent = create("Matriz " + run);
        Account child = asUser.call(() -> accounts.create(new Account("Filial " + run), owner, parent.getId()));

        Account form = asUser.call(() -> accounts.get(parent.getId()));
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> asUser.call(
                        () -> accounts.update(parent.getId(), form.getVersion(), form, owner, child.getId())));
        assertEquals("parent", refused.getField());
    }

    @Test
    void theQuickSearchFindsAccountsByNitEmailAndNumber() throws Exception {
        String base = String.valueOf(800_000_000L + Math.floorMod(run.hashCode(), 99_999_999));
        Account account = new Account("Búsqueda " + run);
        account.setTaxId(base + "-" + TaxId.dianCheckDigit(base));
        account.setEmail("compras." + run + "@example.com");
        Account saved = asUser.call(() -> accounts.create(account, owner, null));
        String number = asUser.call(() -> accounts.get(saved.getId())).getNumber();

        // a NIT as people type it, with dots; an email in capitals; a number in lower case
        String dotted = base.substring(0, 3) + "." + base.substring(3, 6) + "." + base.substring(6);
        for (String typed : List.of(dotted, "COMPRAS." + run + "@", number.toLowerCase(), "búsqueda " + run)) {
            assertEquals(
                    List.of(saved.getId()),
                    asUser.call(() -> accounts.rows(search(typed))).stream()
                            .map(AccountRow::getId)
                            .toList(),
                    typed);
        }
        assertEquals(
                List.of(saved.getId()),
                asUser.call(() -> accounts.suggest(dotted, 10)).stream()
                        .map(r -> r.id())
                        .toList());
    }

    @Test
    void listsSortTheSpanishWayAndSearchIgnoringCaseAndAccents() throws Exception {
        for (String name : List.of("Bermúdez", "Álvarez", "Aguilar", "avellaneda")) {
            create(run + " " + name);
        }
        PageRequest byName = new PageRequest(0, 10, "name", true, Map.of("name", run), null);
        List<String> names = asUser.call(() -> accounts.rows(byName)).stream()
                .map(AccountRow::getName)
                .toList();
        assertEquals(List.of(run + " Aguilar", run + " Álvarez", run + " avellaneda", run + " Bermúdez"), names);

        assertEquals(1, asUser.call(() -> accounts.count(search(run + " alvarez"), 1_000)));
        assertEquals(1, asUser.call(() -> accounts.count(search(run + " AL"), 1_000)));
        assertEquals(3, asUser.call(() -> accounts.count(search(run + " a"), 1_000)));

        PageRequest unknownSort = new PageRequest(0, 10, "password; drop table", false, Map.of("name", run), null);
        assertEquals(4, asUser.call(() -> accounts.rows(unknownSort)).size());
    }

    @Test
    void aPlainUserMayWorkWithAccountsButAnonymousCallersMayNot() {
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> accounts.count(PageRequest.first(10), 1_000));
    }

    @Test
    void invalidFieldsAreRefusedAtTheBoundary() {
        Account bad = new Account(" ");
        bad.setEmail("no-es-correo");
        EJBException refused =
                assertThrows(EJBException.class, () -> asUser.call(() -> accounts.create(bad, owner, null)));
        assertInstanceOf(jakarta.validation.ConstraintViolationException.class, refused.getCause());
        assertNotNull(refused.getCause().getMessage());
    }

    private static PageRequest search(String text) {
        return new PageRequest(0, 10, null, true, Map.of(), text);
    }
}
