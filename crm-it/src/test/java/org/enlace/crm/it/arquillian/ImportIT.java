package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.DuplicateKey;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotAllowedException;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.imports.boundary.ImportService;
import org.enlace.crm.imports.boundary.ImportSettings;
import org.enlace.crm.imports.entity.ImportRun;
import org.enlace.crm.imports.entity.ImportStatus;
import org.enlace.crm.inventory.boundary.ProductService;
import org.enlace.crm.inventory.entity.Product;
import org.enlace.crm.inventory.entity.ServiceItem;
import org.enlace.crm.notification.boundary.MailService;
import org.enlace.crm.notification.boundary.OutboxRow;
import org.enlace.crm.notification.entity.MailEvent;
import org.enlace.crm.security.boundary.GroupService;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.ProfileService;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.entity.AssignScope;
import org.enlace.crm.security.entity.Member;
import org.enlace.crm.security.entity.PartyKind;
import org.enlace.crm.security.entity.Profile;
import org.enlace.crm.security.entity.Role;
import org.enlace.crm.security.entity.User;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSV import inside a real WildFly, through the Jakarta Batch job: detection, contact-account
 * linking, rejected rows with reasons, each duplicate mode (also inside the file), the owner
 * modes, accounts created for contacts, undo, permission refusals, and a job stopped after some
 * chunks and resumed with exact counts.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(ImportIT.class);
    }

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsUser asUser;

    @Inject
    ImportService imports;

    @Inject
    AccountService accounts;

    @Inject
    ContactService contacts;

    @Inject
    UserService users;

    @Inject
    ProductService products;

    @Inject
    RoleService roles;

    @Inject
    ProfileService profiles;

    @Inject
    GroupService groups;

    @Inject
    MailService mail;

    @PersistenceContext
    EntityManager em;

    private final String run = "Imp" + UUID.randomUUID().toString().substring(0, 8);

    private long admin() throws Exception {
        return Fixtures.administratorId(asAdmin, users);
    }

    private long account(String name) throws Exception {
        long admin = admin();
        return asAdmin.call(() -> accounts.create(new Account(name), admin, null))
                .getId();
    }

    private ImportService.Upload upload(CrmModule module, String csv, Charset charset) throws Exception {
        byte[] bytes = csv.getBytes(charset);
        return asAdmin.call(() -> imports.upload(module, run + ".csv", new ByteArrayInputStream(bytes)));
    }

    private ImportSettings settings(ImportService.Upload upload, String... mapping) {
        ImportSettings s = new ImportSettings();
        s.encoding = upload.guess().encoding();
        s.delimiter = String.valueOf(upload.guess().delimiter());
        s.header = upload.guess().header();
        s.dateFormat = upload.guess().dateFormat();
        s.decimal = String.valueOf(upload.guess().decimal());
        s.mapping = new ArrayList<>(Arrays.asList(mapping));
        return s;
    }

    private ImportRun importAndWait(CrmModule module, ImportService.Upload upload, ImportSettings s) throws Exception {
        long id = asAdmin.call(() -> imports.start(module, upload.token(), upload.fileName(), s));
        return waitFor(id, ImportStatus.COMPLETED);
    }

    private ImportRun waitFor(long id, ImportStatus wanted) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        ImportRun found = asAdmin.call(() -> imports.run(id));
        while (found.getStatus() != wanted && System.currentTimeMillis() < until) {
            if (found.getStatus() == ImportStatus.FAILED && wanted != ImportStatus.FAILED) {
                throw new AssertionError("import failed: " + found.getFailure());
            }
            Thread.sleep(100);
            found = asAdmin.call(() -> imports.run(id));
        }
        assertEquals(wanted, found.getStatus(), "import " + id + ": " + found.getFailure());
        return found;
    }

    private List<Contact> contactsNamed(String lastName) {
        return em.createQuery("select c from Contact c where c.lastName = :n order by c.id", Contact.class)
                .setParameter("n", lastName)
                .getResultList();
    }

    private List<CsvRecord> rejected(long id) throws Exception {
        return rejected(id, ';');
    }

    private List<CsvRecord> rejected(long id, char delimiter) throws Exception {
        byte[] bytes = asAdmin.call(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            imports.rejected(id, out);
            return out.toByteArray();
        });
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CsvRecord> rows = new ArrayList<>();
        CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(text).forEach(rows::add);
        return rows;
    }

    @Test
    void contactsAreLinkedToTheirAccountsAndEveryBadRowIsRejectedWithItsReason() throws Exception {
        long acme = account("Ferretería " + run);
        account("Otra " + run);
        String csv = "Tratamiento;Nombre;Apellidos;Correo electrónico;Cuenta;Inicio del soporte;Descripción\r\n"
                + "Sr.;Andrés;López " + run + ";andres." + run + "@example.com;ferreteria " + run
                + ";09/03/2026;\"Dice \"\"hola\"\"; dos líneas\nsegunda\"\r\n"
                + "Ms.;Beatriz;Gómez " + run + ";beatriz." + run + "@example.com;Otra " + run + ";;\r\n"
                + "Sr.;Carlos;;carlos@example.com;Otra " + run + ";;sin apellido\r\n"
                + "Sr.;Diana;Ruiz " + run + ";no-es-correo;Otra " + run + ";;\r\n"
                + "Sr.;Elena;Mora " + run + ";;Otra " + run + ";31/02/2026;\r\n"
                + "Sr.;Fabio;Paz " + run + ";;Nadie " + run + ";;\r\n"
                + "Doctorísimo;Gloria;Vega " + run + ";;Otra " + run + ";;\r\n";
        ImportService.Upload upload = upload(CrmModule.CONTACTS, csv, Charset.forName("windows-1252"));
        assertEquals("windows-1252", upload.guess().encoding());
        assertEquals(';', upload.guess().delimiter());
        assertTrue(upload.guess().header());
        assertEquals("dd/MM/yyyy", upload.guess().dateFormat());

        ImportSettings s = settings(upload);
        Map<String, List<String>> names = new HashMap<>();
        names.put("salutation", List.of("Tratamiento", "Salutation"));
        names.put("firstName", List.of("Nombre", "First name"));
        names.put("lastName", List.of("Apellidos", "Last name"));
        names.put("email", List.of("Correo electrónico", "Email"));
        names.put("account.name", List.of("Cuenta", "Account"));
        names.put("supportStart", List.of("Inicio del soporte", "Support start"));
        names.put("description", List.of("Descripción", "Description"));
        ImportService.Preview preview =
                asAdmin.call(() -> imports.preview(CrmModule.CONTACTS, upload.token(), s, names));
        assertEquals(7, preview.rows().size());
        assertEquals("Dice \"hola\"; dos líneas\nsegunda", preview.rows().get(0).get(6), "quoted cell read whole");
        assertEquals(
                List.of("salutation", "firstName", "lastName", "email", "account.name", "supportStart", "description"),
                preview.suggested());
        s.mapping = new ArrayList<>(preview.suggested());
        s.ownerId = admin();

        ImportRun done = importAndWait(CrmModule.CONTACTS, upload, s);
        assertEquals(7, done.getRead());
        assertEquals(2, done.getCreated());
        assertEquals(5, done.getRejected());

        Contact andres = contactsNamed("López " + run).get(0);
        assertEquals(acme, andres.getAccount().getId(), "account found by name without case or accents");
        assertEquals("MR", andres.getSalutation(), "picklist matched by its Spanish label");
        assertEquals(LocalDate.of(2026, 3, 9), andres.getSupportStart());
        assertEquals("Dice \"hola\"; dos líneas\nsegunda", andres.getDescription());
        assertEquals("MS", contactsNamed("Gómez " + run).get(0).getSalutation(), "matched by its English label");
        assertTrue(andres.getNumber().startsWith("CON-"));

        List<CsvRecord> rows = rejected(done.getId());
        assertEquals(6, rows.size(), "a header and five rejected rows");
        assertEquals("Línea", rows.get(0).getField(0));
        assertEquals("Motivo del rechazo", rows.get(0).getField(8));
        Map<String, String> reasons = new HashMap<>();
        rows.subList(1, rows.size()).forEach(r -> reasons.put(r.getField(2), r.getField(8)));
        assertTrue(reasons.get("Carlos").startsWith("Apellidos: "), reasons.get("Carlos"));
        assertTrue(reasons.get("Diana").startsWith("Correo electrónico: "), reasons.get("Diana"));
        assertEquals(
                "Inicio del soporte: \"31/02/2026\" no es una fecha en el formato dd/MM/yyyy", reasons.get("Elena"));
        assertEquals("Cuenta: no existe la cuenta \"Nadie " + run + "\"", reasons.get("Fabio"));
        assertEquals("Tratamiento: \"Doctorísimo\" no es un valor de la lista", reasons.get("Gloria"));
        assertEquals("5", rows.get(1).getField(0), "Carlos's line in the file (the quoted cell spans two)");
    }

    @Test
    void duplicatesByEmailAreSkippedOverwrittenOrMergedAlsoInsideTheFileAndUndoPutsAllBack() throws Exception {
        long account = account("Dup " + run);
        long admin = admin();
        Contact existing = new Contact();
        existing.setLastName("Antes " + run);
        existing.setEmail("uno." + run + "@example.com");
        existing.setTitle("Gerente");
        long existingId = asAdmin.call(() -> contacts.create(existing, account, admin, null))
                .getId();
        String csv = "Apellidos,Cargo,Departamento,Correo,Cuenta\n"
                + "Nuevo " + run + ",,Ventas,UNO." + run + "@example.com,Dup " + run + "\n"
                + "Dos " + run + ",Analista,,dos." + run + "@example.com,Dup " + run + "\n"
                + "Dos bis " + run + ",Jefe,Compras,dos." + run + "@example.com,Dup " + run + "\n";

        // skip
        ImportService.Upload upload = upload(CrmModule.CONTACTS, csv, StandardCharsets.UTF_8);
        assertEquals(',', upload.guess().delimiter());
        ImportSettings s = settings(upload, "lastName", "title", "department", "email", "account.name");
        s.ownerId = admin;
        s.duplicateKeys = List.of(DuplicateKey.EMAIL);
        s.duplicateMode = ImportSettings.DuplicateMode.SKIP;
        ImportRun skipped = importAndWait(CrmModule.CONTACTS, upload, s);
        assertEquals(1, skipped.getCreated());
        assertEquals(2, skipped.getSkipped(), "the existing one, and the file's second row with the same email");
        assertEquals("Antes " + run, em.find(Contact.class, existingId).getLastName());

        // merge: only empty fields are filled
        s.duplicateMode = ImportSettings.DuplicateMode.MERGE;
        ImportRun merged =
                importAndWait(CrmModule.CONTACTS, upload(CrmModule.CONTACTS, csv, StandardCharsets.UTF_8), s);
        assertEquals(0, merged.getCreated());
        assertEquals(3, merged.getUpdated(), "the existing one, and the file's contact twice");
        Contact afterMerge = em.find(Contact.class, existingId);
        assertEquals("Antes " + run, afterMerge.getLastName());
        assertEquals("Gerente", afterMerge.getTitle());
        assertEquals("Ventas", afterMerge.getDepartment(), "an empty field filled");

        // overwrite: the file's values replace the record's
        s.duplicateMode = ImportSettings.DuplicateMode.OVERWRITE;
        ImportRun overwritten =
                importAndWait(CrmModule.CONTACTS, upload(CrmModule.CONTACTS, csv, StandardCharsets.UTF_8), s);
        assertEquals(3, overwritten.getUpdated(), "the existing one, and the file's contact twice");
        Contact afterOverwrite = em.find(Contact.class, existingId);
        assertEquals("Nuevo " + run, afterOverwrite.getLastName());
        assertEquals("Gerente", afterOverwrite.getTitle(), "an empty cell leaves the field alone");
        Contact dos = em.createQuery("select c from Contact c where c.email = :e", Contact.class)
                .setParameter("e", "dos." + run + "@example.com")
                .getSingleResult();
        assertEquals("Dos bis " + run, dos.getLastName(), "the file's last row wins");
        assertEquals("Compras", dos.getDepartment());

        // undo the overwrite: values back as the merge left them
        ImportService.Undone undone = asAdmin.call(() -> imports.undo(overwritten.getId()));
        assertEquals(0, undone.removed());
        assertEquals(2, undone.restored());
        assertEquals("Antes " + run, em.find(Contact.class, existingId).getLastName());
        assertEquals(
                ImportStatus.UNDONE,
                asAdmin.call(() -> imports.run(overwritten.getId())).getStatus());
        Contact dosBack = em.find(Contact.class, dos.getId());
        assertEquals("Dos " + run, dosBack.getLastName());
        assertEquals("Analista", dosBack.getTitle());

        // undo the first import: its contact is gone
        asAdmin.call(() -> imports.undo(skipped.getId()));
        assertNull(em.find(Contact.class, dos.getId()));
        assertEquals(1, contactsNamed("Antes " + run).size());
    }

    private User newUser(String name, Long roleId) throws Exception {
        NewUser form = new NewUser();
        form.setUsername(name + "." + run.toLowerCase());
        form.setFirstName(name);
        form.setLastName(run);
        form.setEmail(name + "." + run.toLowerCase() + "@example.com");
        form.setPassword("una clave larga de pruebas " + run);
        form.setRoleId(roleId == null ? Fixtures.roleId(asAdmin, roles, "Gerente de ventas") : roleId);
        return asAdmin.call(() -> users.create(form));
    }

    @Test
    void ownersComeFromAColumnOrTurnAmongAGroupsMembers() throws Exception {
        account("Dueños " + run);
        User ana = newUser("ana", null);
        User beto = newUser("beto", null);
        String csv = "Apellidos;Cuenta;Asignado a\n"
                + "Uno " + run + ";Dueños " + run + ";" + ana.getUsername() + "\n"
                + "Dos " + run + ";Dueños " + run + ";" + beto.getEmail().toUpperCase() + "\n"
                + "Tres " + run + ";Dueños " + run + ";nadie@example.com\n"
                + "Cuatro " + run + ";Dueños " + run + ";\n";
        ImportService.Upload upload = upload(CrmModule.CONTACTS, csv, StandardCharsets.UTF_8);
        ImportSettings s = settings(upload, "lastName", "account.name", "owner.displayName");
        s.ownerMode = ImportSettings.OwnerMode.COLUMN;
        s.ownerId = admin();
        s.unknownOwner = ImportSettings.UnknownOwner.REJECT;
        ImportRun byColumn = importAndWait(CrmModule.CONTACTS, upload, s);
        assertEquals(3, byColumn.getCreated());
        assertEquals(1, byColumn.getRejected(), "an owner nobody is");
        assertEquals(ana.getId(), contactsNamed("Uno " + run).get(0).getOwner().getId(), "by username");
        assertEquals(beto.getId(), contactsNamed("Dos " + run).get(0).getOwner().getId(), "by email");
        assertEquals(admin(), contactsNamed("Cuatro " + run).get(0).getOwner().getId(), "empty: the default");

        // round robin among a group's members
        long group = asAdmin.call(() -> groups.create(
                        "Turnos " + run,
                        null,
                        Set.of(new Member(PartyKind.USER, ana.getId()), new Member(PartyKind.USER, beto.getId()))))
                .getId();
        StringBuilder many = new StringBuilder("Apellidos;Cuenta\n");
        for (int i = 0; i < 10; i++) {
            many.append("Turno")
                    .append(i)
                    .append(' ')
                    .append(run)
                    .append(";Dueños ")
                    .append(run)
                    .append('\n');
        }
        ImportService.Upload second = upload(CrmModule.CONTACTS, many.toString(), StandardCharsets.UTF_8);
        ImportSettings r = settings(second, "lastName", "account.name");
        r.ownerMode = ImportSettings.OwnerMode.ROUND_ROBIN;
        r.ownerId = group;
        assertEquals(10, importAndWait(CrmModule.CONTACTS, second, r).getCreated());
        long anas = 0;
        for (int i = 0; i < 10; i++) {
            long owner =
                    contactsNamed("Turno" + i + " " + run).get(0).getOwner().getId();
            assertTrue(owner == ana.getId() || owner == beto.getId());
            anas += owner == ana.getId() ? 1 : 0;
        }
        assertEquals(5, anas, "dealt out in turns");
        // each owner is told once for the whole import (the earlier import by column told them too)
        List<OutboxRow> toAna = asAdmin.call(() -> mail.outbox(null, 0, 200)).stream()
                .filter(m -> m.getAddress().equalsIgnoreCase(ana.getEmail()))
                .filter(m -> m.getEvent() == MailEvent.RECORDS_ASSIGNED)
                .toList();
        assertEquals(2, toAna.size(), "one mail per import, not one per contact");
        assertTrue(
                toAna.stream().anyMatch(m -> m.getSubject().startsWith("Se le asignaron 5 ")),
                toAna.get(0).getSubject());

        // a group is no owner for round robin when it is a user; a user outside one's reach is refused
        r.ownerId = ana.getId();
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> imports.start(CrmModule.CONTACTS, second.token(), "x.csv", r)));
        assertEquals("ownerId", refused.getField());
    }

    @Test
    void linesOfSeparatorsAreEmptyLinesNotRejectedRowsAndAnUnmappedKeyIsNamed() throws Exception {
        long kept = account("Vacías " + run);
        String csv = "Apellidos;Cuenta;Cargo\n"
                + "A " + run + ";Vacías " + run + ";Gerente\n"
                + ";;\n"
                + " ; ; \n"
                + "B " + run + ";Vacías " + run + ";\n";
        ImportService.Upload upload = upload(CrmModule.CONTACTS, csv, StandardCharsets.UTF_8);
        ImportSettings s = settings(upload, "lastName", "account.name", "title");
        s.ownerId = admin();
        // duplicates by email, which no column holds: named, and the name and account proposed
        assertEquals(List.of(DuplicateKey.EMAIL), asAdmin.call(() -> imports.unmappedKeys(CrmModule.CONTACTS, s)));
        assertEquals(
                Optional.of(DuplicateKey.NAME_AND_ACCOUNT),
                asAdmin.call(() -> imports.mappedKey(CrmModule.CONTACTS, s)));
        ImportRun done = importAndWait(CrmModule.CONTACTS, upload, s);
        assertEquals(2, done.getCreated());
        assertEquals(0, done.getRejected(), "a line of separators is not a contact without a last name");
        assertEquals(2, done.getEmptyLines());
        assertEquals(4, done.getRead());
        assertTrue(kept > 0);
    }

    @Test
    void missingAccountsAreCreatedOnceAndUndoRemovesExactlyWhatTheImportCreated() throws Exception {
        long kept = account("Existente " + run);
        String csv = "Apellidos,Cuenta\n"
                + "A " + run + ",Nueva " + run + "\n"
                + "B " + run + ",nueva " + run + "\n"
                + "C " + run + ",Existente " + run + "\n";
        ImportService.Upload upload = upload(CrmModule.CONTACTS, csv, StandardCharsets.UTF_8);
        ImportSettings s = settings(upload, "lastName", "account.name");
        s.ownerId = admin();
        s.missingAccount = ImportSettings.MissingAccount.CREATE;
        ImportRun done = importAndWait(CrmModule.CONTACTS, upload, s);
        assertEquals(3, done.getCreated());
        List<Account> created = em.createQuery("select a from Account a where a.name = :n", Account.class)
                .setParameter("n", "Nueva " + run)
                .getResultList();
        assertEquals(1, created.size(), "one account for both rows");
        assertEquals(
                created.get(0).getId(),
                contactsNamed("B " + run).get(0).getAccount().getId());

        ImportService.Undone undone = asAdmin.call(() -> imports.undo(done.getId()));
        assertEquals(4, undone.removed(), "three contacts and the account made for them");
        assertTrue(contactsNamed("A " + run).isEmpty());
        assertNull(em.find(Account.class, created.get(0).getId()));
        assertEquals("Existente " + run, em.find(Account.class, kept).getName());
        assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> imports.undo(done.getId())));
    }

    @Test
    void accountsAreImportedWithTheirNitCheckedAndNumbersParsed() throws Exception {
        String csv = "Nombre\tNIT\tEmpleados\tIngresos anuales\tPaís\n"
                + "Uno " + run + "\t900123456-8\t25\t1.234.567,50\tColombia\n"
                + "Dos " + run + "\t900123456-1\t3\t0\tColombia\n"
                + "Tres " + run + "\t20100047218\t2,5\t10\tPerú\n";
        ImportService.Upload upload = upload(CrmModule.ACCOUNTS, csv, StandardCharsets.UTF_8);
        assertEquals('\t', upload.guess().delimiter());
        assertEquals(',', upload.guess().decimal());
        ImportSettings s = settings(upload, "name", "taxId", "employees", "annualRevenue", "billingAddress.country");
        s.ownerId = admin();
        ImportRun done = importAndWait(CrmModule.ACCOUNTS, upload, s);
        assertEquals(1, done.getCreated());
        assertEquals(2, done.getRejected());
        Account uno = em.createQuery("select a from Account a where a.name = :n", Account.class)
                .setParameter("n", "Uno " + run)
                .getSingleResult();
        assertEquals("900123456-8", uno.getTaxId());
        assertEquals(25, uno.getEmployees());
        assertEquals(0, new java.math.BigDecimal("1234567.50").compareTo(uno.getAnnualRevenue()));
        List<CsvRecord> rows = rejected(done.getId(), '\t');
        assertTrue(rows.get(1).getField(6).startsWith("NIT: "), rows.get(1).getField(6));
        assertTrue(
                rows.get(2).getField(6).startsWith("Empleados: "), rows.get(2).getField(6));
    }

    @Test
    void productsAndServicesJoinByTheirDeclarationsWithDuplicatesByNameOverwrittenAndUndone() throws Exception {
        long admin = admin();
        Product monitor = new Product("Monitor " + run);
        monitor.setPartNumber("MN-OLD");
        monitor.setUnitPrice(new java.math.BigDecimal("100"));
        long monitorId = asAdmin.call(() -> products.create(monitor, admin)).getId();
        Product keyboard = new Product("Teclado " + run);
        keyboard.setPartNumber("TK-OLD");
        long keyboardId = asAdmin.call(() -> products.create(keyboard, admin)).getId();
        String csv = "Nombre del producto;Referencia;Categoría;Precio unitario;Cantidad en existencia;"
                + "Fecha inicial de ventas;Fecha final de ventas;Activo\n"
                + "Router " + run + ";RT-1;Hardware;1.250.000,50;12;01/02/2026;31/12/2026;Sí\n"
                + "Licencia " + run + ";LIC-9;CRM applications;99,9;;;;No\n"
                + "Cable " + run + ";CB-2;Cables;5;;;;Sí\n"
                + "Fechas " + run + ";FX-1;Otro;1;;31/12/2026;01/01/2026;Sí\n"
                + "MONITOR " + run + ";MN-NEW;;120;;;;\n"
                + "Teclado " + run + ";TK-NEW;;;;;;\n";
        ImportService.Upload upload = upload(CrmModule.PRODUCTS, csv, StandardCharsets.UTF_8);
        assertEquals(';', upload.guess().delimiter());
        assertEquals("dd/MM/yyyy", upload.guess().dateFormat());
        ImportSettings s = settings(
                upload,
                "name",
                "partNumber",
                "category",
                "unitPrice",
                "quantityInStock",
                "salesStart",
                "salesEnd",
                "active");
        s.ownerId = admin;
        s.duplicateMode = ImportSettings.DuplicateMode.OVERWRITE;
        s.duplicateKeys = new ArrayList<>(List.of(DuplicateKey.NAME));
        assertEquals(List.of(DuplicateKey.NAME), asAdmin.call(() -> imports.duplicateKeys(CrmModule.PRODUCTS)));
        ImportRun done = importAndWait(CrmModule.PRODUCTS, upload, s);
        assertEquals(6, done.getRead());
        assertEquals(2, done.getCreated());
        assertEquals(2, done.getUpdated());
        assertEquals(2, done.getRejected());

        Product router = productNamed("Router " + run);
        assertEquals("RT-1", router.getPartNumber());
        assertEquals("HARDWARE", router.getCategory());
        assertEquals(0, new java.math.BigDecimal("1250000.50").compareTo(router.getUnitPrice()));
        assertEquals(0, new java.math.BigDecimal("12").compareTo(router.getQuantityInStock()));
        assertEquals(java.time.LocalDate.of(2026, 2, 1), router.getSalesStart());
        assertTrue(router.isActive());
        assertNotNull(router.getNumber());
        Product licence = productNamed("Licencia " + run);
        assertEquals("CRM_APPLICATIONS", licence.getCategory(), "matched by its English label");
        assertFalse(licence.isActive());
        Product changed = em.find(Product.class, monitorId);
        assertEquals("MN-NEW", changed.getPartNumber());
        assertEquals(0, new java.math.BigDecimal("120").compareTo(changed.getUnitPrice()));

        List<CsvRecord> rows = rejected(done.getId());
        assertEquals(3, rows.size(), "header and two rejected rows");
        assertEquals("4", rows.get(1).getField(0));
        assertTrue(
                rows.get(1).getField(9).startsWith("Categoría: "), rows.get(1).getField(9));
        assertEquals("5", rows.get(2).getField(0));
        assertTrue(
                rows.get(2).getField(9).startsWith("Fecha final de ventas: "),
                rows.get(2).getField(9));

        // a user changes the keyboard after the import: undo must not throw his change away
        asAdmin.call(() -> {
            Product form = products.get(keyboardId);
            assertEquals("TK-NEW", form.getPartNumber());
            form.setPartNumber("TK-USER");
            return products.update(keyboardId, form.getVersion(), form, admin);
        });
        ImportService.Undone undone = asAdmin.call(() -> imports.undo(done.getId()));
        assertEquals(2, undone.removed());
        assertEquals(1, undone.restored());
        assertEquals(1, undone.changedSince());
        em.clear();
        assertTrue(em.createQuery("select p from Product p where p.name = :n", Product.class)
                .setParameter("n", "Router " + run)
                .getResultList()
                .isEmpty());
        assertEquals("TK-USER", em.find(Product.class, keyboardId).getPartNumber());
        Product restored = em.find(Product.class, monitorId);
        assertEquals("MN-OLD", restored.getPartNumber());
        assertEquals(0, new java.math.BigDecimal("100").compareTo(restored.getUnitPrice()));

        // services: the same pipeline, their own picklists
        ImportService.Upload services = upload(
                CrmModule.SERVICES,
                "Nombre del servicio,Unidad de uso,Precio unitario\nSoporte " + run + ",Horas,80000\n",
                StandardCharsets.UTF_8);
        ImportSettings t = settings(services, "name", "usageUnit", "unitPrice");
        t.ownerId = admin;
        t.duplicateKeys = new ArrayList<>(List.of(DuplicateKey.NAME));
        assertEquals(1, importAndWait(CrmModule.SERVICES, services, t).getCreated());
        ServiceItem support = em.createQuery("select s from ServiceItem s where s.name = :n", ServiceItem.class)
                .setParameter("n", "Soporte " + run)
                .getSingleResult();
        assertEquals("HOURS", support.getUsageUnit());
        assertEquals(0, new java.math.BigDecimal("80000").compareTo(support.getUnitPrice()));
    }

    private Product productNamed(String name) {
        return em.createQuery("select p from Product p where p.name = :n", Product.class)
                .setParameter("n", name)
                .getSingleResult();
    }

    @Test
    void aProfileWithoutTheImportRightIsRefused() throws Exception {
        Profile readOnly = asAdmin.call(profiles::findAll).stream()
                .filter(p -> p.getName().equals("Solo lectura"))
                .findFirst()
                .orElseThrow();
        long top = Fixtures.roleId(asAdmin, roles, "Gerente de ventas");
        Role role = asAdmin.call(
                () -> roles.create("Consulta " + run, top, AssignScope.ALL_USERS, Set.of(readOnly.getId())));
        User reader = newUser("consulta", role.getId());
        byte[] bytes = "Apellidos,Cuenta\nX,Y\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(
                NotAllowedException.class,
                () -> asUser.named(
                        reader.getUsername(),
                        () -> imports.upload(CrmModule.CONTACTS, "x.csv", new ByteArrayInputStream(bytes))));
        // another user's upload is not his to import
        ImportService.Upload upload = upload(CrmModule.CONTACTS, "Apellidos,Cuenta\nX,Y\n", StandardCharsets.UTF_8);
        User other = newUser("otro", null);
        assertTrue(asUser.named(other.getUsername(), () -> imports.mayImport(CrmModule.CONTACTS)));
        ImportSettings s = settings(upload, "lastName", "account.name");
        s.ownerId = other.getId();
        assertThrows(
                org.enlace.crm.common.boundary.NotFoundException.class,
                () -> asUser.named(
                        other.getUsername(), () -> imports.start(CrmModule.CONTACTS, upload.token(), "x.csv", s)));
    }

    @Test
    void aJobStoppedAfterSomeChunksResumesWithNoRowTwiceAndNoneLost() throws Exception {
        account("Reanudar " + run);
        StringBuilder csv = new StringBuilder("Apellidos,Nombre,Cuenta\n");
        int total = 3000;
        for (int i = 0; i < total; i++) {
            csv.append("Reanudar ")
                    .append(run)
                    .append(',')
                    .append("N")
                    .append(i)
                    .append(",Reanudar ")
                    .append(run);
            csv.append('\n');
        }
        ImportService.Upload upload = upload(CrmModule.CONTACTS, csv.toString(), StandardCharsets.UTF_8);
        ImportSettings s = settings(upload, "lastName", "firstName", "account.name");
        s.ownerId = admin();
        System.setProperty("crm.import.chunk", "10");
        long id;
        try {
            id = asAdmin.call(() -> imports.start(CrmModule.CONTACTS, upload.token(), upload.fileName(), s));
        } finally {
            System.clearProperty("crm.import.chunk");
        }
        long until = System.currentTimeMillis() + 60_000;
        while (asAdmin.call(() -> imports.run(id)).getRead() < 200 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        asAdmin.call(() -> {
            imports.stop(id);
            return null;
        });
        ImportRun stopped = waitFor(id, ImportStatus.STOPPED);
        assertTrue(stopped.getRead() >= 200 && stopped.getRead() < total, "stopped part way: " + stopped.getRead());
        assertEquals(stopped.getRead(), stopped.getCreated());
        assertEquals(stopped.getRead(), contactsNamed("Reanudar " + run).size(), "what was counted is there");

        asAdmin.call(() -> {
            imports.resume(id);
            return null;
        });
        ImportRun done = waitFor(id, ImportStatus.COMPLETED);
        assertEquals(total, done.getRead());
        assertEquals(total, done.getCreated());
        List<Contact> all = contactsNamed("Reanudar " + run);
        assertEquals(total, all.size(), "no row twice, none lost");
        assertEquals(total, all.stream().map(Contact::getFirstName).distinct().count());
    }
}
