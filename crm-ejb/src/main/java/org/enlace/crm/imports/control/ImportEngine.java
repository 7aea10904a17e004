package org.enlace.crm.imports.control;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.DuplicateKey;
import org.enlace.crm.common.boundary.ImportField;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.Modules;
import org.enlace.crm.common.control.NumberSequences;
import org.enlace.crm.common.control.Properties;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.common.entity.Owner;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.imports.boundary.ImportSettings;
import org.enlace.crm.imports.boundary.ImportSettings.DuplicateMode;
import org.enlace.crm.imports.control.RowMapper.Prepared;
import org.enlace.crm.imports.control.RowMapper.Rejected;
import org.enlace.crm.imports.control.RowMapper.Row;
import org.enlace.crm.imports.entity.ImportChange;
import org.enlace.crm.imports.entity.ImportReject;
import org.enlace.crm.imports.entity.ImportRun;
import org.enlace.crm.record.control.RecordSaved;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.Group;
import org.enlace.crm.security.entity.User;
import org.enlace.crm.settings.control.SettingsCache;
import org.enlace.crm.settings.entity.PicklistValue;

/**
 * Writes one chunk of an import in the chunk's transaction: finds the rows' owners, accounts
 * and duplicates with one query each for the whole chunk (never one per row), creates, overwrites
 * or merges the records, keeps the rejected rows with their reasons and what each overwrite
 * replaced, and adds the chunk's counts and consumed rows to the import. All of it commits
 * together, so a crash between chunks loses nothing and repeats nothing.
 */
@Dependent
public class ImportEngine {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    NumberSequences numbers;

    @Inject
    Event<RecordSaved> saved;

    @Inject
    SettingsCache settingsCache;

    /** A record a row goes to: a new one or an existing one, and whether this import created it. */
    private record Target(OwnedEntity record, boolean created, Long id) {
        Target(OwnedEntity record, boolean created) {
            this(record, created, record.getId());
        }
    }

    /** What a chunk did. */
    public record Counts(long read, long created, long updated, long skipped, long rejected, long empty) {}

    public Counts write(long importId, ImportSettings settings, RowMapper mapper, List<Row> rows) {
        ImportRun run = em.find(ImportRun.class, importId);
        ModuleDefinition declared = Modules.of(run.getModule());
        CrmModule module = run.getModule();
        access.require(module, Action.IMPORT);
        List<Rejected> rejected = new ArrayList<>();
        List<Prepared> prepared = new ArrayList<>();
        long empty = 0;
        for (Row row : rows) {
            if (row instanceof Prepared p) {
                prepared.add(p);
            } else if (row instanceof Rejected r) {
                rejected.add(r);
            } else {
                empty++;
            }
        }
        addValues(prepared);
        prepared = owners(settings, mapper, prepared, rejected);
        if (declared.importedLinks().stream().anyMatch(link -> link.startsWith("account."))) {
            prepared = accounts(settings, mapper, prepared, rejected, importId);
        }
        long created = 0;
        long updated = 0;
        long skipped = 0;
        Map<DuplicateKey, Map<String, Target>> known = duplicates(declared, settings, prepared);
        Set<String> keptOnUpdate = access.keptFields(module, false);
        List<OwnedEntity> fresh = new ArrayList<>();
        Set<Long> changed = alreadyChanged(importId, known);
        Set<Long> rewritten = new HashSet<>(); // changed by an earlier chunk, written again now
        Instant now = Instant.now();
        Long userId = access.subject().userId();
        for (Prepared row : prepared) {
            Target match =
                    settings.duplicateMode == DuplicateMode.CREATE ? null : match(declared, settings, known, row);
            if (match != null && match.record() == null && settings.duplicateMode != DuplicateMode.SKIP) {
                match = null; // deleted between the two reads: the row makes a new one
            }
            if (match == null) {
                OwnedEntity record = row.record();
                record.createdByImport(importId);
                record.touch(userId, now);
                fresh.add(record);
                remember(declared, settings, known, row, new Target(record, true));
                created++;
                continue;
            }
            if (settings.duplicateMode == DuplicateMode.SKIP) {
                skipped++;
                continue;
            }
            OwnedEntity existing = match.record();
            if (!match.created()
                    && !access.may(module, Action.EDIT, existing.getOwner().getId())) {
                rejected.add(new Rejected(
                        row.source(),
                        mapper.format(
                                "crm.import.duplicate.notAllowed",
                                existing.getNumber() + " " + existing.recordName())));
                continue;
            }
            if (!match.created() && changed.add(existing.getId())) {
                em.persist(new ImportChange(importId, existing.getId(), before(existing), now));
            } else if (!match.created()) {
                rewritten.add(existing.getId());
            }
            copy(row, existing, settings.duplicateMode == DuplicateMode.MERGE, keptOnUpdate);
            String invalid = mapper.invalid(existing);
            if (invalid != null) {
                if (!match.created()) {
                    em.refresh(existing);
                }
                rejected.add(new Rejected(row.source(), invalid));
                continue;
            }
            if (!match.created()) {
                existing.touch(userId, now);
                updated++;
            }
        }
        List<String> taken = numbers.next(declared.sequence(), fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            OwnedEntity record = fresh.get(i);
            record.numberAs(taken.get(i));
            em.persist(record);
            // a bulk save: the owners hear once, when the import ends (ImportRuns.finished)
            saved.fire(new RecordSaved(module, record, null, true, true));
        }
        for (Rejected row : rejected) {
            em.persist(new ImportReject(
                    importId,
                    row.source().line(),
                    row.reason(),
                    csv(row.source().cells(), settings)));
        }
        Counts counts = new Counts(rows.size(), created, updated, skipped, rejected.size(), empty);
        em.flush();
        if (!rewritten.isEmpty()) {
            em.createQuery("update ImportChange c set c.writtenAt = :now where c.importId = :id"
                            + " and c.recordId in :ids")
                    .setParameter("now", now)
                    .setParameter("id", importId)
                    .setParameter("ids", List.copyOf(rewritten))
                    .executeUpdate();
        }
        // added in the database, not through the entity's version: a page stopping the import, or
        // anything else touching the import's row meanwhile, never fails the chunk
        em.createQuery("update ImportRun r set r.read = r.read + :read, r.created = r.created + :created,"
                        + " r.updated = r.updated + :updated, r.skipped = r.skipped + :skipped,"
                        + " r.rejected = r.rejected + :rejected, r.emptyLines = r.emptyLines + :empty where r.id = :id")
                .setParameter("read", counts.read())
                .setParameter("created", counts.created())
                .setParameter("updated", counts.updated())
                .setParameter("skipped", counts.skipped())
                .setParameter("rejected", counts.rejected())
                .setParameter("empty", counts.empty())
                .setParameter("id", importId)
                .executeUpdate();
        em.clear();
        return counts;
    }

    /** The chunk's existing records an earlier chunk of this import already changed (their "before" is kept). */
    private Set<Long> alreadyChanged(long importId, Map<DuplicateKey, Map<String, Target>> known) {
        Set<Long> ids = new HashSet<>();
        known.values()
                .forEach(byKey -> byKey.values().forEach(t -> {
                    if (!t.created() && t.id() != null) {
                        ids.add(t.id());
                    }
                }));
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(em.createQuery(
                        "select c.recordId from ImportChange c where c.importId = :id and c.recordId in :ids",
                        Long.class)
                .setParameter("id", importId)
                .setParameter("ids", List.copyOf(ids))
                .getResultList());
    }

    /** Picklist values the rows add (the user chose "add the value"); each once. */
    private void addValues(List<Prepared> rows) {
        Map<String, RowMapper.NewValue> wanted = new LinkedHashMap<>();
        rows.forEach(r -> r.added().forEach(v -> wanted.putIfAbsent(v.field() + ":" + v.code(), v)));
        if (wanted.isEmpty()) {
            return;
        }
        boolean any = false;
        for (RowMapper.NewValue value : wanted.values()) {
            List<PicklistValue> existing = em.createQuery(
                            "select v from PicklistValue v where v.field = :field", PicklistValue.class)
                    .setParameter("field", value.field())
                    .getResultList();
            if (existing.stream().anyMatch(v -> v.getCode().equals(value.code()))) {
                continue;
            }
            int position =
                    existing.stream().mapToInt(PicklistValue::getPosition).max().orElse(0) + 1;
            em.persist(new PicklistValue(value.field(), value.code(), position, value.label(), value.label()));
            any = true;
        }
        if (any) {
            settingsCache.changed();
        }
    }

    /** Each row's owner, by the import's owner mode; rows whose owner is unknown are rejected or get the default. */
    private List<Prepared> owners(
            ImportSettings settings, RowMapper mapper, List<Prepared> rows, List<Rejected> rejected) {
        Owner fallback = settings.ownerId == null ? null : em.find(Owner.class, settings.ownerId);
        if (fallback != null && (!assignable(fallback))) {
            fallback = null;
        }
        List<Prepared> kept = new ArrayList<>();
        switch (settings.ownerMode) {
            case FIXED -> {
                for (Prepared row : rows) {
                    if (fallback == null) {
                        rejected.add(new Rejected(
                                row.source(),
                                mapper.format("crm.import.owner.unknown", mapper.columnOf("owner.displayName"), "")));
                        continue;
                    }
                    row.record().assignTo(fallback);
                    kept.add(row);
                }
            }
            case ROUND_ROBIN -> {
                List<User> members = groupMembers(settings.ownerId);
                for (Prepared row : rows) {
                    if (members.isEmpty()) {
                        rejected.add(new Rejected(
                                row.source(),
                                mapper.format("crm.import.owner.unknown", mapper.columnOf("owner.displayName"), "")));
                        continue;
                    }
                    // by the row's line, so a resumed import deals them out exactly as the first run would
                    row.record().assignTo(members.get((int) (row.source().line() % members.size())));
                    kept.add(row);
                }
            }
            case COLUMN -> {
                Map<String, Owner> found = ownersNamed(rows.stream()
                        .map(r -> r.links().get(ImportField.Target.OWNER))
                        .filter(t -> t != null)
                        .toList());
                for (Prepared row : rows) {
                    String text = row.links().get(ImportField.Target.OWNER);
                    Owner owner = text == null ? null : found.get(plain(text));
                    if (owner == null
                            && (text == null || settings.unknownOwner == ImportSettings.UnknownOwner.DEFAULT)) {
                        owner = fallback;
                    }
                    if (owner == null) {
                        rejected.add(new Rejected(
                                row.source(),
                                mapper.format(
                                        "crm.import.owner.unknown",
                                        mapper.columnOf("owner.displayName"),
                                        text == null ? "" : text)));
                        continue;
                    }
                    row.record().assignTo(owner);
                    kept.add(row);
                }
            }
        }
        return kept;
    }

    private boolean assignable(Owner owner) {
        if (owner instanceof User user && !user.isActive()) {
            return false;
        }
        return access.mayAssignTo(owner.getId());
    }

    /** The active users in a group (directly, or through a role or a group in it), by id. */
    public List<User> groupMembers(Long groupId) {
        return access.activeMembers(groupId);
    }

    /** Owners named by username, email or display name (users), or display name (groups). */
    private Map<String, Owner> ownersNamed(Collection<String> texts) {
        Map<String, Owner> found = new HashMap<>();
        if (texts.isEmpty()) {
            return found;
        }
        Set<String> names = new HashSet<>();
        texts.forEach(t -> names.add(t.strip()));
        List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        for (User user : em.createQuery(
                        "select u from User u where u.username in :lower or u.email in :lower or u.displayName in :names",
                        User.class)
                .setParameter("lower", lower)
                .setParameter("names", names)
                .getResultList()) {
            if (assignable(user)) {
                for (String key : new String[] {user.getUsername(), user.getEmail(), user.getDisplayName()}) {
                    if (key != null) {
                        found.putIfAbsent(plain(key), user);
                    }
                }
            }
        }
        for (Group group : em.createQuery("select g from UserGroup g where g.displayName in :names", Group.class)
                .setParameter("names", names)
                .getResultList()) {
            if (assignable(group)) {
                found.putIfAbsent(plain(group.getDisplayName()), group);
            }
        }
        return found;
    }

    /**
     * Each contact's account by name or number, among the accounts the user may see; a missing
     * one rejects the row or is created (once per name, owned by the row's owner, removed by undo).
     */
    private List<Prepared> accounts(
            ImportSettings settings, RowMapper mapper, List<Prepared> rows, List<Rejected> rejected, long importId) {
        boolean byNumber = settings.accountMatch == ImportSettings.AccountMatch.NUMBER;
        ImportField.Target target = byNumber ? ImportField.Target.ACCOUNT_NUMBER : ImportField.Target.ACCOUNT_NAME;
        Set<String> wanted = new HashSet<>();
        for (Prepared row : rows) {
            String text = accountText(row, byNumber);
            if (text != null) {
                wanted.add(text);
            }
        }
        Map<String, Account> found = new HashMap<>();
        if (!wanted.isEmpty()) {
            List<Object[]> matches = byNumber
                    ? byIndex(
                            "crm_account",
                            "constraint=uq_crm_account_number",
                            "account_number",
                            "id, account_number, owner_id",
                            wanted)
                    : byIndex("crm_account", "index=ix_crm_account_name", "name", "id, name, owner_id", wanted);
            Map<Long, String> visible = new HashMap<>();
            matches.sort((x, y) -> Long.compare(((Number) x[0]).longValue(), ((Number) y[0]).longValue()));
            Map<Long, Boolean> readable = new HashMap<>();
            for (Object[] match : matches) {
                long owner = ((Number) match[2]).longValue();
                if (readable.computeIfAbsent(owner, o -> access.may(CrmModule.ACCOUNTS, Action.VIEW, o))) {
                    visible.putIfAbsent(((Number) match[0]).longValue(), plain(String.valueOf(match[1])));
                }
            }
            if (!visible.isEmpty()) {
                Map<Long, Account> loaded = new HashMap<>();
                for (Account account : em.createQuery("select a from Account a where a.id in :ids", Account.class)
                        .setParameter("ids", List.copyOf(visible.keySet()))
                        .getResultList()) {
                    loaded.put(account.getId(), account);
                }
                visible.keySet().stream().sorted().forEach(id -> {
                    if (loaded.containsKey(id)) {
                        found.putIfAbsent(visible.get(id), loaded.get(id));
                    }
                });
            }
        }
        List<Prepared> kept = new ArrayList<>();
        List<Account> created = new ArrayList<>();
        for (Prepared row : rows) {
            String text = accountText(row, byNumber);
            if (text == null) {
                rejected.add(new Rejected(row.source(), mapper.format("crm.import.account.required")));
                continue;
            }
            Account account = found.get(plain(text));
            if (account == null
                    && !byNumber
                    && settings.missingAccount == ImportSettings.MissingAccount.CREATE
                    && access.rights().allows(CrmModule.ACCOUNTS, Action.CREATE)) {
                account = new Account();
                account.setName(text.length() > Account.NAME_LENGTH ? text.substring(0, Account.NAME_LENGTH) : text);
                account.assignTo(row.record().getOwner());
                account.createdByImport(importId);
                account.touch(access.subject().userId(), Instant.now());
                created.add(account);
                found.put(plain(text), account);
            }
            if (account == null) {
                rejected.add(new Rejected(
                        row.source(),
                        mapper.format("crm.import.account.missing", mapper.columnOf(keyOf(target)), text)));
                continue;
            }
            Properties.set(row.record(), "account", account);
            kept.add(row);
        }
        List<String> taken = numbers.next(NumberSequences.ACCOUNT, created.size());
        for (int i = 0; i < created.size(); i++) {
            created.get(i).numberAs(taken.get(i));
            em.persist(created.get(i));
        }
        return kept;
    }

    private static String keyOf(ImportField.Target target) {
        return target == ImportField.Target.ACCOUNT_NUMBER ? "account.number" : "account.name";
    }

    private static String accountText(Prepared row, boolean byNumber) {
        String text = row.links().get(byNumber ? ImportField.Target.ACCOUNT_NUMBER : ImportField.Target.ACCOUNT_NAME);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * The existing records the chunk's rows may duplicate, per key: one query per key over the
     * key's index (Derby otherwise scans the table and compares every row with the whole IN list),
     * then, unless the rows are only skipped, the records themselves by primary key.
     */
    private Map<DuplicateKey, Map<String, Target>> duplicates(
            ModuleDefinition declared, ImportSettings settings, List<Prepared> rows) {
        Map<DuplicateKey, Map<String, Target>> known = new LinkedHashMap<>();
        if (settings.duplicateMode == DuplicateMode.CREATE) {
            return known;
        }
        Map<Long, List<String[]>> wanted = new HashMap<>(); // id -> (key, value) pairs
        for (DuplicateKey key : settings.duplicateKeys) {
            known.put(key, new HashMap<>());
            ModuleDefinition.KeyIndex lookup = declared.duplicateKeys().get(key);
            if (lookup == null) {
                continue;
            }
            Set<String> values = new HashSet<>();
            for (Prepared row : rows) {
                String value = property(row.record(), lookup.property());
                if (value != null) {
                    values.add(value);
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            for (Object[] found : byIndex(
                    declared.table(), "index=" + lookup.index(), lookup.column(), "id, " + lookup.select(), values)) {
                String k = key == DuplicateKey.NAME_AND_ACCOUNT
                        ? nameAndAccount(String.valueOf(found[1]))
                        : plain(String.valueOf(found[1]));
                long id = ((Number) found[0]).longValue();
                known.get(key).putIfAbsent(k, new Target(null, false, id));
                wanted.computeIfAbsent(id, x -> new ArrayList<>()).add(new String[] {key.name(), k});
            }
        }
        if (settings.duplicateMode != DuplicateMode.SKIP && !wanted.isEmpty()) {
            Class<? extends OwnedEntity> type = declared.type();
            for (OwnedEntity record : em.createQuery(
                            "select x from " + type.getSimpleName() + " x where x.id in :ids", type)
                    .setParameter("ids", List.copyOf(wanted.keySet()))
                    .getResultList()) {
                for (String[] keyed : wanted.get(record.getId())) {
                    known.get(DuplicateKey.valueOf(keyed[0])).put(keyed[1], new Target(record, false, record.getId()));
                }
            }
        }
        return known;
    }

    /** "first|last|accountId" as the key function writes it. */
    private static String nameAndAccount(String joined) {
        String[] parts = joined.split("\\|", -1);
        return plain(parts[0]) + "|" + plain(parts[1]) + "|" + parts[2].strip();
    }

    /**
     * Rows of a table whose column is one of the values, read through the named index (a Derby
     * hint, a plain comment to other databases). The IN list is padded to a power of two so a
     * handful of statements are compiled, not one per chunk.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> byIndex(String table, String hint, String column, String select, Collection<String> values) {
        List<String> list = new ArrayList<>(values);
        int size = Integer.highestOneBit(Math.max(1, list.size() - 1)) << 1;
        while (list.size() < size) {
            list.add(list.get(0));
        }
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        var query = em.createNativeQuery("select " + select + " from " + table + " --DERBY-PROPERTIES " + hint
                + "\n where " + column + " in (" + marks + ")");
        for (int i = 0; i < list.size(); i++) {
            query.setParameter(i + 1, list.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    private static String property(OwnedEntity record, String name) {
        Object value = Properties.get(record, name);
        return value == null || value.toString().isBlank()
                ? null
                : value.toString().strip();
    }

    private static Function<OwnedEntity, String> keyFunction(ModuleDefinition declared, DuplicateKey key) {
        ModuleDefinition.KeyIndex lookup = declared.duplicateKeys().get(key);
        if (lookup == null) {
            return null;
        }
        if (key != DuplicateKey.NAME_AND_ACCOUNT) {
            return r -> plainOrNull(property(r, lookup.property()));
        }
        return r -> {
            Contact c = (Contact) r;
            if (c.getAccount() == null || c.getLastName() == null) {
                return null;
            }
            Object account = c.getAccount().getId() == null
                    ? System.identityHashCode(c.getAccount())
                    : c.getAccount().getId();
            return plain(c.getFirstName() == null ? "" : c.getFirstName()) + "|" + plain(c.getLastName()) + "|"
                    + account;
        };
    }

    private static Target match(
            ModuleDefinition declared,
            ImportSettings settings,
            Map<DuplicateKey, Map<String, Target>> known,
            Prepared row) {
        for (DuplicateKey key : settings.duplicateKeys) {
            Function<OwnedEntity, String> keyOf = keyFunction(declared, key);
            String k = keyOf == null ? null : keyOf.apply(row.record());
            Target found = k == null ? null : known.get(key).get(k);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A new record counts for the rows after it: duplicates inside the file are found too. */
    private static void remember(
            ModuleDefinition declared,
            ImportSettings settings,
            Map<DuplicateKey, Map<String, Target>> known,
            Prepared row,
            Target target) {
        for (DuplicateKey key : settings.duplicateKeys) {
            Function<OwnedEntity, String> keyOf = keyFunction(declared, key);
            String k = keyOf == null ? null : keyOf.apply(row.record());
            if (k != null) {
                known.computeIfAbsent(key, x -> new HashMap<>()).putIfAbsent(k, target);
            }
        }
    }

    /** The row's fields into the existing record; merging fills only the empty ones. */
    private static void copy(Prepared row, OwnedEntity existing, boolean merge, Set<String> kept) {
        Map<String, ImportField> fields = new HashMap<>();
        Modules.of(existing).importFields().forEach(f -> fields.put(f.key(), f));
        for (String key : row.given()) {
            ImportField field = fields.get(key);
            if (field == null
                    || field.target() != ImportField.Target.PROPERTY
                    || kept.contains(field.column().field())) {
                continue;
            }
            Object value = Properties.get(row.record(), key);
            if (merge && !empty(Properties.get(existing, key))) {
                continue;
            }
            Properties.set(existing, key, value);
        }
    }

    private static boolean empty(Object value) {
        return value == null || (value instanceof String s && s.isBlank()) || Boolean.FALSE.equals(value);
    }

    /** Every importable field's value before the import changed the record, as JSON strings (null stays null). */
    static String before(OwnedEntity record) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ImportField field : Modules.of(record).importFields()) {
            if (field.target() == ImportField.Target.PROPERTY) {
                Object value = Properties.get(record, field.key());
                values.put(field.key(), value == null ? null : value.toString());
            }
        }
        try (Jsonb jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(values);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts back the values an import overwrote. */
    @SuppressWarnings("unchecked")
    public static void restore(OwnedEntity record, String before) {
        Map<String, String> values;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            values = jsonb.fromJson(before, LinkedHashMap.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        values.forEach((key, text) -> {
            Class<?> type = Properties.type(record.getClass(), key);
            Object value;
            if (text == null) {
                value = type == boolean.class ? Boolean.FALSE : null;
            } else if (type == LocalDate.class) {
                value = LocalDate.parse(text);
            } else if (type == Integer.class || type == int.class) {
                value = Integer.valueOf(text);
            } else if (type == BigDecimal.class) {
                value = new BigDecimal(text);
            } else if (type == boolean.class || type == Boolean.class) {
                value = Boolean.valueOf(text);
            } else {
                value = text;
            }
            Properties.set(record, key, value);
        });
    }

    /** Compared as the database compares names: without case or accents, spaces collapsed. */
    static String plain(String text) {
        String ascii = Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String plainOrNull(String text) {
        return text == null ? null : plain(text);
    }

    /** A row's cells as one CSV record, for the rejected rows' file. */
    static String csv(List<String> cells, ImportSettings settings) {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = CsvWriter.builder()
                .fieldSeparator(settings.delimiterChar())
                .lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF)
                .build(out)) {
            writer.writeRecord(cells);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String text = out.toString();
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
