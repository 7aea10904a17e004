package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.enlace.crm.common.boundary.DuplicateKey;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.imports.boundary.ImportService;
import org.enlace.crm.imports.boundary.ImportSettings;
import org.enlace.crm.imports.entity.ImportRun;
import org.enlace.crm.imports.entity.ImportStatus;
import org.enlace.crm.security.boundary.UserService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The import benchmark (bash bench/import.sh; not part of the test suite), inside the managed
 * WildFly the integration tests use, on its embedded Derby: 10,000 accounts imported, then
 * 100,000 contacts linked to them by name, 5 % bad rows, duplicates checked on email (1 % of
 * the rows repeat an earlier email), end to end from the upload to the last chunk. Samples the
 * heap every 50 ms. Prints its table to target/it/arquillian/import-bench.txt.
 */
@ExtendWith(ArquillianExtension.class)
class ImportBench {

    private static final int ACCOUNTS = 10_000;
    private static final int CONTACTS = 100_000;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(ImportBench.class, HeapSampler.class);
    }

    @Inject
    AsAdmin asAdmin;

    @Inject
    ImportService imports;

    @Inject
    UserService users;

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    /** One import end to end: the figures and the heap. */
    private record Measure(ImportRun run, double seconds, long heapBefore, long heapPeak) {}

    private Measure importFile(CrmModule module, byte[] csv, ImportSettings s) throws Exception {
        HeapSampler heap = new HeapSampler();
        long start = System.nanoTime();
        ImportService.Upload upload =
                asAdmin.call(() -> imports.upload(module, "bench-" + run + ".csv", new ByteArrayInputStream(csv)));
        s.encoding = upload.guess().encoding();
        s.delimiter = String.valueOf(upload.guess().delimiter());
        s.header = upload.guess().header();
        long id = asAdmin.call(() -> imports.start(module, upload.token(), upload.fileName(), s));
        ImportRun done = asAdmin.call(() -> imports.run(id));
        while (done.getStatus() != ImportStatus.COMPLETED && done.getStatus() != ImportStatus.FAILED) {
            Thread.sleep(20);
            done = asAdmin.call(() -> imports.run(id));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        heap.close();
        assertEquals(ImportStatus.COMPLETED, done.getStatus(), done.getFailure());
        return new Measure(done, seconds, heap.before(), heap.peak());
    }

    @Test
    void hundredThousandContactsLinkedToTenThousandAccounts() throws Exception {
        long admin = Fixtures.administratorId(asAdmin, users);
        StringBuilder accounts = new StringBuilder("Nombre,Teléfono,Ciudad\n");
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.append("Empresa ")
                    .append(run)
                    .append(' ')
                    .append(i)
                    .append(",601 555 ")
                    .append(1000 + i % 9000)
                    .append(",Bogotá\n");
        }
        ImportSettings a = new ImportSettings();
        a.mapping = new ArrayList<>(List.of("name", "phone", "billingAddress.city"));
        a.ownerId = admin;
        a.duplicateMode = ImportSettings.DuplicateMode.CREATE;
        Measure accountImport =
                importFile(CrmModule.ACCOUNTS, accounts.toString().getBytes(StandardCharsets.UTF_8), a);
        assertEquals(ACCOUNTS, accountImport.run().getCreated());

        StringBuilder contacts = new StringBuilder("Nombre,Apellidos,Correo electrónico,Teléfono,Cuenta,Cargo\n");
        String[] first = {"Ana", "Luis", "María", "José", "Lucía", "Andrés", "Camila", "Óscar"};
        String[] last = {"Gómez", "Rodríguez", "López", "Martínez", "García", "Pérez", "Díaz", "Muñoz"};
        int bad = 0;
        int repeated = 0;
        for (int i = 0; i < CONTACTS; i++) {
            String email = "c" + i + "." + run + "@example.com";
            String lastName = last[i % last.length] + " " + i;
            String account = "Empresa " + run + " " + (i % ACCOUNTS);
            if (i % 100 == 7) { // 1 %: repeats an earlier row's email (a duplicate inside the file)
                email = "c" + (i - 7) + "." + run + "@example.com";
                repeated++;
            } else if (i % 20 == 3) { // 5 %: bad rows, three kinds
                bad++;
                switch ((i / 20) % 3) {
                    case 0 -> email = "no-es-correo-" + i;
                    case 1 -> lastName = "";
                    default -> account = "No existe " + i;
                }
            }
            contacts.append(first[i % first.length])
                    .append(',')
                    .append(lastName)
                    .append(',')
                    .append(email)
                    .append(",300 ")
                    .append(1_000_000 + i)
                    .append(',')
                    .append(account)
                    .append(",Analista\n");
        }
        byte[] file = contacts.toString().getBytes(StandardCharsets.UTF_8);
        ImportSettings c = new ImportSettings();
        c.mapping = new ArrayList<>(List.of("firstName", "lastName", "email", "officePhone", "account.name", "title"));
        c.ownerId = admin;
        c.duplicateMode = ImportSettings.DuplicateMode.SKIP;
        c.duplicateKeys = new ArrayList<>(List.of(DuplicateKey.EMAIL));
        Measure contactImport = importFile(CrmModule.CONTACTS, file, c);
        ImportRun r = contactImport.run();
        assertEquals(CONTACTS, r.getRead());
        assertEquals(bad, r.getRejected());
        assertEquals(repeated, r.getSkipped());
        assertEquals(CONTACTS - bad - repeated, r.getCreated());

        long undoStart = System.nanoTime();
        ImportService.Undone undone = asAdmin.call(() -> imports.undo(r.getId()));
        double undoSeconds = (System.nanoTime() - undoStart) / 1e9;
        assertEquals(r.getCreated(), undone.removed());

        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "== Import benchmark (%d cores; %s; WildFly, embedded Derby)%n",
                Runtime.getRuntime().availableProcessors(),
                java.time.LocalDate.now()));
        out.append(
                "| import | rows | seconds | rows/s | created | skipped | rejected | heap before | heap peak | growth |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Object[] m : new Object[][] {{"10,000 accounts", accountImport}, {"100,000 contacts", contactImport}}) {
            Measure x = (Measure) m[1];
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.1f | %,.0f | %,d | %,d | %,d | %,d MB | %,d MB | %,d MB |%n",
                    m[0],
                    x.run().getRead(),
                    x.seconds(),
                    x.run().getRead() / x.seconds(),
                    x.run().getCreated(),
                    x.run().getSkipped(),
                    x.run().getRejected(),
                    x.heapBefore() >> 20,
                    x.heapPeak() >> 20,
                    (x.heapPeak() - x.heapBefore()) >> 20));
        }
        out.append(String.format(
                Locale.ROOT,
                "Undo of the contacts import: %,d records removed in %.1f s%n",
                undone.removed(),
                undoSeconds));
        Path target = Path.of(System.getProperty("jboss.home.dir"), "..", "import-bench.txt");
        Files.writeString(target, out.toString());
        System.out.println(out);
    }
}
