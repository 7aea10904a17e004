package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.ModuleDisabledException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.imports.boundary.ExportService;
import org.enlace.crm.inventory.boundary.ProductService;
import org.enlace.crm.inventory.entity.Product;
import org.enlace.crm.lead.boundary.LeadRow;
import org.enlace.crm.lead.boundary.LeadService;
import org.enlace.crm.lead.entity.Lead;
import org.enlace.crm.notification.boundary.MailService;
import org.enlace.crm.notification.boundary.OutboxRow;
import org.enlace.crm.notification.entity.MailEvent;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.ProfileService;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.SharingService;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.control.SecurityDefaults;
import org.enlace.crm.security.entity.AssignScope;
import org.enlace.crm.security.entity.SharingAccess;
import org.enlace.crm.settings.boundary.ModuleService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Prospectos, the first module built only from its definition, inside a real WildFly: numbers,
 * picklists and validation through the one save path, the new owner told by mail whatever the
 * module (products too now), private sharing along the role tree, CSV export from the
 * definition, and the module switch.
 */
@ExtendWith(ArquillianExtension.class)
class LeadIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(LeadIT.class);
    }

    @Inject
    LeadService leads;

    @Inject
    ProductService products;

    @Inject
    ExportService exporter;

    @Inject
    MailService mail;

    @Inject
    ModuleService modules;

    @Inject
    SharingService sharing;

    @Inject
    ProfileService profiles;

    @Inject
    RoleService roles;

    @Inject
    UserService users;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsUser asUser;

    private final String run = "zz" + UUID.randomUUID().toString().substring(0, 8);

    private Lead form(String lastName, String company) {
        Lead lead = new Lead();
        lead.setFirstName("Ana");
        lead.setLastName(lastName);
        lead.setCompany(company);
        lead.setEmail(lastName.toLowerCase() + "." + run + "@example.com");
        lead.setStatus("HOT");
        lead.setSource("TRADE_SHOW");
        lead.setEmployees(40);
        lead.setAnnualRevenue(new BigDecimal("1250000.50"));
        lead.getAddress().setCity("Medellín");
        return lead;
    }

    private long user(String name, long role) throws Exception {
        NewUser form = new NewUser();
        form.setUsername(name + "." + run);
        form.setLastName(name);
        form.setEmail(name + "." + run + "@example.com");
        form.setPassword("una clave larga de pruebas");
        form.setRoleId(role);
        return asAdmin.call(() -> users.create(form)).getId();
    }

    private long role(String name, long parent) throws Exception {
        long sales = asAdmin.call(profiles::findAll).stream()
                .filter(p -> p.getName().equals("Ventas"))
                .findFirst()
                .orElseThrow()
                .getId();
        return asAdmin.call(() -> roles.create(name + " " + run, parent, AssignScope.ALL_USERS, Set.of(sales)))
                .getId();
    }

    private List<OutboxRow> mailsTo(String address) throws Exception {
        return asAdmin.call(() -> mail.outbox(null, 0, 200)).stream()
                .filter(r -> r.getAddress().equalsIgnoreCase(address))
                .toList();
    }

    @Test
    void aLeadGetsItsNumberKeepsItsFieldsAndRefusesBadValues() throws Exception {
        long admin = Fixtures.administratorId(asAdmin, users);
        Lead created = asAdmin.call(() -> leads.create(form("Ospina", "Solar " + run), admin));
        assertTrue(created.getNumber().startsWith("PRS-"), created.getNumber());
        Lead read = asAdmin.call(() -> leads.get(created.getId()));
        assertEquals("Solar " + run, read.getCompany());
        assertEquals("HOT", read.getStatus());
        assertEquals("Medellín", read.getAddress().getCity());
        assertEquals(0, new BigDecimal("1250000.50").compareTo(read.getAnnualRevenue()));

        // an unknown picklist code is refused next to its field; nothing is created
        Lead unknown = form("Rojas", "Otra " + run);
        unknown.setStatus("NO_SUCH_STATUS");
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> leads.create(unknown, admin)));
        assertEquals("status", refused.getField());
        // Bean Validation at the boundary: a lead needs its company, an email must be one
        Lead noCompany = form("Rojas", " ");
        assertThrows(EJBException.class, () -> asAdmin.call(() -> leads.create(noCompany, admin)));
        Lead badMail = form("Rojas", "Otra " + run);
        badMail.setEmail("no es un correo");
        assertThrows(EJBException.class, () -> asAdmin.call(() -> leads.create(badMail, admin)));
        PageRequest search = new PageRequest(0, 25, null, true, Map.of(), "Rojas");
        assertTrue(asAdmin.call(() -> leads.rows(search)).stream()
                .noneMatch(r -> r.company().contains(run)));

        // a stale edit is refused; a fresh one is kept
        read.setTitle("Gerente");
        Lead edited = asAdmin.call(() -> leads.update(read.getId(), read.getVersion(), read, admin));
        assertEquals("Gerente", asAdmin.call(() -> leads.get(edited.getId())).getTitle());
        assertThrows(
                org.enlace.crm.common.boundary.ConflictException.class,
                () -> asAdmin.call(() -> leads.update(read.getId(), read.getVersion(), read, admin)));

        asAdmin.call(() -> {
            leads.delete(created.getId());
            return null;
        });
        assertThrows(NotFoundException.class, () -> asAdmin.call(() -> leads.get(created.getId())));
    }

    @Test
    void theNewOwnerIsToldWhateverTheModule() throws Exception {
        long top = Fixtures.roleId(asAdmin, roles, SecurityDefaults.TOP);
        long seller = user("ejecutivo", role("Ejecutivo", top));
        String address = "ejecutivo." + run + "@example.com";
        Lead lead = asAdmin.call(() -> leads.create(form("Mejía", "Mejía " + run), seller));
        List<OutboxRow> told = mailsTo(address).stream()
                .filter(r -> r.getEvent() == MailEvent.RECORD_ASSIGNED)
                .toList();
        assertEquals(1, told.size(), "one mail for the lead");
        assertTrue(
                told.get(0).getSubject().contains(lead.getNumber()), told.get(0).getSubject());

        // products went through their own path and never told anyone; now they use the same one
        asAdmin.call(() -> products.create(new Product("Inversor " + run), seller));
        assertEquals(
                2,
                mailsTo(address).stream()
                        .filter(r -> r.getEvent() == MailEvent.RECORD_ASSIGNED)
                        .count());

        // saving without changing the owner tells nobody again
        Lead read = asAdmin.call(() -> leads.get(lead.getId()));
        read.setTitle("Compras");
        asAdmin.call(() -> leads.update(read.getId(), read.getVersion(), read, seller));
        assertEquals(
                2,
                mailsTo(address).stream()
                        .filter(r -> r.getEvent() == MailEvent.RECORD_ASSIGNED)
                        .count());
    }

    @Test
    void privateLeadsAreSeenUpTheRoleTreeOnly() throws Exception {
        long top = Fixtures.roleId(asAdmin, roles, SecurityDefaults.TOP);
        long managerRole = role("Gerente", top);
        long manager = user("gerente", managerRole);
        long rep = user("vendedor", role("Vendedor", managerRole));
        long peer = user("par", role("Par", top));
        Lead ofRep = asAdmin.call(() -> leads.create(form("Vendedor", run + " Uno"), rep));
        asAdmin.call(() -> {
            sharing.setDefault(CrmModule.LEADS, SharingAccess.PRIVATE);
            return null;
        });
        try {
            PageRequest search = new PageRequest(0, 25, null, true, Map.of(), "Vendedor");
            List<LeadRow> managerSees = asUser.named("gerente." + run, () -> leads.rows(search));
            assertTrue(managerSees.stream().anyMatch(r -> r.id() == ofRep.getId()), "the manager sees it");
            assertEquals(
                    ofRep.getId(),
                    asUser.named("gerente." + run, () -> leads.get(ofRep.getId()))
                            .getId());
            List<LeadRow> peerSees = asUser.named("par." + run, () -> leads.rows(search));
            assertTrue(peerSees.stream().noneMatch(r -> r.id() == ofRep.getId()), "a peer does not");
            assertThrows(NotFoundException.class, () -> asUser.named("par." + run, () -> leads.get(ofRep.getId())));
            assertEquals(0, asUser.named("par." + run, () -> leads.count(search, 100)) - peerSees.size());
        } finally {
            asAdmin.call(() -> {
                sharing.setDefault(CrmModule.LEADS, SharingAccess.PUBLIC_READ_WRITE_DELETE);
                return null;
            });
        }
        assertTrue(manager > 0 && peer > 0);
    }

    @Test
    void leadsExportFromTheirDefinition() throws Exception {
        long admin = Fixtures.administratorId(asAdmin, users);
        Lead lead = asAdmin.call(() -> leads.create(form("Export", "Exportada " + run), admin));
        List<String> headers = asAdmin.call(() -> exporter.columns(CrmModule.LEADS)).stream()
                .map(c -> String.join(" - ", c.labelKeys()))
                .toList();
        assertTrue(headers.contains("lead.company"), headers.toString());
        assertTrue(headers.contains("lead.address - address.city"), headers.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        asAdmin.call(() -> {
            exporter.export(CrmModule.LEADS, PageRequest.first(25), List.of(lead.getId()), ';', headers, out);
            return null;
        });
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.contains(lead.getNumber()), csv);
        assertTrue(csv.contains("Exportada " + run), csv);
        assertTrue(csv.contains("Medellín"), csv);
    }

    @Test
    void aLeadsModuleTurnedOffRefusesEveryCall() throws Exception {
        asAdmin.call(() -> {
            modules.set(CrmModule.LEADS, false);
            return null;
        });
        try {
            assertThrows(ModuleDisabledException.class, () -> asAdmin.call(() -> leads.rows(PageRequest.first(5))));
        } finally {
            asAdmin.call(() -> {
                modules.set(CrmModule.LEADS, true);
                return null;
            });
        }
        asAdmin.call(() -> leads.rows(PageRequest.first(5)));
    }
}
