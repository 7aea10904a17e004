package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.CsvColumn;
import org.enlace.crm.common.boundary.NotAllowedException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.imports.boundary.ExportService;
import org.enlace.crm.inventory.boundary.ProductService;
import org.enlace.crm.inventory.entity.Product;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.ProfileService;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.entity.AssignScope;
import org.enlace.crm.security.entity.Profile;
import org.enlace.crm.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CSV export inside a real WildFly: the list's search decides the records, cells a spreadsheet
 * would run as formulas are neutralised, values as the user reads them, a page of ids, refusal
 * without the profile's export right.
 */
@ExtendWith(ArquillianExtension.class)
class ExportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(ExportIT.class);
    }

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsUser asUser;

    @Inject
    ExportService export;

    @Inject
    ProductService products;

    @Inject
    AccountService accounts;

    @Inject
    ContactService contacts;

    @Inject
    UserService users;

    @Inject
    RoleService roles;

    @Inject
    ProfileService profiles;

    private final String run = "Exp" + UUID.randomUUID().toString().substring(0, 8);

    private List<CsvRecord> read(byte[] csv, char delimiter) {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "UTF-8 BOM");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        List<CsvRecord> records = new ArrayList<>();
        CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(text).forEach(records::add);
        return records;
    }

    private byte[] exportContacts(PageRequest filter, List<Long> ids, char delimiter) throws Exception {
        return asAdmin.call(() -> {
            List<String> headers = export.columns(CrmModule.CONTACTS).stream()
                    .map(c -> String.join(" - ", c.labelKeys()))
                    .toList();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.export(CrmModule.CONTACTS, filter, ids, delimiter, headers, out);
            return out.toByteArray();
        });
    }

    @Test
    void theListsSearchPicksTheRecordsAndEveryCellIsSafeForASpreadsheet() throws Exception {
        long admin = Fixtures.administratorId(asAdmin, users);
        long account = asAdmin.call(() -> accounts.create(new Account("Cuenta; " + run), admin, null))
                .getId();
        List<Long> ids = new ArrayList<>();
        String[][] people = {
            {"=HYPERLINK(\"http://evil.example\",\"clic\")", "+57 300 1234567"},
            {"Ana; María", "601 555 0101"},
            {"  @SUM(1;2)", "-1"}
        };
        for (String[] p : people) {
            Contact c = new Contact();
            c.setLastName(run);
            c.setFirstName(p[0]);
            c.setOfficePhone(p[1].startsWith("-") ? null : p[1]);
            c.setTitle(p[1].startsWith("-") ? "-1" : null);
            c.setSalutation("MR");
            c.setSupportStart(LocalDate.of(2026, 3, 9));
            c.setDoNotCall(true);
            ids.add(asAdmin.call(() -> contacts.create(c, account, admin, null)).getId());
        }
        PageRequest search = new PageRequest(0, 25, null, true, Map.of(), run);

        List<CsvRecord> rows = read(exportContacts(search, null, ';'), ';');
        assertEquals(4, rows.size(), "a header and the three contacts the search finds");
        List<String> header = rows.get(0).getFields();
        int first = header.indexOf("contact.firstName");
        int phone = header.indexOf("contact.officePhone");
        int title = header.indexOf("contact.title");
        int account0 = header.indexOf("contact.account");
        int salutation = header.indexOf("contact.salutation");
        int start = header.indexOf("contact.supportStart");
        int doNotCall = header.indexOf("contact.doNotCall");
        assertTrue(first >= 0 && phone >= 0 && account0 >= 0, header.toString());
        assertEquals(
                "'=HYPERLINK(\"http://evil.example\",\"clic\")", rows.get(1).getField(first));
        assertEquals("'+57 300 1234567", rows.get(1).getField(phone));
        assertEquals("Ana; María", rows.get(2).getField(first));
        assertEquals("'@SUM(1;2)", rows.get(3).getField(first)); // names are stored trimmed
        assertEquals("'-1", rows.get(3).getField(title));
        assertEquals("Cuenta; " + run, rows.get(2).getField(account0));
        assertEquals("Sr.", rows.get(1).getField(salutation));
        assertEquals("09/03/2026", rows.get(1).getField(start));
        assertEquals("Sí", rows.get(1).getField(doNotCall));

        // the current page: only the ids given, still within what the list shows
        List<CsvRecord> page = read(exportContacts(search, List.of(ids.get(1)), ','), ',');
        assertEquals(2, page.size());
        assertEquals("Ana; María", page.get(1).getField(first));
        // checked rows from many pages: read a thousand ids at a time (here 1,500 ids that match
        // nothing come first, then the three contacts)
        List<Long> many = new ArrayList<>();
        for (long i = 1; i <= 1_500; i++) {
            many.add(-i);
        }
        many.addAll(ids);
        PageRequest unfiltered = new PageRequest(0, 25, null, true, Map.of(), null);
        List<CsvRecord> checked = read(exportContacts(unfiltered, many, ','), ',');
        assertEquals(4, checked.size(), "a header and the three contacts");
        assertEquals("Ana; María", checked.get(2).getField(first));
        PageRequest other = new PageRequest(0, 25, null, true, Map.of(), "Nadie" + run);
        assertEquals(
                1, read(exportContacts(other, List.of(ids.get(1)), ','), ',').size(), "header only");
    }

    @Test
    void productsExportTheirDeclaredColumnsWithPricesAndLabelsAsTheUserReadsThem() throws Exception {
        long admin = Fixtures.administratorId(asAdmin, users);
        Product router = new Product("Router " + run);
        router.setPartNumber("=RT-1");
        router.setCategory("CRM_APPLICATIONS");
        router.setUnitPrice(new BigDecimal("1250000.5"));
        router.setSalesStart(LocalDate.of(2026, 2, 1));
        asAdmin.call(() -> products.create(router, admin));
        byte[] csv = asAdmin.call(() -> {
            List<String> headers = export.columns(CrmModule.PRODUCTS).stream()
                    .map(c -> String.join(" - ", c.labelKeys()))
                    .toList();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            export.export(
                    CrmModule.PRODUCTS,
                    new PageRequest(0, 25, null, true, Map.of(), "Router " + run),
                    null,
                    ';',
                    headers,
                    out);
            return out.toByteArray();
        });
        List<CsvRecord> rows = read(csv, ';');
        assertEquals(2, rows.size(), "a header and the product the search finds");
        List<String> header = rows.get(0).getFields();
        CsvRecord row = rows.get(1);
        assertTrue(row.getField(header.indexOf("product.number")).startsWith("PRD-"), row.toString());
        assertEquals("Router " + run, row.getField(header.indexOf("product.name")));
        assertEquals("'=RT-1", row.getField(header.indexOf("product.partNumber")));
        assertEquals("Aplicaciones CRM", row.getField(header.indexOf("product.category")));
        assertEquals("1250000,5", row.getField(header.indexOf("product.unitPrice")));
        assertEquals("01/02/2026", row.getField(header.indexOf("product.salesStart")));
        assertEquals("Sí", row.getField(header.indexOf("product.active")));
        assertTrue(row.getField(header.indexOf("common.owner")).length() > 0);
    }

    @Test
    void aProfileWithoutTheExportRightIsRefused() throws Exception {
        Profile readOnly = asAdmin.call(profiles::findAll).stream()
                .filter(p -> p.getName().equals("Solo lectura"))
                .findFirst()
                .orElseThrow();
        long top = Fixtures.roleId(asAdmin, roles, "Gerente de ventas");
        Role role = asAdmin.call(
                () -> roles.create("Consulta " + run, top, AssignScope.ALL_USERS, Set.of(readOnly.getId())));
        NewUser form = new NewUser();
        form.setUsername("consulta." + run.toLowerCase());
        form.setLastName("Consulta");
        form.setEmail("consulta." + run.toLowerCase() + "@example.com");
        form.setPassword("una clave larga de pruebas " + run);
        form.setRoleId(role.getId());
        asAdmin.call(() -> users.create(form));
        List<CsvColumn> columns = asUser.named(form.getUsername(), () -> export.columns(CrmModule.CONTACTS));
        assertThrows(
                NotAllowedException.class,
                () -> asUser.named(form.getUsername(), () -> {
                    export.export(
                            CrmModule.CONTACTS,
                            PageRequest.first(25),
                            null,
                            ',',
                            columns.stream().map(c -> "x").toList(),
                            new ByteArrayOutputStream());
                    return null;
                }));
    }
}
