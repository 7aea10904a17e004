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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.PageRequest;
import org.enlace.crm.common.control.Restriction;
import org.enlace.crm.imports.control.CsvCells;
import org.enlace.crm.imports.control.CsvColumn;
import org.enlace.crm.imports.control.ModuleColumns;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmModule;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.security.entity.User;
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
        return ModuleColumns.of(module).columns().stream()
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
            @Size(max = 200) List<Long> onlyIds,
            char delimiter,
            @NotNull List<String> headers,
            @NotNull OutputStream out) {
        if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
            throw new InvalidInputException("delimiter", "crm.export.delimiter");
        }
        if (!ModuleColumns.supports(module)) {
            throw new InvalidInputException(null, "crm.export.module");
        }
        access.require(module, Action.EXPORT);
        ModuleColumns declared = ModuleColumns.of(module);
        List<CsvColumn> columns = columns(module);
        if (headers.size() != columns.size()) {
            throw new IllegalArgumentException("One header per exported column");
        }
        Restriction readable = access.readable(module, declared.ownerPath());
        User me = caller.get();
        Format format = new Format(me, settings.current());
        String projection = declared.alias() + ".id, "
                + columns.stream().map(CsvColumn::path).collect(Collectors.joining(", "));
        long written = 0;
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            CsvWriter csv = CsvWriter.builder()
                    .fieldSeparator(delimiter)
                    .lineDelimiter(LineDelimiter.CRLF)
                    .build(out, StandardCharsets.UTF_8);
            csv.writeRecord(headers.stream().map(CsvCells::neutralise).toList());
            long after = 0;
            while (true) {
                List<Long> ids = declared.list().idsAfter(em, filter, readable, onlyIds, after, CHUNK);
                if (ids.isEmpty()) {
                    break;
                }
                List<Object[]> rows = em.createQuery(
                                "select " + projection + " from " + declared.from() + " where " + declared.alias()
                                        + ".id in :ids order by " + declared.alias() + ".id",
                                Object[].class)
                        .setParameter("ids", ids)
                        .getResultList();
                for (Object[] row : rows) {
                    List<String> cells = new ArrayList<>(columns.size());
                    for (int i = 0; i < columns.size(); i++) {
                        cells.add(format.cell(columns.get(i), row[i + 1]));
                    }
                    csv.writeRecord(cells);
                    written++;
                }
                after = ids.get(ids.size() - 1);
                em.clear();
                csv.flush();
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** How the caller reads values: his date format, decimal separator, language. */
    private static final class Format {
        private final DateTimeFormatter dates;
        private final String decimal;
        private final String yes;
        private final String no;
        private final String language;
        private final SettingsCache.Snapshot settings;
        private final Map<String, String> labels = new HashMap<>();

        Format(User me, SettingsCache.Snapshot settings) {
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
            String plain = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
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
