package org.enlace.crm.it.arquillian;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.lead.boundary.Conversion;
import org.enlace.crm.lead.boundary.LeadService;
import org.enlace.crm.lead.entity.Lead;
import org.enlace.crm.opportunity.boundary.OpportunityService;
import org.enlace.crm.security.boundary.UserService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sales benchmark (bash bench/sales.sh; not part of the test suite), inside the managed
 * WildFly the integration tests use, on its embedded Derby: 200,000 opportunities over 2,000
 * accounts and the ten stages written in JDBC batches, then the medians of the Oportunidades
 * list's first page and page 40 (rows and count, as the page asks), a quick search, the pipeline
 * (all owners and one owner), and 200 lead conversions (account, contact and opportunity each).
 * Prints its table to target/it/arquillian/sales-bench.txt.
 */
@ExtendWith(ArquillianExtension.class)
class SalesBench {

    private static final int ACCOUNTS = 2_000;
    private static final int OPPORTUNITIES = 200_000;
    private static final int CONVERSIONS = 200;
    private static final long BASE_ID = 9_000_000_000L;
    private static final List<String> STAGES = List.of(
            "PROSPECTING",
            "QUALIFICATION",
            "NEEDS_ANALYSIS",
            "VALUE_PROPOSITION",
            "DECISION_MAKERS",
            "PERCEPTION_ANALYSIS",
            "PROPOSAL",
            "NEGOTIATION",
            "CLOSED_WON",
            "CLOSED_LOST");

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(SalesBench.class);
    }

    @Inject
    AsAdmin asAdmin;

    @Inject
    UserService users;

    @Inject
    OpportunityService opportunities;

    @Inject
    LeadService leads;

    @Resource(lookup = "java:/jdbc/crmDS")
    DataSource data;

    @Resource
    UserTransaction transaction;

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void salesFigures() throws Exception {
        long owner = Fixtures.administratorId(asAdmin, users);
        long seeded = System.nanoTime();
        seed(owner);
        double seedSeconds = (System.nanoTime() - seeded) / 1e9;

        StringBuilder out = new StringBuilder(String.format(
                "Sales benchmark, %,d opportunities over %,d accounts (seeded in %.1f s), medians in ms%n",
                OPPORTUNITIES, ACCOUNTS, seedSeconds));
        PageRequest first = PageRequest.first(25);
        PageRequest page40 = new PageRequest(39 * 25, 25, null, true, java.util.Map.of(), null);
        PageRequest search = new PageRequest(0, 25, null, true, java.util.Map.of(), "Oportunidad 12345");
        line(
                out,
                "list, first page (rows + count)",
                50,
                () -> time(() -> {
                    asAdmin.call(() -> opportunities.rows(first));
                    asAdmin.call(() -> opportunities.count(first, 100));
                }));
        line(
                out,
                "list, page 40 (rows + count)",
                50,
                () -> time(() -> {
                    asAdmin.call(() -> opportunities.rows(page40));
                    asAdmin.call(() -> opportunities.count(page40, 1100));
                }));
        line(out, "list, quick search by name", 50, () -> time(() -> asAdmin.call(() -> opportunities.rows(search))));
        line(
                out,
                "pipeline, everyone (8 columns x 50 cards)",
                30,
                () -> time(() -> asAdmin.call(() -> opportunities.pipeline(null, 50))));
        line(out, "pipeline, one owner", 30, () -> time(() -> asAdmin.call(() -> opportunities.pipeline(owner, 50))));

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < CONVERSIONS + 3; i++) { // three more for the warm-up
            Lead lead = new Lead();
            lead.setLastName("Conversión " + i);
            lead.setCompany("Empresa " + run + " " + i);
            lead.setEmail("conv" + i + "." + run + "@example.com");
            ids.add(asAdmin.call(() -> leads.create(lead, owner)).getId());
        }
        int[] next = {0};
        line(
                out,
                "lead conversion (account + contact + opportunity)",
                CONVERSIONS,
                () -> time(() -> {
                    long id = ids.get(next[0]++);
                    Conversion c = new Conversion();
                    c.setCreateOpportunity(true);
                    c.getOpportunity().setCloseDate(LocalDate.now().plusDays(30));
                    c.getOpportunity().setStage("PROSPECTING");
                    c.getOpportunity().setAmount(new BigDecimal("1000000"));
                    asAdmin.call(() -> leads.convert(id, c));
                }));
        Path target = Path.of(System.getProperty("jboss.home.dir"), "..", "sales-bench.txt");
        Files.writeString(target, out.toString());
        System.out.println(out);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static long time(Work work) {
        long start = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - start;
    }

    /** A few warm-up calls, then the median and the 90th percentile of n calls. */
    private static void line(StringBuilder out, String what, int n, LongSupplier call) {
        for (int i = 0; i < 3; i++) {
            call.getAsLong();
        }
        long[] took = new long[n];
        for (int i = 0; i < n; i++) {
            took[i] = call.getAsLong();
        }
        Arrays.sort(took);
        out.append(String.format(
                "%-52s median %7.2f   p90 %7.2f   (%d calls)%n",
                what, took[n / 2] / 1e6, took[(int) (n * 0.9)] / 1e6, n));
    }

    /** Accounts and opportunities written in JDBC batches of 5,000 rows, ids far above the sequence's. */
    private void seed(long owner) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        transaction.begin();
        try (Connection c = data.getConnection();
                PreparedStatement account = c.prepareStatement("INSERT INTO crm_account (id, version, created_at,"
                        + " modified_at, owner_id, account_number, name) VALUES (?, 0, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ACCOUNTS; i++) {
                account.setLong(1, BASE_ID + i);
                account.setTimestamp(2, now);
                account.setTimestamp(3, now);
                account.setLong(4, owner);
                account.setString(5, "B" + run + "-" + i);
                account.setString(6, "Cuenta de banco " + run + " " + i);
                account.addBatch();
            }
            account.executeBatch();
        }
        transaction.commit();
        for (int from = 0; from < OPPORTUNITIES; from += 5_000) {
            transaction.begin();
            try (Connection c = data.getConnection();
                    PreparedStatement p = c.prepareStatement("INSERT INTO crm_opportunity (id, version, created_at,"
                            + " modified_at, owner_id, opportunity_number, name, account_id, amount, close_date,"
                            + " stage, probability) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = from; i < from + 5_000; i++) {
                    p.setLong(1, BASE_ID + ACCOUNTS + i);
                    p.setTimestamp(2, now);
                    p.setTimestamp(3, now);
                    p.setLong(4, owner);
                    p.setString(5, "B" + run + "-" + i);
                    p.setString(6, "Oportunidad " + i + " " + run);
                    p.setLong(7, BASE_ID + (i % ACCOUNTS));
                    p.setBigDecimal(8, BigDecimal.valueOf(1_000_000L + (i % 997) * 1000L));
                    p.setDate(9, Date.valueOf(LocalDate.now().plusDays(i % 365)));
                    p.setString(10, STAGES.get(i % STAGES.size()));
                    p.setInt(11, 10);
                    p.addBatch();
                }
                p.executeBatch();
            }
            transaction.commit();
        }
    }
}
