package org.enlace.crm.imports.boundary;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.enlace.crm.common.boundary.CsvColumn;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.ModuleDisabledException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.Modules;
import org.enlace.crm.common.control.Restriction;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.imports.control.CsvCells;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.security.entity.User;
import org.enlace.crm.settings.boundary.SettingsSnapshot;
import org.enlace.crm.settings.control.SettingsCache;

/**
 * Exports a module's list to CSV: every record the list shows the caller with its filters and
 * search (or only the given ids, e.g. the current page), the columns he may see, in UTF-8 with a
 * BOM (so Excel reads the accents) and his delimiter; dates in his date format, numbers with his
 * decimal separator, picklists as labels in his language, every text cell safe from spreadsheet
 * formulas. Streamed in chunks of the primary key: a million rows in bounded memory.
 */
@Stateless
@RolesAllowed(CrmRole.Names.USER)
public class ExportService {

    static final int CHUNK = 1000;

    /** The most records an export of given ids takes (a page, or the rows checked in a list). */
    public static final int MAX_IDS = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessControl access;

    @Inject
    Caller caller;

    @Inject
    SettingsCache settings;

    /** The columns the caller may export, as the header's message keys joined by " - " go with them. */
    public List<CsvColumn> columns(@NotNull CrmModule module) {
        Map<String, FieldAccess> rules = access.fieldRules(module);
        return Modules.of(module).columns().stream()
                .filter(c -> c.field() == null || rules.get(c.field()) != FieldAccess.HIDDEN)
                .toList();
    }

    /**
     * Writes the CSV to out; returns the number of records. headers: the header of each column
     * the caller may export (from {@link #columns}), in his language. onlyIds: null for all that
     * match the filter.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long export(
            @NotNull CrmModule module,
            @NotNull @Valid PageRequest filter,
            @Size(max = MAX_IDS) List<Long> onlyIds,
            char delimiter,
            @NotNull List<String> headers,
            @NotNull OutputStream out) {
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            throw new InvalidInputException("delimiter", "crm.export.delimiter");
        }
        if (!Modules.supportsCsv(module)) {
            throw new InvalidInputException(null, "crm.export.module");
        }
        if (!settings.current().enabled(module)) {
            throw new ModuleDisabledException(module.name());
        }
        access.require(module, Action.EXPORT);
        ModuleDefinition declared = Modules.of(module);
        List<CsvColumn> columns = columns(module);
        if (headers.size() != columns.size()) {
            throw new IllegalArgumentException("One header per exported column");
        }
        Restriction readable = access.readable(module, declared.ownerPath());
        User me = caller.get();
        Format format = new Format(me, settings.current());
        Chunks chunks = new Chunks(declared, columns);
        long written = 0;
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            CsvWriter csv = CsvWriter.builder()
                    .fieldSeparator(delimiter)
                    .lineDelimiter(LineDelimiter.CRLF)
                    .build(out, StandardCharsets.UTF_8);
            csv.writeRecord(headers.stream().map(CsvCells::neutralise).toList());
            long after = 0;
            // given ids are read a slice at a time, in id order like the rest, so no IN list is long
            List<Long> sorted = onlyIds == null
                    ? null
                    : onlyIds.stream().distinct().sorted().toList();
            int slice = 0;
            while (true) {
                List<Long> ids = sorted == null
                        ? null
                        : sorted.subList(
                                Math.min(slice * CHUNK, sorted.size()), Math.min((slice + 1) * CHUNK, sorted.size()));
                if (ids != null && ids.isEmpty()) {
                    break;
                }
                List<Object[]> rows = declared.list()
                        .rowsAfter(em, Object[].class, chunks.projection(), filter, readable, ids, after, CHUNK);
                if (ids != null) {
                    slice++;
                    if (rows.isEmpty()) {
                        continue;
                    }
                }
                if (rows.isEmpty()) {
                    break;
                }
                List<Object[]> values = chunks.values(em, rows);
                for (Object[] row : values) {
                    List<String> cells = new ArrayList<>(columns.size());
                    for (int i = 0; i < columns.size(); i++) {
                        cells.add(format.cell(columns.get(i), row[i]));
                    }
                    csv.writeRecord(cells);
                    written++;
                }
                after = (Long) rows.get(rows.size() - 1)[0];
                em.clear();
                csv.flush();
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /**
     * Reads a chunk: the module's own columns and the ids of the records it points to in one
     * query by primary key, then each pointed-to record once by id (kept for the next chunks while
     * few: the owners, the accounts of a list sorted by id). No join over the whole table, which
     * Derby answers by sorting it before the first row.
     */
    private static final class Chunks {
        /** Pointed-to records kept per lookup: 250,000 names and numbers are some 40 MB. */
        private static final int KEPT = 250_000;

        private final List<CsvColumn> columns;
        private final List<CsvColumn> own = new ArrayList<>();
        private final List<ModuleDefinition.Lookup> lookups = new ArrayList<>();
        private final Map<ModuleDefinition.Lookup, List<CsvColumn>> served = new HashMap<>();
        private final Map<ModuleDefinition.Lookup, Map<Long, Object[]>> kept = new HashMap<>();
        private final String projection;
        /** For each exported column: the lookup it is read from (-1: the module's own), and where. */
        private final int[] lookupOf;

        private final int[] at;

        Chunks(ModuleDefinition declared, List<CsvColumn> columns) {
            this.columns = columns;
            for (CsvColumn column : columns) {
                ModuleDefinition.Lookup lookup = declared.lookups().stream()
                        .filter(l -> l.serves(column))
                        .findFirst()
                        .orElse(null);
                if (lookup == null) {
                    own.add(column);
                } else {
                    served.computeIfAbsent(lookup, l -> new ArrayList<>()).add(column);
                }
            }
            lookups.addAll(served.keySet());
            lookupOf = new int[columns.size()];
            at = new int[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                CsvColumn column = columns.get(i);
                at[i] = own.indexOf(column);
                lookupOf[i] = -1;
                for (int l = 0; l < lookups.size() && at[i] < 0; l++) {
                    if (served.get(lookups.get(l)).contains(column)) {
                        lookupOf[i] = l;
                        at[i] = served.get(lookups.get(l)).indexOf(column);
                    }
                }
            }
            StringBuilder select = new StringBuilder(declared.alias()).append(".id");
            own.forEach(c -> select.append(", ").append(c.path()));
            lookups.forEach(l -> select.append(", ").append(l.foreignKey()));
            this.projection = select.toString();
        }

        String projection() {
            return projection;
        }

        /** The chunk's values, one array per row in the order of the exported columns. */
        List<Object[]> values(EntityManager em, List<Object[]> rows) {
            Map<ModuleDefinition.Lookup, Map<Long, Object[]>> found = new HashMap<>();
            for (int l = 0; l < lookups.size(); l++) {
                int at = 1 + own.size() + l;
                Set<Long> ids = new HashSet<>();
                rows.forEach(row -> {
                    if (row[at] != null) {
                        ids.add(((Number) row[at]).longValue());
                    }
                });
                found.put(lookups.get(l), read(em, lookups.get(l), ids));
            }
            List<Object[]> values = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                Object[] cells = new Object[columns.size()];
                for (int i = 0; i < columns.size(); i++) {
                    if (lookupOf[i] < 0) {
                        cells[i] = row[1 + at[i]];
                        continue;
                    }
                    Object id = row[1 + own.size() + lookupOf[i]];
                    Object[] record = id == null
                            ? null
                            : found.get(lookups.get(lookupOf[i])).get(((Number) id).longValue());
                    cells[i] = record == null ? null : record[1 + at[i]];
                }
                values.add(cells);
            }
            return values;
        }

        private Map<Long, Object[]> read(EntityManager em, ModuleDefinition.Lookup lookup, Set<Long> ids) {
            Map<Long, Object[]> cache = kept.computeIfAbsent(lookup, l -> new HashMap<>());
            if (cache.size() > KEPT) {
                cache.clear();
            }
            List<Long> missing =
                    ids.stream().filter(id -> !cache.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                String select = lookup.alias() + ".id, "
                        + served.get(lookup).stream().map(CsvColumn::path).collect(Collectors.joining(", "));
                for (Object[] record : em.createQuery(
                                "select " + select + " from " + lookup.entity() + " " + lookup.alias() + " where "
                                        + lookup.alias() + ".id in :ids",
                                Object[].class)
                        .setParameter("ids", padded(missing))
                        .getResultList()) {
                    cache.put(((Number) record[0]).longValue(), record);
                }
            }
            return cache;
        }
    }

    /**
     * The ids repeated up to the next power of two: an IN list of another length is another
     * statement, which Derby compiles anew; this way a whole export compiles at most a dozen.
     */
    static List<Long> padded(List<Long> ids) {
        int size = Integer.highestOneBit(Math.max(1, ids.size() - 1)) << 1;
        List<Long> padded = new ArrayList<>(size);
        padded.addAll(ids);
        while (padded.size() < size) {
            padded.add(ids.get(0));
        }
        return padded;
    }

    /** How the caller reads values: his date format, decimal separator, language. */
    private static final class Format {
        private final DateTimeFormatter dates;
        private final String decimal;
        private final String yes;
        private final String no;
        private final String language;
        private final SettingsSnapshot settings;
        private final Map<String, String> labels = new HashMap<>();

        Format(User me, SettingsSnapshot settings) {
            this.dates = DateTimeFormatter.ofPattern(me.getDateFormat());
            this.decimal = me.getDecimalSeparator();
            this.language = me.getLanguage();
            this.yes = "en".equals(language) ? "Yes" : "Sí";
            this.no = "No";
            this.settings = settings;
        }

        String cell(CsvColumn column, Object value) {
            if (value == null) {
                return "";
            }
            return switch (column.kind()) {
                case DATE -> dates.format((LocalDate) value);
                case NUMBER -> number(value);
                case YES_NO -> Boolean.TRUE.equals(value) ? yes : no;
                case PICKLIST -> CsvCells.neutralise(label(column, value.toString()));
                case TEXT -> CsvCells.neutralise(value.toString());
            };
        }

        private String number(Object value) {
            String plain =
                    value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : value.toString();
            return ".".equals(decimal) ? plain : plain.replace(".", decimal);
        }

        private String label(CsvColumn column, String code) {
            return labels.computeIfAbsent(
                    column.picklist() + ":" + code,
                    key -> settings.values(column.picklist()).stream()
                            .filter(v -> v.getCode().equals(code))
                            .map(v -> v.label(language))
                            .findFirst()
                            .orElse(code));
        }
    }
}
