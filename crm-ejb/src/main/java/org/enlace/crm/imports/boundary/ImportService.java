package org.enlace.crm.imports.boundary;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.DuplicateKey;
import org.enlace.crm.common.boundary.ImportField;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.ModuleDisabledException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.Modules;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.common.entity.Owner;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.imports.control.CsvSniffer;
import org.enlace.crm.imports.control.ImportEngine;
import org.enlace.crm.imports.control.ImportFiles;
import org.enlace.crm.imports.control.ImportRuns;
import org.enlace.crm.imports.control.RowMapper;
import org.enlace.crm.imports.entity.ImportChange;
import org.enlace.crm.imports.entity.ImportMapping;
import org.enlace.crm.imports.entity.ImportReject;
import org.enlace.crm.imports.entity.ImportRun;
import org.enlace.crm.imports.entity.ImportStatus;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.User;
import org.enlace.crm.settings.control.SettingsCache;

/**
 * Importar: upload a CSV (streamed to the imports folder, at most 200 MB), the guesses of how it
 * is written, a preview of its first rows as they will be read, the fields each column can go to
 * with suggestions from the headers, saved mappings; then the import itself as a Jakarta Batch
 * job (see {@code META-INF/batch-jobs/crm-import.xml}), its live counts, stop and resume, the
 * rejected rows as CSV, and undo. Needs the profile's import right on the module.
 */
@Stateless
@RolesAllowed(CrmRole.Names.USER)
public class ImportService {

    /** The date formats a file may be read with, as the page offers them. */
    public static final List<String> DATE_FORMATS = CsvSniffer.DATE_FORMATS;

    public static final long MAX_BYTES = 200L * 1024 * 1024;
    public static final int PREVIEW_ROWS = 10;

    /** An uploaded file waiting for its import, and how it seems to be written. */
    public record Upload(String token, String fileName, long size, CsvGuess guess) {}

    /** The first rows as the settings read them, and the field suggested for each column. */
    public record Preview(List<String> headers, List<List<String>> rows, List<String> suggested) {}

    /**
     * What an undo did: records removed, overwritten records put back, records kept because
     * others use them, and overwritten records left as they are because someone changed them
     * after the import (putting back the old values would lose that change).
     */
    public record Undone(long removed, long restored, long kept, long changedSince) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    Caller caller;

    @Inject
    SettingsCache settings;

    @EJB
    ImportRuns runs;

    private void requireImport(CrmModule module) {
        if (!Modules.supportsCsv(module)) {
            throw new InvalidInputException(null, "crm.import.module");
        }
        if (!settings.current().enabled(module)) {
            throw new ModuleDisabledException(module.name());
        }
        access.require(module, Action.IMPORT);
        access.require(module, Action.CREATE);
    }

    /** Whether the caller may import into the module (for the pages' buttons). */
    public boolean mayImport(@NotNull CrmModule module) {
        return Modules.supportsCsv(module)
                && settings.current().enabled(module)
                && access.rights().allows(module, Action.IMPORT)
                && access.rights().allows(module, Action.CREATE);
    }

    /**
     * The duplicate keys chosen whose field no column fills (nor a default): duplicates could not
     * be found by them, and every row would be imported as new.
     */
    public List<DuplicateKey> unmappedKeys(@NotNull CrmModule module, @NotNull ImportSettings chosen) {
        if (chosen.duplicateMode == ImportSettings.DuplicateMode.CREATE) {
            return List.of();
        }
        return chosen.duplicateKeys.stream()
                .filter(key -> Modules.of(module).finds(key) && !filled(module, chosen, key))
                .toList();
    }

    /** A key the file's columns fill, to propose instead: NIT, then name, then email (accounts's order). */
    public java.util.Optional<DuplicateKey> mappedKey(@NotNull CrmModule module, @NotNull ImportSettings chosen) {
        return List.of(DuplicateKey.TAX_ID, DuplicateKey.NAME, DuplicateKey.EMAIL, DuplicateKey.NAME_AND_ACCOUNT)
                .stream()
                .filter(key -> Modules.of(module).finds(key) && filled(module, chosen, key))
                .findFirst();
    }

    private static boolean filled(CrmModule module, ImportSettings chosen, DuplicateKey key) {
        String property = Modules.of(module).duplicateKeys().get(key).property();
        return chosen.mapping.contains(property) || hasDefault(chosen, property);
    }

    /** Whether the module's rows can name their account (by name or number): the account options apply. */
    public boolean linksAccounts(@NotNull CrmModule module) {
        return Modules.supportsCsv(module)
                && Modules.of(module).importedLinks().stream().anyMatch(link -> link.startsWith("account."));
    }

    /** The modules the caller may import into, in menu order. */
    public List<CrmModule> modules() {
        return Modules.withCsv().stream().filter(this::mayImport).toList();
    }

    /** The keys by which an import into the module can find duplicates, the usual one first. */
    public List<DuplicateKey> duplicateKeys(@NotNull CrmModule module) {
        ModuleDefinition declared = Modules.of(module);
        return java.util.Arrays.stream(DuplicateKey.values())
                .filter(declared::finds)
                .toList();
    }

    /**
     * Stores the upload (streamed; refused above 200 MB or empty) and guesses its encoding,
     * delimiter, header, date format and decimal separator.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Upload upload(
            @NotNull CrmModule module, @NotBlank @Size(max = 255) String fileName, @NotNull InputStream in) {
        requireImport(module);
        String token = caller.get().getId() + "-" + UUID.randomUUID() + ".csv";
        Path target = ImportFiles.of(token);
        long size;
        try (OutputStream out = Files.newOutputStream(target)) {
            size = copyAtMost(in, out, MAX_BYTES);
        } catch (IOException e) {
            delete(target);
            throw new UncheckedIOException(e);
        }
        if (size > MAX_BYTES) {
            delete(target);
            throw new InvalidInputException("file", "crm.import.tooLarge", 200);
        }
        if (size == 0) {
            delete(target);
            throw new InvalidInputException("file", "crm.import.empty");
        }
        byte[] sample = new byte[(int) Math.min(size, CsvSniffer.SAMPLE)];
        try (InputStream head = Files.newInputStream(target)) {
            head.readNBytes(sample, 0, sample.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Upload(token, fileName.strip(), size, CsvSniffer.guess(sample));
    }

    private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > max) {
                return total;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // left for the folder's cleanup
        }
    }

    /**
     * The first ten rows as the given settings read the file, the headers (or "Columna n"), and
     * for each column the field suggested by its header: names maps each field's key to its
     * names in the languages of the user interface.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Preview preview(
            @NotNull CrmModule module,
            @NotNull String token,
            @NotNull @Valid ImportSettings reading,
            @NotNull Map<String, List<String>> names) {
        requireImport(module);
        Path file = ownFile(token);
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv =
                CsvSniffer.builder(reading.delimiterChar()).ofCsvRecord(file, Charset.forName(reading.encoding))) {
            for (CsvRecord record : csv) {
                if (reading.header && headers.isEmpty() && rows.isEmpty()) {
                    headers.addAll(record.getFields());
                    continue;
                }
                rows.add(record.getFields());
                if (rows.size() >= PREVIEW_ROWS) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException unreadable) {
            throw new InvalidInputException("file", "crm.import.unreadable");
        }
        int width = Math.max(
                headers.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        RowMapper words = null;
        for (int i = headers.size(); i < width; i++) {
            headers.add("#" + (i + 1));
        }
        Map<String, List<String>> allowed = new HashMap<>();
        Set<String> keys =
                Set.copyOf(fields(module).stream().map(ImportField::key).toList());
        names.forEach((key, list) -> {
            if (keys.contains(key)) {
                allowed.put(key, list);
            }
        });
        return new Preview(headers, rows, CsvSniffer.suggest(reading.header ? headers : List.of(), allowed));
    }

    /** The fields the caller may import into (not the hidden or read-only ones of his profile). */
    public List<ImportField> fields(@NotNull CrmModule module) {
        Set<String> kept = access.keptFields(module, true);
        return Modules.of(module).importFields().stream()
                .filter(f ->
                        f.column().field() == null || !kept.contains(f.column().field()))
                .toList();
    }

    private Path ownFile(String token) {
        if (!ImportFiles.belongsTo(token, caller.get().getId()) || !Files.exists(ImportFiles.of(token))) {
            throw new NotFoundException();
        }
        return ImportFiles.of(token);
    }

    /**
     * Starts the import of an uploaded file with the user's settings; returns the import's id.
     * Refused, naming the field: a field mapped twice or unknown, a mandatory field neither mapped
     * nor defaulted, an owner he may not assign to, a group without active members, duplicate
     * keys that do not fit the module, adding picklist values without being an administrator.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(
            @NotNull CrmModule module,
            @NotNull String token,
            @NotBlank @Size(max = 255) String fileName,
            @NotNull @Valid ImportSettings chosen) {
        requireImport(module);
        ownFile(token);
        check(module, chosen);
        User me = caller.get();
        ImportRun run = new ImportRun(
                module,
                fileName.strip(),
                token,
                fileSize(token),
                chosen.toJson(),
                me.getLanguage(),
                me.getUsername(),
                countRows(token, chosen));
        long id = runs.create(run, me.getId());
        launch(id);
        return id;
    }

    /** The file's rows as the settings read them, its header aside (a pass over the file, streamed). */
    private static long countRows(String token, ImportSettings chosen) {
        long rows = 0;
        try (CsvReader<CsvRecord> csv = CsvSniffer.builder(chosen.delimiterChar())
                .ofCsvRecord(ImportFiles.of(token), Charset.forName(chosen.encoding))) {
            for (CsvRecord ignored : csv) {
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException unreadable) {
            throw new InvalidInputException("file", "crm.import.unreadable");
        }
        return Math.max(0, rows - (chosen.header ? 1 : 0));
    }

    private static long fileSize(String token) {
        try {
            return Files.size(ImportFiles.of(token));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts (or resumes) the job of an import. */
    private void launch(long importId) {
        runs.launch(importId);
    }

    private void check(CrmModule module, ImportSettings chosen) {
        Map<String, ImportField> fields = new HashMap<>();
        fields(module).forEach(f -> fields.put(f.key(), f));
        List<String> mapped = new ArrayList<>();
        for (String key : chosen.mapping) {
            if (key == null || key.isBlank()) {
                continue;
            }
            if (!fields.containsKey(key)) {
                throw new InvalidInputException("mapping", "crm.import.field.unknown", key);
            }
            if (mapped.contains(key)) {
                throw new InvalidInputException("mapping", "crm.import.field.twice", key);
            }
            mapped.add(key);
        }
        for (String key : chosen.defaults.keySet()) {
            if (!fields.containsKey(key)) {
                throw new InvalidInputException("defaults", "crm.import.field.unknown", key);
            }
        }
        for (String mandatory : module.mandatoryFields()) {
            boolean given = fields.values().stream()
                    .filter(f -> mandatory.equals(f.column().field()))
                    .anyMatch(f -> mapped.contains(f.key()) || hasDefault(chosen, f.key()));
            if (!given) {
                throw new InvalidInputException("mapping", "crm.import.field.required", mandatory);
            }
        }
        switch (chosen.ownerMode) {
            case FIXED -> requireOwner(chosen.ownerId);
            case COLUMN -> {
                if (!mapped.contains("owner.displayName")) {
                    throw new InvalidInputException("ownerMode", "crm.import.owner.column");
                }
                if (chosen.unknownOwner == ImportSettings.UnknownOwner.DEFAULT || chosen.ownerId != null) {
                    requireOwner(chosen.ownerId);
                }
            }
            case ROUND_ROBIN -> {
                Owner group = chosen.ownerId == null ? null : em.find(Owner.class, chosen.ownerId);
                if (!(group instanceof org.enlace.crm.security.entity.Group)) {
                    throw new InvalidInputException("ownerId", "crm.import.owner.group");
                }
            }
        }
        if (chosen.duplicateMode != ImportSettings.DuplicateMode.CREATE) {
            if (chosen.duplicateKeys.isEmpty()) {
                throw new InvalidInputException("duplicateKeys", "crm.import.duplicates.keys");
            }
            for (DuplicateKey key : chosen.duplicateKeys) {
                if (!Modules.of(module).finds(key)) {
                    throw new InvalidInputException("duplicateKeys", "crm.import.duplicates.key", key.name());
                }
            }
        }
        if (chosen.unknownValue == ImportSettings.UnknownValue.ADD
                && !access.rights().isAdministrator()) {
            throw new InvalidInputException("unknownValue", "crm.import.picklist.addAdmin");
        }
        if (chosen.missingAccount == ImportSettings.MissingAccount.CREATE
                && !access.rights().allows(CrmModule.ACCOUNTS, Action.CREATE)) {
            throw new InvalidInputException("missingAccount", "crm.import.account.createNotAllowed");
        }
    }

    private static boolean hasDefault(ImportSettings chosen, String key) {
        String value = chosen.defaults.get(key);
        return value != null && !value.isBlank();
    }

    private void requireOwner(Long ownerId) {
        Owner owner = ownerId == null ? null : em.find(Owner.class, ownerId);
        if (owner == null || (owner instanceof User user && !user.isActive())) {
            throw new InvalidInputException("ownerId", "crm.owner.unknown");
        }
        if (!access.mayAssignTo(ownerId)) {
            throw new InvalidInputException("ownerId", "crm.owner.notAssignable");
        }
    }

    /** The groups the caller may assign records to, for round-robin owners. */
    public List<org.enlace.crm.security.boundary.OwnerRef> groups() {
        return em
                .createQuery(
                        "select new org.enlace.crm.security.boundary.OwnerRef(g.id, g.displayName) from UserGroup g"
                                + " order by g.displayName",
                        org.enlace.crm.security.boundary.OwnerRef.class)
                .getResultList()
                .stream()
                .filter(g -> access.mayAssignTo(g.id()))
                .toList();
    }

    /** An import of the caller's (an administrator sees all). */
    public ImportRun run(long id) {
        ImportRun run = em.find(ImportRun.class, id);
        if (run == null
                || (!run.getUsername().equals(caller.username())
                        && !access.rights().isAdministrator())) {
            throw new NotFoundException();
        }
        return run;
    }

    /** The caller's latest imports into the module, newest first. */
    public List<ImportRun> recent(@NotNull CrmModule module, int max) {
        return em.createQuery(
                        "select r from ImportRun r where r.module = :module and r.username = :me"
                                + " order by r.createdAt desc, r.id desc",
                        ImportRun.class)
                .setParameter("module", module)
                .setParameter("me", caller.username())
                .setMaxResults(Math.max(1, Math.min(max, 50)))
                .getResultList();
    }

    /**
     * Asks a running import to stop after the chunk it is writing. A job the batch runtime is
     * still starting cannot be stopped yet: asked again until it can, or until it has ended.
     */
    public void stop(long id) {
        ImportRun run = run(id);
        if (!run.getStatus().isActive() || run.getExecutionId() == null) {
            return;
        }
        runs.stopRequested(id);
        JobOperator operator = BatchRuntime.getJobOperator();
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                operator.stop(run.getExecutionId());
                return;
            } catch (jakarta.batch.operations.JobExecutionNotRunningException notYet) {
                if (!running(operator, run.getExecutionId())) {
                    return; // it ended meanwhile; its listener recorded how
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Whether the batch runtime still runs (or starts, or stops) that execution. */
    private static boolean running(JobOperator operator, long executionId) {
        try {
            jakarta.batch.runtime.BatchStatus status =
                    operator.getJobExecution(executionId).getBatchStatus();
            return status == jakarta.batch.runtime.BatchStatus.STARTING
                    || status == jakarta.batch.runtime.BatchStatus.STARTED
                    || status == jakarta.batch.runtime.BatchStatus.STOPPING;
        } catch (jakarta.batch.operations.NoSuchJobExecutionException gone) {
            return false; // from before a restart
        }
    }

    /** Resumes a stopped or failed import where it stopped. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resume(long id) {
        ImportRun run = run(id);
        requireImport(run.getModule());
        if (run.getStatus() != ImportStatus.STOPPED && run.getStatus() != ImportStatus.FAILED) {
            throw new InvalidInputException(null, "crm.import.notResumable");
        }
        // never two executions of one import at once: the stopped one may still be winding down
        JobOperator operator = BatchRuntime.getJobOperator();
        for (int wait = 0; run.getExecutionId() != null && running(operator, run.getExecutionId()); wait++) {
            if (wait >= 100) {
                throw new InvalidInputException(null, "crm.import.notResumable");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InvalidInputException(null, "crm.import.notResumable");
            }
        }
        launch(id);
    }

    /**
     * The rejected rows as CSV (UTF-8 with a BOM, the file's delimiter): the line in the file,
     * the row's cells as they were, the reason in the user's language.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long rejected(long id, @NotNull OutputStream out) {
        ImportRun run = run(id);
        ImportSettings chosen = ImportSettings.fromJson(run.getSettings());
        RowMapper.Line none = null;
        var words = RowMapper.words(java.util.Locale.forLanguageTag(caller.get().getLanguage()));
        List<String> headers = new ArrayList<>();
        if (chosen.header) {
            try (CsvReader<CsvRecord> csv = CsvSniffer.builder(chosen.delimiterChar())
                    .ofCsvRecord(ImportFiles.of(run.getStoredName()), Charset.forName(chosen.encoding))) {
                for (CsvRecord record : csv) {
                    headers.addAll(record.getFields());
                    break;
                }
            } catch (IOException | RuntimeException gone) {
                // the file may have been removed: the reasons and the cells are enough
            }
        }
        long written = 0;
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            CsvWriter csv = CsvWriter.builder()
                    .fieldSeparator(chosen.delimiterChar())
                    .lineDelimiter(LineDelimiter.CRLF)
                    .build(out, StandardCharsets.UTF_8);
            List<String> header = new ArrayList<>();
            header.add(words.getString("crm.import.line"));
            header.addAll(headers);
            header.add(words.getString("crm.import.reason"));
            csv.writeRecord(header);
            long after = -1;
            while (true) {
                List<ImportReject> page = em.createQuery(
                                "select r from ImportReject r where r.importId = :id and r.line > :after order by r.line",
                                ImportReject.class)
                        .setParameter("id", id)
                        .setParameter("after", after)
                        .setMaxResults(1000)
                        .getResultList();
                if (page.isEmpty()) {
                    break;
                }
                for (ImportReject reject : page) {
                    List<String> cells = new ArrayList<>();
                    cells.add(String.valueOf(reject.getLine()));
                    cells.addAll(CsvSniffer.read(reject.getRow(), chosen.delimiterChar(), 1).stream()
                            .findFirst()
                            .orElse(List.of()));
                    while (cells.size() < headers.size() + 1) {
                        cells.add("");
                    }
                    cells.add(reject.getReason());
                    csv.writeRecord(cells);
                    written++;
                    after = reject.getLine();
                }
                em.clear();
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /**
     * Undoes a finished import: removes exactly the records it created (accounts it created for
     * contacts too, unless other contacts now use them) and puts back the values it overwrote,
     * except on records someone changed after the import.
     */
    public Undone undo(long id) {
        ImportRun run = run(id);
        if (run.getStatus() != ImportStatus.COMPLETED
                && run.getStatus() != ImportStatus.STOPPED
                && run.getStatus() != ImportStatus.FAILED) {
            throw new InvalidInputException(null, "crm.import.notUndoable");
        }
        if (!settings.current().enabled(run.getModule())) {
            throw new ModuleDisabledException(run.getModule().name());
        }
        access.require(run.getModule(), Action.DELETE);
        long removed = 0;
        long kept = 0;
        Long me = caller.id();
        Instant now = Instant.now();
        int restored = 0;
        int changedSince = 0;
        List<ImportChange> changes = em.createQuery(
                        "select c from ImportChange c where c.importId = :id", ImportChange.class)
                .setParameter("id", id)
                .getResultList();
        ModuleDefinition declared = Modules.of(run.getModule());
        Class<? extends OwnedEntity> type = declared.type();
        for (ImportChange change : changes) {
            OwnedEntity record = em.find(type, change.getRecordId());
            if (record != null && changedAfter(record, change, run)) {
                changedSince++;
            } else if (record != null) {
                ImportEngine.restore(record, change.getBefore());
                record.touch(me, now);
                restored++;
            }
        }
        if (type != Contact.class && type != Account.class) {
            for (String dependent : declared.dependents()) {
                String table = dependent.substring(0, dependent.indexOf('.'));
                String column = dependent.substring(dependent.indexOf('.') + 1);
                em.createNativeQuery("delete from " + table + " where " + column + " in (select id from "
                                + declared.table() + " where import_id = ?)")
                        .setParameter(1, id)
                        .executeUpdate();
            }
            removed += em.createQuery("delete from " + type.getSimpleName() + " x where x.importId = :id")
                    .setParameter("id", id)
                    .executeUpdate();
        }
        em.createQuery("update Contact c set c.reportsTo = null where c.reportsTo.id in"
                        + " (select x.id from Contact x where x.importId = :id)")
                .setParameter("id", id)
                .executeUpdate();
        removed += em.createQuery("delete from Contact c where c.importId = :id")
                .setParameter("id", id)
                .executeUpdate();
        long accounts = em.createQuery("select count(a) from Account a where a.importId = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (accounts > 0) {
            em.createQuery("update Account a set a.parent = null where a.parent.id in"
                            + " (select x.id from Account x where x.importId = :id"
                            + " and not exists (select c.id from Contact c where c.account = x))")
                    .setParameter("id", id)
                    .executeUpdate();
            long gone = em.createQuery("delete from Account a where a.importId = :id"
                            + " and not exists (select c.id from Contact c where c.account = a)")
                    .setParameter("id", id)
                    .executeUpdate();
            removed += gone;
            kept += accounts - gone;
        }
        em.createQuery("delete from ImportChange c where c.importId = :id")
                .setParameter("id", id)
                .executeUpdate();
        run.undone(now);
        return new Undone(removed, restored, kept, changedSince);
    }

    /**
     * Whether someone saved the record after the import last wrote it (the import stamps the
     * record with the same moment); for a change recorded without that moment, after the import ended.
     */
    private static boolean changedAfter(OwnedEntity record, ImportChange change, ImportRun run) {
        Instant written = change.getWrittenAt() != null ? change.getWrittenAt() : run.getEndedAt();
        return written != null
                && record.getModifiedAt() != null
                && record.getModifiedAt().isAfter(written);
    }

    /** The caller's saved settings for the module, by name. */
    public List<String> mappings(@NotNull CrmModule module) {
        return em.createQuery(
                        "select m.name from ImportMapping m where m.module = :module and m.userId = :me order by m.name",
                        String.class)
                .setParameter("module", module)
                .setParameter("me", caller.get().getId())
                .getResultList();
    }

    /** Saves (or replaces) the settings under the name. */
    public void saveMapping(
            @NotNull CrmModule module,
            @NotBlank @Size(max = ImportMapping.NAME_LENGTH) String name,
            @NotNull @Valid ImportSettings chosen) {
        requireImport(module);
        long me = caller.get().getId();
        ImportMapping existing = find(module, me, name.strip());
        if (existing == null) {
            em.persist(new ImportMapping(module, me, name.strip(), chosen.toJson()));
        } else {
            existing.replace(chosen.toJson());
        }
    }

    public ImportSettings mapping(@NotNull CrmModule module, @NotNull String name) {
        ImportMapping found = find(module, caller.get().getId(), name.strip());
        if (found == null) {
            throw new NotFoundException();
        }
        return ImportSettings.fromJson(found.getSettings());
    }

    private ImportMapping find(CrmModule module, long userId, String name) {
        return em.createQuery(
                        "select m from ImportMapping m where m.module = :module and m.userId = :me and m.name = :name",
                        ImportMapping.class)
                .setParameter("module", module)
                .setParameter("me", userId)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
