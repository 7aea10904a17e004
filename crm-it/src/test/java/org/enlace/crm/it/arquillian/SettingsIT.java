package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.ModuleDisabledException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.NumberSequence;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.inventory.boundary.TaxService;
import org.enlace.crm.inventory.entity.TaxClass;
import org.enlace.crm.lead.boundary.LeadService;
import org.enlace.crm.lead.entity.Lead;
import org.enlace.crm.security.boundary.RoleService;
import org.enlace.crm.security.boundary.UserService;
import org.enlace.crm.settings.boundary.CompanyService;
import org.enlace.crm.settings.boundary.CurrencyService;
import org.enlace.crm.settings.boundary.ModuleService;
import org.enlace.crm.settings.boundary.NumberingService;
import org.enlace.crm.settings.boundary.PicklistService;
import org.enlace.crm.settings.boundary.SettingsService;
import org.enlace.crm.settings.boundary.SetupService;
import org.enlace.crm.settings.entity.Company;
import org.enlace.crm.settings.entity.CompanyLogo;
import org.enlace.crm.settings.entity.Currency;
import org.enlace.crm.settings.entity.PicklistValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Configuración inside a real WildFly: picklist values deleted with a replacement on many records,
 * values restricted to roles, a module turned off and on, the company's NIT and logo checks.
 */
@ExtendWith(ArquillianExtension.class)
class SettingsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(SettingsIT.class);
    }

    @Inject
    LeadService leads;

    @Inject
    PicklistService picklists;

    @Inject
    ModuleService modules;

    @Inject
    CompanyService company;

    @Inject
    AccountService accounts;

    @Inject
    ContactService contacts;

    @Inject
    RoleService roles;

    @Inject
    AsAdmin asAdmin;

    @Inject
    AsUser asUser;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    UserService users;

    @Inject
    SettingsService settings;

    @Inject
    NumberingService numbering;

    @Inject
    TaxService taxes;

    @Inject
    CurrencyService currencies;

    @Inject
    SetupService setup;

    private long ownerOfAdmin() throws Exception {
        return Fixtures.administratorId(asAdmin, users);
    }

    @Test
    void deletingAValueMovesEveryRecordHoldingItToTheReplacementInChunks() throws Exception {
        PicklistValue old =
                asAdmin.call(() -> picklists.add(PicklistField.ACCOUNT_INDUSTRY, "Viejo " + run, "Old " + run));
        PicklistValue target =
                asAdmin.call(() -> picklists.add(PicklistField.ACCOUNT_INDUSTRY, "Nuevo " + run, "New " + run));
        PicklistValue other =
                asAdmin.call(() -> picklists.add(PicklistField.ACCOUNT_INDUSTRY, "Otro " + run, "Other " + run));
        int holding = 400;
        asAdmin.call(() -> {
            long owner = ownerOfAdmin();
            for (int i = 0; i < holding; i++) {
                Account a = new Account("Sector " + run + " " + i);
                a.setIndustry(i % 10 == 0 ? other.getCode() : old.getCode());
                accounts.create(a, owner, null);
            }
            return null;
        });
        long withOld = holding - holding / 10;
        assertEquals(
                withOld, asAdmin.call(() -> picklists.countHolding(PicklistField.ACCOUNT_INDUSTRY, old.getCode())));

        String chunk = System.getProperty("crm.picklist.replaceChunk");
        System.setProperty("crm.picklist.replaceChunk", "37");
        try {
            long moving = asAdmin.call(
                    () -> picklists.delete(PicklistField.ACCOUNT_INDUSTRY, old.getCode(), target.getCode()));
            assertEquals(withOld, moving);
            // no longer offered, at once; its label already reads as the replacement's
            assertFalse(asAdmin.call(() -> picklists.assignable(PicklistField.ACCOUNT_INDUSTRY)).stream()
                    .anyMatch(v -> v.getCode().equals(old.getCode())));
            long deadline = System.currentTimeMillis() + 60_000;
            while (asAdmin.call(() -> picklists.values(PicklistField.ACCOUNT_INDUSTRY)).stream()
                    .anyMatch(v -> v.getCode().equals(old.getCode()))) {
                assertTrue(System.currentTimeMillis() < deadline, "the replacement did not finish in a minute");
                Thread.sleep(200);
            }
        } finally {
            if (chunk == null) {
                System.clearProperty("crm.picklist.replaceChunk");
            } else {
                System.setProperty("crm.picklist.replaceChunk", chunk);
            }
        }
        assertEquals(0, asAdmin.call(() -> picklists.countHolding(PicklistField.ACCOUNT_INDUSTRY, old.getCode())));
        assertEquals(
                withOld, asAdmin.call(() -> picklists.countHolding(PicklistField.ACCOUNT_INDUSTRY, target.getCode())));
        assertEquals(
                holding / 10,
                asAdmin.call(() -> picklists.countHolding(PicklistField.ACCOUNT_INDUSTRY, other.getCode())));
        // a form still sending the deleted code is refused, not stored
        Account late = new Account("Tarde " + run);
        late.setIndustry(old.getCode());
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> asAdmin.call(() -> accounts.create(late, ownerOfAdmin(), null)));
        assertEquals("industry", refused.getField());
    }

    @Test
    void renamingKeepsTheCodeAndReorderingSticks() throws Exception {
        PicklistValue value =
                asAdmin.call(() -> picklists.add(PicklistField.ACCOUNT_RATING, "Tibia " + run, "Warm " + run));
        Account a = new Account("Calificada " + run);
        a.setRating(value.getCode());
        long id = asAdmin.call(() -> accounts.create(a, ownerOfAdmin(), null)).getId();
        asAdmin.call(() -> {
            picklists.relabel(PicklistField.ACCOUNT_RATING, value.getCode(), "Templada " + run, "Lukewarm " + run);
            return null;
        });
        assertEquals(value.getCode(), asAdmin.call(() -> accounts.get(id)).getRating());
        PicklistValue renamed =
                asAdmin.call(() -> settings.current().picklists()).get(PicklistField.ACCOUNT_RATING).stream()
                        .filter(v -> v.getCode().equals(value.getCode()))
                        .findFirst()
                        .orElseThrow();
        assertEquals("Templada " + run, renamed.label("es"));
        assertEquals("Lukewarm " + run, renamed.label("en"));

        List<String> codes = new ArrayList<>(asAdmin.call(() -> picklists.values(PicklistField.ACCOUNT_RATING)).stream()
                .map(PicklistValue::getCode)
                .toList());
        java.util.Collections.reverse(codes);
        asAdmin.call(() -> {
            picklists.reorder(PicklistField.ACCOUNT_RATING, codes);
            return null;
        });
        assertEquals(
                codes,
                asAdmin.call(() -> picklists.assignable(PicklistField.ACCOUNT_RATING)).stream()
                        .map(PicklistValue::getCode)
                        .toList());
        InvalidInputException duplicate = assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> picklists.add(PicklistField.ACCOUNT_RATING, "templada " + run, "x" + run)));
        assertEquals("crm.picklist.label.duplicate", duplicate.getMessageKey());
    }

    @Test
    void aRoleSeesAndAssignsOnlyItsValuesButEveryoneKnowsThemAll() throws Exception {
        long manager = Fixtures.roleId(asAdmin, roles, "Gerente de ventas");
        long executive = Fixtures.roleId(asAdmin, roles, "Ejecutivo de ventas");
        PicklistValue vip = asAdmin.call(() -> picklists.add(PicklistField.ACCOUNT_TYPE, "VIP " + run, "VIP " + run));
        asAdmin.call(() -> {
            picklists.restrict(PicklistField.ACCOUNT_TYPE, vip.getCode(), Set.of(executive));
            return null;
        });
        assertFalse(asUser.call(() -> picklists.assignable(PicklistField.ACCOUNT_TYPE)).stream()
                .anyMatch(v -> v.getCode().equals(vip.getCode())));
        assertTrue(asUser.call(() -> settings.current().picklists()).get(PicklistField.ACCOUNT_TYPE).stream()
                .anyMatch(v -> v.getCode().equals(vip.getCode())));
        Account a = new Account("Restringida " + run);
        a.setType(vip.getCode());
        long me = asUserId();
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> asUser.call(() -> accounts.create(a, me, null)));
        assertEquals("crm.picklist.value.notAllowed", refused.getMessageKey());

        asAdmin.call(() -> {
            picklists.restrict(PicklistField.ACCOUNT_TYPE, vip.getCode(), Set.of(executive, manager));
            return null;
        });
        Account created = asUser.call(() -> accounts.create(a, me, null));
        assertEquals(vip.getCode(), created.getType());
        // an administrator sees every value
        assertTrue(asAdmin.call(() -> picklists.assignable(PicklistField.ACCOUNT_TYPE)).stream()
                .anyMatch(v -> v.getCode().equals(vip.getCode())));
    }

    private long asUserId() throws Exception {
        asUser.call(() -> null);
        return asAdmin.call(users::findAll).stream()
                .filter(u -> u.getUsername().equals(AsUser.DEFAULT))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    @Test
    void aModuleTurnedOffRefusesItsServicesAndComesBackWithItsData() throws Exception {
        long owner = ownerOfAdmin();
        long accountId = asAdmin.call(() -> accounts.create(new Account("Con contactos " + run), owner, null))
                .getId();
        Contact form = new Contact();
        form.setLastName("Apagado " + run);
        long contactId = asAdmin.call(() -> contacts.create(form, accountId, owner, null))
                .getId();
        try {
            asAdmin.call(() -> {
                modules.set(CrmModule.CONTACTS, false);
                return null;
            });
            assertFalse(asUser.call(() -> modules.states()).get(CrmModule.CONTACTS));
            assertThrows(ModuleDisabledException.class, () -> asAdmin.call(() -> contacts.get(contactId)));
            assertThrows(
                    ModuleDisabledException.class,
                    () -> asUser.call(() -> contacts.rows(new PageRequest(0, 10, null, true, null, null))));
            assertThrows(
                    InvalidInputException.class,
                    () -> asAdmin.call(() -> {
                        modules.set(CrmModule.ACCOUNTS, false);
                        return null;
                    }));
        } finally {
            asAdmin.call(() -> {
                modules.set(CrmModule.CONTACTS, true);
                return null;
            });
        }
        assertTrue(asUser.call(() -> modules.states()).get(CrmModule.CONTACTS));
        assertEquals(
                "Apagado " + run, asAdmin.call(() -> contacts.get(contactId)).getLastName());
    }

    @Test
    void theCompanyNitIsCheckedInColombiaAndKeptAsTypedElsewhere() throws Exception {
        Company form = asAdmin.call(company::get);
        long version = form.getVersion();
        form.setName("Enlace " + run);
        form.getAddress().setCountry("Colombia");
        form.setTaxId("900.123.456-7");
        InvalidInputException wrong =
                assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> company.save(form, version)));
        assertEquals("taxId", wrong.getField());
        form.setTaxId("900.123.456-8");
        Company saved = asAdmin.call(() -> company.save(form, version));
        assertEquals("900123456-8", saved.getTaxId());
        assertEquals("Enlace " + run, asUser.call(settings::current).companyName());

        Company abroad = asAdmin.call(company::get);
        abroad.getAddress().setCountry("Perú");
        abroad.setTaxId("20100047218");
        assertEquals(
                "20100047218",
                asAdmin.call(() -> company.save(abroad, abroad.getVersion())).getTaxId());
        // staff may read the details, not change them
        assertThrows(Exception.class, () -> asUser.call(() -> company.save(abroad, abroad.getVersion() + 1)));
    }

    @Test
    void theLogoIsCheckedByItsContentAndStoredReEncoded() throws Exception {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] fiveMegabytes = Arrays.copyOf(png(20, 10), 5 * 1024 * 1024);
        assertEquals("crm.image.type", refusal(html));
        assertEquals("crm.image.tooLarge", refusal(fiveMegabytes));
        assertEquals("crm.image.empty", refusal(new byte[0]));
        assertEquals("crm.image.dimensions", refusal(png(4001, 3)));

        long before = asUser.call(settings::current).logoVersion();
        asAdmin.call(() -> company.setLogo(png(300, 120)));
        long after = asUser.call(settings::current).logoVersion();
        assertTrue(after > 0 && after != before);
        CompanyLogo logo = asUser.call(company::logo);
        assertNotNull(logo);
        assertEquals("image/png", logo.getMediaType());
        assertEquals(300, logo.getWidth());
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(logo.getContent()));
        assertEquals(120, stored.getHeight());
        byte[] magic = Arrays.copyOf(logo.getContent(), 4);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, magic);
        assertThrows(Exception.class, () -> asUser.call(() -> company.setLogo(png(10, 10))));
    }

    @Test
    void numbersStayUniqueWhenManyCreateAtOnce() throws Exception {
        long owner = ownerOfAdmin();
        int threads = 8;
        int each = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<java.util.concurrent.Future<List<String>>> results = new ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                start.await();
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    String name = "Concurrente " + run + " " + thread + "-" + i;
                    numbers.add(asAdmin.call(() -> accounts.create(new Account(name), owner, null))
                            .getNumber());
                }
                return numbers;
            }));
        }
        start.countDown();
        Set<String> all = new java.util.HashSet<>();
        int total = 0;
        for (java.util.concurrent.Future<List<String>> result : results) {
            List<String> numbers = result.get(2, java.util.concurrent.TimeUnit.MINUTES);
            total += numbers.size();
            all.addAll(numbers);
        }
        pool.shutdown();
        assertEquals(threads * each, total);
        assertEquals(total, all.size(), "a number was handed out twice: " + all);
    }

    @Test
    void numberingChangesNeverRepeatANumber() throws Exception {
        NumberSequence before = asAdmin.call(numbering::all).stream()
                .filter(s -> s.getModule().equals("CONTACT"))
                .findFirst()
                .orElseThrow();
        InvalidInputException lower = assertThrows(
                InvalidInputException.class,
                () -> asAdmin.call(() -> numbering.renumber("CONTACT", before.getPrefix(), before.getNextValue() - 1)));
        assertEquals("crm.numbering.lower", lower.getMessageKey());
        NumberSequence after =
                asAdmin.call(() -> numbering.renumber("CONTACT", before.getPrefix(), before.getNextValue() + 500));
        assertEquals(before.getPrefix() + (before.getNextValue() + 500), after.preview());
        long owner = ownerOfAdmin();
        long accountId = asAdmin.call(() -> accounts.create(new Account("Numerada " + run), owner, null))
                .getId();
        Contact form = new Contact();
        form.setLastName("Numerado " + run);
        Contact created = asAdmin.call(() -> contacts.create(form, accountId, owner, null));
        assertEquals(after.preview(), created.getNumber());
        // going back to a prefix whose next number a record holds is refused
        Account taken = asAdmin.call(() -> accounts.get(accountId));
        String number = taken.getNumber();
        String prefix = number.substring(0, number.lastIndexOf('-') + 1);
        long value = Long.parseLong(number.substring(prefix.length()));
        asAdmin.call(() -> numbering.renumber("ACCOUNT", "TMP-", 1));
        InvalidInputException reused = assertThrows(
                InvalidInputException.class, () -> asAdmin.call(() -> numbering.renumber("ACCOUNT", prefix, value)));
        assertEquals("crm.numbering.taken", reused.getMessageKey());
        asAdmin.call(() -> numbering.renumber("ACCOUNT", prefix, value + 1));
    }

    @Test
    void taxesAndCurrenciesKeepTheirRules() throws Exception {
        List<TaxClass> defaults = asUser.call(taxes::all);
        assertTrue(defaults.stream()
                .anyMatch(t -> t.getCode().equals("IVA_19") && t.getRate().compareTo(new BigDecimal("19")) == 0));
        assertTrue(defaults.stream().anyMatch(t -> t.getCode().equals("EXENTO")));
        TaxClass added = asAdmin.call(() -> taxes.add("Impoconsumo " + run, new BigDecimal("8")));
        assertEquals(
                new BigDecimal("800"), added.taxOn(new BigDecimal("10000"), 0).setScale(0));
        asAdmin.call(() -> taxes.update(added.getCode(), "Impoconsumo " + run, new BigDecimal("8"), false));
        assertFalse(asUser.call(taxes::all).stream()
                .filter(t -> t.getCode().equals(added.getCode()))
                .findFirst()
                .orElseThrow()
                .isActive());
        assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> taxes.add("iva 19 %", BigDecimal.ONE)));

        Currency base = asUser.call(currencies::base);
        assertEquals("COP", base.getCode());
        Currency usd = asUser.call(currencies::all).stream()
                .filter(c -> c.getCode().equals("USD"))
                .findFirst()
                .orElseThrow();
        assertEquals(new BigDecimal("25.00"), usd.fromBase(new BigDecimal("100000")));
        Currency mxn = new Currency("MXN", "Peso mexicano", "MX$", 2, new BigDecimal("0.0045"));
        asAdmin.call(() -> currencies.add(mxn));
        assertThrows(
                Exception.class,
                () -> asAdmin.call(() -> currencies.add(new Currency("mx", "x", "x", 2, BigDecimal.ONE))));
        Currency baseForm = asAdmin.call(currencies::base);
        baseForm.setActive(false);
        assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> currencies.update(baseForm)));
    }

    @Test
    void theChecklistMeasuresTheStepsFromTheData() throws Exception {
        List<SetupService.Step> steps = asAdmin.call(setup::checklist);
        assertEquals(8, steps.size());
        assertEquals("leads", steps.get(7).key());
        assertTrue(steps.get(7).available(), "leads exist now");
        long owner = ownerOfAdmin();
        asAdmin.call(() -> accounts.create(new Account("Paso " + run), owner, null));
        Lead lead = new Lead();
        lead.setLastName("Paso " + run);
        lead.setCompany("Paso " + run);
        asAdmin.call(() -> leads.create(lead, owner));
        asAdmin.call(() -> picklists.add(PicklistField.LEAD_SOURCE, "Feria " + run, "Fair " + run));
        steps = asAdmin.call(setup::checklist);
        assertTrue(step(steps, "accounts").done());
        assertTrue(step(steps, "leads").done());
        assertTrue(step(steps, "picklists").done());
        assertThrows(Exception.class, () -> asUser.call(setup::checklist));
    }

    private static SetupService.Step step(List<SetupService.Step> steps, String key) {
        return steps.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private String refusal(byte[] upload) throws Exception {
        long version = asAdmin.call(company::get).getLogoVersion();
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> asAdmin.call(() -> company.setLogo(upload)));
        assertEquals("logo", refused.getField());
        assertEquals(version, asAdmin.call(company::get).getLogoVersion());
        return refused.getMessageKey();
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
