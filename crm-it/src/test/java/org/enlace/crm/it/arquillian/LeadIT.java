package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.ModuleDisabledException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.boundary.Transfer;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.imports.boundary.ExportService;
import org.enlace.crm.inventory.boundary.ProductService;
import org.enlace.crm.inventory.entity.Product;
import org.enlace.crm.lead.boundary.Conversion;
import org.enlace.crm.lead.boundary.LeadRow;
import org.enlace.crm.lead.boundary.LeadService;
import org.enlace.crm.lead.entity.Lead;
import org.enlace.crm.notification.boundary.MailService;
import org.enlace.crm.notification.boundary.OutboxRow;
import org.enlace.crm.notification.entity.MailEvent;
import org.enlace.crm.opportunity.boundary.OpportunityService;
import org.enlace.crm.opportunity.boundary.PipelineColumn;
import org.enlace.crm.opportunity.entity.Opportunity;
import org.enlace.crm.record.boundary.TurnsService;
import org.enlace.crm.record.control.RoundRobins;
import org.enlace.crm.security.boundary.GroupService;
import org.enlace.crm.security.boundary.NewUser;
import org.enlace.crm.security.boundary.ProfileService;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.SharingService;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.security.control.SecurityDefaults;
import org.enlace.crm.security.entity.AssignScope;
import org.enlace.crm.security.entity.Member;
import org.enlace.crm.security.entity.PartyKind;
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
    AccountService accounts;

    @Inject
    ContactService contacts;

    @Inject
    OpportunityService opportunities;

    @Resource
    ManagedExecutorService executor;

    @Inject
    GroupService groups;

    @Inject
    TurnsService turns;

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

    private Conversion conversion(boolean withOpportunity) {
        Conversion c = new Conversion();
        c.setCreateOpportunity(withOpportunity);
        c.getOpportunity().setName("Techos solares " + run);
        c.getOpportunity().setAmount(new BigDecimal("45000000"));
        c.getOpportunity().setCloseDate(LocalDate.now().plusDays(30));
        c.getOpportunity().setStage("QUALIFICATION");
        return c;
    }

    @Test
    void aConvertedLeadBecomesAnAccountAContactAndAnOpportunityOnce() throws Exception {
        long admin = Fixtures.administratorId(asAdmin, users);
        Lead lead = asAdmin.call(() -> leads.create(form("Cárdenas", "Energía Andina " + run), admin));

        // a missing required target field is named, and nothing is created
        Conversion noDate = conversion(true);
        noDate.getOpportunity().setCloseDate(null);
        InvalidInputException named = assertThrows(
                InvalidInputException.class, () -> asAdmin.call(() -> leads.convert(lead.getId(), noDate)));
        assertEquals("opportunity.closeDate", named.getField());
        assertFalse(asAdmin.call(() -> leads.get(lead.getId())).isConverted());
        assertEquals(0, asAdmin.call(() -> leads.matchingAccounts(lead.getId())).size(), "no account was created");

        Lead converted = asAdmin.call(() -> leads.convert(lead.getId(), conversion(true)));
        assertTrue(converted.isConverted());
        Account account = asAdmin.call(() -> accounts.get(converted.getConvertedAccountId()));
        assertEquals("Energía Andina " + run, account.getName());
        assertEquals("Medellín", account.getBillingAddress().getCity());
        Contact contact = asAdmin.call(() -> contacts.get(converted.getConvertedContactId()));
        assertEquals("Cárdenas", contact.getLastName());
        assertEquals(account.getId(), contact.getAccount().getId());
        assertEquals(lead.getEmail(), contact.getEmail());
        Opportunity opportunity = asAdmin.call(() -> opportunities.get(converted.getConvertedOpportunityId()));
        assertEquals("Techos solares " + run, opportunity.getName());
        assertEquals(account.getId(), opportunity.getAccount().getId());
        assertEquals(contact.getId(), opportunity.getContact().getId());
        assertEquals("TRADE_SHOW", opportunity.getSource());
        assertEquals(20, opportunity.getProbability(), "the stage's probability");
        assertTrue(opportunity.getNumber().startsWith("OPO-"), opportunity.getNumber());

        // converted: read-only, and a second conversion creates nothing
        Lead again = asAdmin.call(() -> leads.get(lead.getId()));
        again.setTitle("Otro");
        InvalidInputException readOnly = assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> leads.update(again.getId(), again.getVersion(), again, admin)));
        assertEquals("crm.lead.converted", readOnly.getMessageKey());
        InvalidInputException twice = assertThrows(
                InvalidInputException.class, () -> asAdmin.call(() -> leads.convert(lead.getId(), conversion(true))));
        assertEquals("crm.lead.converted", twice.getMessageKey());
        assertEquals(1, asAdmin.call(() -> leads.matchingAccounts(lead.getId())).size(), "still one account");
        assertEquals(3, asAdmin.call(() -> leads.convertedInto(lead.getId())).size());
    }

    @Test
    void aCompanyMatchingAccountsIsOfferedNeverMergedSilently() throws Exception {
        long admin = Fixtures.administratorId(asAdmin, users);
        String company = "Hidro " + run;
        Account first = asAdmin.call(() -> accounts.create(new Account(company), admin, null));
        asAdmin.call(() -> accounts.create(new Account("HIDRO " + run), admin, null));
        Lead lead = asAdmin.call(() -> leads.create(form("Zapata", company), admin));
        assertEquals(2, asAdmin.call(() -> leads.matchingAccounts(lead.getId())).size());

        InvalidInputException asks = assertThrows(
                InvalidInputException.class, () -> asAdmin.call(() -> leads.convert(lead.getId(), conversion(false))));
        assertEquals("account", asks.getField());
        assertEquals("crm.lead.convert.accountExists", asks.getMessageKey());

        Conversion pick = conversion(false);
        pick.setAccountId(first.getId());
        Lead converted = asAdmin.call(() -> leads.convert(lead.getId(), pick));
        assertEquals(first.getId(), converted.getConvertedAccountId());
        assertEquals(null, converted.getConvertedOpportunityId());
        assertEquals(2, asAdmin.call(() -> leads.matchingAccounts(lead.getId())).size(), "no third account");
    }

    @Test
    void twoSimultaneousConversionsMakeOne() throws Exception {
        long admin = Fixtures.administratorId(asAdmin, users);
        Lead lead = asAdmin.call(() -> leads.create(form("Paz", "Doble " + run), admin));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> tries = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            tries.add(executor.submit(() -> {
                start.await();
                try {
                    asAdmin.call(() -> leads.convert(lead.getId(), conversion(true)));
                    return "converted";
                } catch (InvalidInputException e) {
                    return e.getMessageKey();
                } catch (Exception e) {
                    return e.toString();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> t : tries) {
            outcomes.add(t.get(60, TimeUnit.SECONDS));
        }
        Collections.sort(outcomes);
        assertEquals(List.of("converted", "crm.lead.converted"), outcomes);
        assertEquals(1, asAdmin.call(() -> leads.matchingAccounts(lead.getId())).size(), "one account");
        PageRequest byName = new PageRequest(0, 25, null, true, Map.of(), "Techos solares " + run);
        assertEquals(1, asAdmin.call(() -> opportunities.rows(byName)).size(), "one opportunity");
    }

    @Test
    void thePipelineTotalsOpenStagesAndAMoveIsCheckedLikeAnEdit() throws Exception {
        long top = Fixtures.roleId(asAdmin, roles, SecurityDefaults.TOP);
        long seller = user("pipeline", role("Pipeline", top));
        long admin = Fixtures.administratorId(asAdmin, users);
        Account account = asAdmin.call(() -> accounts.create(new Account("Embudo " + run), seller, null));
        for (String[] o : new String[][] {
            {"A", "PROSPECTING", "100"}, {"B", "PROSPECTING", "250.50"}, {"C", "NEGOTIATION", "1000"}
        }) {
            Opportunity p = new Opportunity();
            p.setName(o[0] + " " + run);
            p.setStage(o[1]);
            p.setAmount(new BigDecimal(o[2]));
            p.setCloseDate(LocalDate.now().plusDays(10));
            asAdmin.call(() -> opportunities.create(p, seller, Map.of("account", account.getId())));
        }
        List<PipelineColumn> board = asAdmin.call(() -> opportunities.pipeline(seller, 50));
        assertFalse(board.stream().anyMatch(c -> Opportunity.isClosed(c.stage())), "closed stages are not columns");
        PipelineColumn prospecting = column(board, "PROSPECTING");
        assertEquals(2, prospecting.count());
        assertEquals(0, new BigDecimal("350.50").compareTo(prospecting.total()));
        assertEquals(1, column(board, "NEGOTIATION").count());

        long id = prospecting.cards().get(0).id();
        Opportunity won = asAdmin.call(() -> opportunities.moveTo(id, Opportunity.WON));
        assertEquals(LocalDate.now(), won.getClosedOn());
        assertEquals(
                1,
                column(asAdmin.call(() -> opportunities.pipeline(seller, 50)), "PROSPECTING")
                        .count());

        // someone who may only read it: refused, and the stage stays
        asAdmin.call(() -> {
            sharing.setDefault(CrmModule.ACCOUNTS, SharingAccess.PUBLIC_READ);
            return null;
        });
        try {
            long other = prospecting.cards().get(1).id();
            long peer = user("lector", role("Lector", top));
            assertTrue(peer > 0);
            assertThrows(
                    org.enlace.crm.common.boundary.NotAllowedException.class,
                    () -> asUser.named("lector." + run, () -> opportunities.moveTo(other, "NEGOTIATION")));
            assertEquals(
                    "PROSPECTING", asAdmin.call(() -> opportunities.get(other)).getStage());
        } finally {
            asAdmin.call(() -> {
                sharing.setDefault(CrmModule.ACCOUNTS, SharingAccess.PUBLIC_READ_WRITE_DELETE);
                return null;
            });
        }
        assertTrue(admin > 0);
    }

    @Test
    void aMassTransferTellsTheNewOwnerOnceAndNamesWhatItCouldNotMove() throws Exception {
        long top = Fixtures.roleId(asAdmin, roles, SecurityDefaults.TOP);
        long admin = Fixtures.administratorId(asAdmin, users);
        long seller = user("receptor", role("Receptor", top));
        List<Long> ids = new ArrayList<>();
        for (String name : List.of("Uno", "Dos", "Tres")) {
            ids.add(asAdmin.call(() -> leads.create(form(name, "Masivo " + run), admin))
                    .getId());
        }
        Transfer done = asAdmin.call(() -> leads.transfer(ids, seller));
        assertEquals(3, done.moved());
        assertTrue(done.refused().isEmpty());
        for (long id : ids) {
            assertEquals(seller, asAdmin.call(() -> leads.get(id)).getOwner().getId());
        }
        List<OutboxRow> told = mailsTo("receptor." + run + "@example.com");
        assertEquals(1, told.size(), "one mail for the three");
        assertEquals(MailEvent.RECORDS_ASSIGNED, told.get(0).getEvent());
        assertTrue(told.get(0).getSubject().contains("3"), told.get(0).getSubject());

        // a user who may only read them: each refused by name, the owner kept
        long reader = user("solo", role("Solo", top));
        asAdmin.call(() -> {
            sharing.setDefault(CrmModule.LEADS, SharingAccess.PUBLIC_READ);
            return null;
        });
        try {
            Transfer refused = asUser.named("solo." + run, () -> leads.transfer(ids.subList(0, 2), reader));
            assertEquals(0, refused.moved());
            assertEquals(2, refused.refused().size());
            assertEquals(
                    seller, asAdmin.call(() -> leads.get(ids.get(0))).getOwner().getId());
        } finally {
            asAdmin.call(() -> {
                sharing.setDefault(CrmModule.LEADS, SharingAccess.PUBLIC_READ_WRITE_DELETE);
                return null;
            });
        }
    }

    @Test
    void newLeadsAreDealtInTurnsAmongTheGroupsActiveMembers() throws Exception {
        long top = Fixtures.roleId(asAdmin, roles, SecurityDefaults.TOP);
        long role = role("Turnos", top);
        List<Long> members = new ArrayList<>();
        for (String name : List.of("t1", "t2", "t3", "t4")) {
            members.add(user(name, role));
        }
        Set<Member> of = new java.util.HashSet<>();
        members.forEach(m -> of.add(new Member(PartyKind.USER, m)));
        long group =
                asAdmin.call(() -> groups.create("Turnos " + run, null, of)).getId();
        long inactive = members.get(3);
        asAdmin.call(() -> {
            users.setActive(inactive, false);
            turns.dealInTurns(CrmModule.LEADS, group);
            return null;
        });
        try {
            assertTrue(asAdmin.call(leads::dealsInTurns));
            Map<Long, Integer> dealt = new java.util.HashMap<>();
            for (int i = 0; i < 10; i++) {
                int n = i;
                Lead lead = asAdmin.call(() -> leads.create(form("Turno" + n, "Turnos " + run), RoundRobins.IN_TURNS));
                dealt.merge(lead.getOwner().getId(), 1, Integer::sum);
            }
            assertEquals(Set.copyOf(members.subList(0, 3)), dealt.keySet(), "the inactive member gets none");
            for (int count : dealt.values()) {
                assertTrue(count == 3 || count == 4, dealt.toString());
            }
        } finally {
            asAdmin.call(() -> {
                turns.dealInTurns(CrmModule.LEADS, null);
                return null;
            });
        }
        InvalidInputException none = assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> leads.create(form("Nadie", "Turnos " + run), RoundRobins.IN_TURNS)));
        assertEquals("owner", none.getField());
    }

    private static PipelineColumn column(List<PipelineColumn> board, String stage) {
        return board.stream().filter(c -> c.stage().equals(stage)).findFirst().orElseThrow();
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
