package org.enlace.crm.imports.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.CsvColumn;
import org.enlace.crm.common.boundary.ImportField;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.Properties;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.common.entity.TaxId;
import org.enlace.crm.imports.boundary.ImportSettings;
import org.enlace.crm.settings.entity.PicklistValue;

/**
 * Turns one row of the file into a record, as a form would: each mapped cell (or the field's
 * default when the cell is empty) parsed by its kind in the user's date format and decimal
 * separator, picklist values matched by their label in either language (or their code), then the
 * record validated with the forms' Bean Validation rules. A row that cannot become a valid record
 * is rejected with the reason, naming the file's column, in the user's language.
 */
public final class RowMapper {

    /** A row read from the file: its line, its cells. */
    public record Line(long line, List<String> cells) {}

    /** What became of a row. */
    public sealed interface Row permits Prepared, Rejected, Empty {
        Line source();
    }

    /**
     * A valid record not yet saved, with the text of its links (account, owner) still to find,
     * the fields the file gave it, and picklist values to add (field, label, code).
     */
    public record Prepared(
            Line source,
            OwnedEntity record,
            Map<ImportField.Target, String> links,
            Set<String> given,
            List<NewValue> added)
            implements Row {}

    public record Rejected(Line source, String reason) implements Row {}

    /** A line with nothing but separators (or spaces): an empty line, ignored and counted. */
    public record Empty(Line source) implements Row {}

    /** A picklist value the import adds. */
    public record NewValue(PicklistField field, String label, String code) {}

    /** Thrown by a conversion: the reason's key and its arguments after the column's name. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String key;
        final Object[] args;

        Refusal(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    private final ModuleDefinition declared;
    private final ImportSettings settings;
    private final Validator validator;
    private final ResourceBundle words;
    private final Locale locale;
    private final List<ImportField> byColumn = new ArrayList<>();
    private final List<String> columnNames = new ArrayList<>();
    private final Map<ImportField, String> defaults = new LinkedHashMap<>();
    private final Map<PicklistField, Map<String, String>> codesByName = new HashMap<>();
    private final Map<PicklistField, Set<String>> codes = new HashMap<>();

    public RowMapper(
            ModuleDefinition declared,
            ImportSettings settings,
            List<String> headers,
            Map<PicklistField, List<PicklistValue>> values,
            Validator validator,
            Locale locale) {
        this.declared = declared;
        this.settings = settings;
        this.validator = validator;
        this.locale = locale;
        this.words = words(locale);
        Map<String, ImportField> fields = new HashMap<>();
        declared.importFields().forEach(f -> fields.put(f.key(), f));
        for (int i = 0; i < settings.mapping.size(); i++) {
            String key = settings.mapping.get(i);
            byColumn.add(key == null ? null : fields.get(key));
            String header = i < headers.size() ? headers.get(i).strip() : "";
            columnNames.add(header.isEmpty() ? format("crm.import.column", i + 1) : header);
        }
        settings.defaults.forEach((key, value) -> {
            ImportField field = fields.get(key);
            if (field != null && value != null && !value.isBlank()) {
                defaults.put(field, value);
            }
        });
        values.forEach((field, list) -> {
            Map<String, String> names = new HashMap<>();
            Set<String> known = new java.util.HashSet<>();
            for (PicklistValue v : list) {
                if (v.isReplacing()) {
                    continue;
                }
                known.add(v.getCode());
                names.put(CsvSniffer.simplify(v.getCode()), v.getCode());
                names.putIfAbsent(CsvSniffer.simplify(v.label("es")), v.getCode());
                names.putIfAbsent(CsvSniffer.simplify(v.label("en")), v.getCode());
            }
            codesByName.put(field, names);
            codes.put(field, known);
        });
    }

    public static ResourceBundle words(Locale locale) {
        return ResourceBundle.getBundle(
                "org.enlace.crm.imports.control.ImportWords", locale, RowMapper.class.getClassLoader());
    }

    public String format(String key, Object... args) {
        return new MessageFormat(words.getString(key), locale).format(args);
    }

    /** The name of the file's column that gives the field, or the field's key for a default. */
    public String columnOf(String key) {
        for (int i = 0; i < byColumn.size(); i++) {
            if (byColumn.get(i) != null && byColumn.get(i).key().equals(key)) {
                return columnNames.get(i);
            }
        }
        return key;
    }

    public Row map(Line line) {
        if (line.cells().stream().allMatch(cell -> cell == null || cell.isBlank())) {
            return new Empty(line);
        }
        OwnedEntity record = newRecord();
        Map<ImportField.Target, String> links = new LinkedHashMap<>();
        Set<String> given = new LinkedHashSet<>();
        List<NewValue> added = new ArrayList<>();
        Set<ImportField> filled = new java.util.HashSet<>();
        List<String> cells = line.cells();
        for (int i = 0; i < byColumn.size() && i < cells.size(); i++) {
            ImportField field = byColumn.get(i);
            String cell = cells.get(i) == null ? "" : cells.get(i).strip();
            if (field == null || cell.isEmpty()) {
                continue;
            }
            try {
                apply(record, field, cell, links, added);
            } catch (Refusal refusal) {
                return reject(line, columnNames.get(i), refusal);
            }
            filled.add(field);
            given.add(field.key());
        }
        for (Map.Entry<ImportField, String> fallback : defaults.entrySet()) {
            ImportField field = fallback.getKey();
            if (filled.contains(field)) {
                continue;
            }
            try {
                apply(record, field, fallback.getValue().strip(), links, added);
            } catch (Refusal refusal) {
                return reject(line, field.key(), refusal);
            }
            given.add(field.key());
        }
        if (record instanceof Account account
                && account.getTaxId() != null
                && TaxId.isColombian(account.getBillingAddress().getCountry())) {
            String nit = TaxId.normalizeColombianNit(account.getTaxId()).orElse(null);
            if (nit == null) {
                return reject(line, columnOf("taxId"), new Refusal("crm.import.taxId", account.getTaxId()));
            }
            account.normalizeTaxId(nit);
        }
        String invalid = invalid(record);
        if (invalid != null) {
            return new Rejected(line, invalid);
        }
        return new Prepared(line, record, links, given, added);
    }

    /** Why the record breaks the forms' rules (its first violation, naming the file's column), or null. */
    public String invalid(OwnedEntity record) {
        Set<ConstraintViolation<OwnedEntity>> violations = validator.validate(record);
        if (violations.isEmpty()) {
            return null;
        }
        ConstraintViolation<OwnedEntity> first = violations.stream()
                .sorted((a, b) -> a.getPropertyPath()
                        .toString()
                        .compareTo(b.getPropertyPath().toString()))
                .findFirst()
                .orElseThrow();
        return columnOf(propertyOf(first.getPropertyPath().toString())) + ": " + first.getMessage();
    }

    /** The field a violation's path names: supportEndValid is about supportEnd. */
    private static String propertyOf(String path) {
        if (path.endsWith("Valid")) {
            return path.substring(0, path.length() - "Valid".length());
        }
        return path;
    }

    private Rejected reject(Line line, String column, Refusal refusal) {
        Object[] args = new Object[refusal.args.length + 1];
        args[0] = column;
        System.arraycopy(refusal.args, 0, args, 1, refusal.args.length);
        return new Rejected(line, format(refusal.key, args));
    }

    private OwnedEntity newRecord() {
        try {
            return declared.type().getDeclaredConstructor().newInstance();
        } catch (InstantiationException
                | IllegalAccessException
                | InvocationTargetException
                | NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private void apply(
            OwnedEntity record,
            ImportField field,
            String cell,
            Map<ImportField.Target, String> links,
            List<NewValue> added) {
        if (field.target() != ImportField.Target.PROPERTY) {
            links.put(field.target(), cell);
            return;
        }
        Object value = convert(field, cell, added);
        Properties.set(record, field.key(), value);
    }

    /** A cell as the value its field holds. */
    Object convert(ImportField field, String cell, List<NewValue> added) {
        CsvColumn column = field.column();
        Class<?> type = Properties.type(declared.type(), field.key());
        return switch (column.kind()) {
            case TEXT -> cell;
            case DATE -> {
                LocalDate date = CsvSniffer.parseDate(cell, settings.dateFormat);
                if (date == null) {
                    throw new Refusal("crm.import.date", cell, settings.dateFormat);
                }
                yield date;
            }
            case NUMBER -> number(cell, type);
            case YES_NO -> yesNo(cell);
            case PICKLIST -> picklist(column.picklist(), cell, added);
        };
    }

    private Object number(String cell, Class<?> type) {
        String plain = cell.replace(" ", "").replace("\u00A0", "");
        if (",".equals(settings.decimal)) {
            plain = plain.replace(".", "").replace(',', '.');
        } else {
            plain = plain.replace(",", "");
        }
        BigDecimal number;
        try {
            number = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw new Refusal("crm.import.number", cell);
        }
        if (type == Integer.class || type == int.class) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw new Refusal("crm.import.integer", cell);
            }
        }
        if (type == Long.class || type == long.class) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                throw new Refusal("crm.import.integer", cell);
            }
        }
        return number;
    }

    private static final Set<String> YES = Set.of("si", "s", "yes", "y", "1", "true", "verdadero", "x");
    private static final Set<String> NO = Set.of("no", "n", "0", "false", "falso");

    private boolean yesNo(String cell) {
        String plain = CsvSniffer.simplify(cell);
        if (YES.contains(plain)) {
            return true;
        }
        if (NO.contains(plain)) {
            return false;
        }
        throw new Refusal("crm.import.yesNo", cell);
    }

    private String picklist(PicklistField field, String cell, List<NewValue> added) {
        String code = codesByName.getOrDefault(field, Map.of()).get(CsvSniffer.simplify(cell));
        if (code != null) {
            return code;
        }
        switch (settings.unknownValue) {
            case ADD -> {
                String newCode = PicklistValue.codeOf(cell);
                if (newCode.isEmpty()) {
                    throw new Refusal("crm.import.picklist", cell);
                }
                added.add(new NewValue(field, cell, newCode));
                codesByName.computeIfAbsent(field, f -> new HashMap<>()).put(CsvSniffer.simplify(cell), newCode);
                return newCode;
            }
            case DEFAULT -> {
                for (Map.Entry<ImportField, String> fallback : defaults.entrySet()) {
                    if (fallback.getKey().column().picklist() == field) {
                        String defaultCode =
                                codesByName.getOrDefault(field, Map.of()).get(CsvSniffer.simplify(fallback.getValue()));
                        if (defaultCode != null) {
                            return defaultCode;
                        }
                    }
                }
                return null;
            }
            default -> throw new Refusal("crm.import.picklist", cell);
        }
    }
}
