package org.enlace.crm.it.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.InputStream;
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
 * The million-row import (bash bench/import.sh --million; not part of the test suite): 1,000
 * accounts, then a file of 1,000,000 contacts linked to them by name (1 % bad rows, duplicates
 * checked on email), written to disk and uploaded as a stream, imported end to end in the
 * managed WildFly (1 GB heap). Every 100,000 rows read it notes the heap after a full garbage
 * collection, which stays flat when the import holds no more than a chunk; and the peak heap,
 * sampled every 50 ms. Prints its table to target/it/arquillian/import-million-bench.txt.
 */
@ExtendWith(ArquillianExtension.class)
class ImportMillionBench {

    private static final int ACCOUNTS = 1_000;
    private static final int CONTACTS = 1_000_000;
    private static final int STEP = 100_000;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServiceDeployment.of(ImportMillionBench.class, HeapSampler.class);
    }

    @Inject
    AsAdmin asAdmin;

    @Inject
    ImportService imports;

    @Inject
    UserService users;

    private final String run = UUID.randomUUID().toString().substring(0, 6);

    private long importFile(CrmModule module, Path file, ImportSettings s) throws Exception {
        ImportService.Upload upload = asAdmin.call(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return imports.upload(module, "bench-" + run + ".csv", in);
            }
        });
        s.encoding = upload.guess().encoding();
        s.delimiter = String.valueOf(upload.guess().delimiter());
        s.header = upload.guess().header();
        return asAdmin.call(() -> imports.start(module, upload.token(), upload.fileName(), s));
    }

    private ImportRun waitFor(long id) throws Exception {
        ImportRun done = asAdmin.call(() -> imports.run(id));
        while (done.getStatus() != ImportStatus.COMPLETED && done.getStatus() != ImportStatus.FAILED) {
            Thread.sleep(200);
            done = asAdmin.call(() -> imports.run(id));
        }
        assertEquals(ImportStatus.COMPLETED, done.getStatus(), done.getFailure());
        return done;
    }

    @Test
    void aMillionContactsInBoundedMemory() throws Exception {
        long admin = Fixtures.administratorId(asAdmin, users);
        Path accounts = Files.createTempFile("bench-accounts-", ".csv");
        Path contacts = Files.createTempFile("bench-contacts-", ".csv");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(accounts, StandardCharsets.UTF_8)) {
                out.write("Nombre,Ciudad\n");
                for (int i = 0; i < ACCOUNTS; i++) {
                    out.write("Millón " + run + " " + i + ",Medellín\n");
                }
            }
            ImportSettings a = new ImportSettings();
            a.mapping = new ArrayList<>(List.of("name", "billingAddress.city"));
            a.ownerId = admin;
            a.duplicateMode = ImportSettings.DuplicateMode.CREATE;
            assertEquals(
                    ACCOUNTS,
                    waitFor(importFile(CrmModule.ACCOUNTS, accounts, a)).getCreated());

            int bad = 0;
            try (BufferedWriter out = Files.newBufferedWriter(contacts, StandardCharsets.UTF_8)) {
                out.write("Nombre,Apellidos,Correo electrónico,Teléfono,Cuenta,Cargo\n");
                for (int i = 0; i < CONTACTS; i++) {
                    String email = "m" + i + "." + run + "@example.com";
                    if (i % 100 == 3) {
                        email = "no-es-correo-" + i;
                        bad++;
                    }
                    out.write("Ana,Gómez " + i + "," + email + ",300 " + (1_000_000 + i) + ",Millón " + run + " "
                            + (i % ACCOUNTS) + ",Analista\n");
                }
            }
            long fileBytes = Files.size(contacts);
            ImportSettings c = new ImportSettings();
            c.mapping =
                    new ArrayList<>(List.of("firstName", "lastName", "email", "officePhone", "account.name", "title"));
            c.ownerId = admin;
            c.duplicateMode = ImportSettings.DuplicateMode.SKIP;
            c.duplicateKeys = new ArrayList<>(List.of(DuplicateKey.EMAIL));

            HeapSampler heap = new HeapSampler();
            long start = System.nanoTime();
            long id = importFile(CrmModule.CONTACTS, contacts, c);
            List<String> steps = new ArrayList<>();
            long next = STEP;
            ImportRun now = asAdmin.call(() -> imports.run(id));
            while (now.getStatus() != ImportStatus.COMPLETED && now.getStatus() != ImportStatus.FAILED) {
                if (now.getRead() >= next) {
                    System.gc();
                    steps.add(String.format(
                            Locale.ROOT,
                            "| %,d | %.0f | %,d MB |%n",
                            now.getRead(),
                            (System.nanoTime() - start) / 1e9,
                            heap.used() >> 20));
                    next = (now.getRead() / STEP + 1) * STEP;
                }
                Thread.sleep(200);
                now = asAdmin.call(() -> imports.run(id));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            heap.close();
            ImportRun done = now;
            assertEquals(ImportStatus.COMPLETED, done.getStatus(), done.getFailure());
            assertEquals(CONTACTS, done.getRead());
            assertEquals(bad, done.getRejected());
            assertEquals(CONTACTS - bad, done.getCreated());

            StringBuilder out = new StringBuilder();
            out.append(String.format(
                    Locale.ROOT,
                    "== Million-row import (%d cores; %s; WildFly, embedded Derby, -Xmx1g)%n",
                    Runtime.getRuntime().availableProcessors(),
                    java.time.LocalDate.now()));
            out.append(String.format(
                    Locale.ROOT,
                    "%,d contacts (%,d MB of CSV) in %.0f s = %,.0f rows/s; created %,d, rejected %,d;"
                            + " heap before %,d MB, peak %,d MB (growth %,d MB)%n",
                    done.getRead(),
                    fileBytes >> 20,
                    seconds,
                    done.getRead() / seconds,
                    done.getCreated(),
                    done.getRejected(),
                    heap.before() >> 20,
                    heap.peak() >> 20,
                    (heap.peak() - heap.before()) >> 20));
            out.append("| rows read | seconds | heap after a full GC |\n|---:|---:|---:|\n");
            steps.forEach(out::append);
            Path target = Path.of(System.getProperty("jboss.home.dir"), "..", "import-million-bench.txt");
            Files.writeString(target, out.toString());
            System.out.println(out);
        } finally {
            Files.deleteIfExists(accounts);
            Files.deleteIfExists(contacts);
        }
    }
}
