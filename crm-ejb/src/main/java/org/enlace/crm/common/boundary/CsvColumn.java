package org.enlace.crm.common.boundary;

import java.io.Serializable;
import java.util.List;
import org.enlace.crm.common.entity.PicklistField;

/**
 * One column a module declares for CSV: its JPQL path in the module's list query, the field the
 * profiles' field rules name (a hidden field is never exported), what kind of value it holds, and
 * the message keys of its header (joined with " - ", e.g. "Dirección de facturación - Ciudad").
 */
public record CsvColumn(String path, String field, Kind kind, PicklistField picklist, List<String> labelKeys)
        implements Serializable {

    /** How a value is written. */
    public enum Kind {
        TEXT,
        NUMBER,
        DATE,
        YES_NO,
        PICKLIST
    }

    public static CsvColumn text(String path, String field, String... labelKeys) {
        return new CsvColumn(path, field, Kind.TEXT, null, List.of(labelKeys));
    }

    public static CsvColumn number(String path, String field, String... labelKeys) {
        return new CsvColumn(path, field, Kind.NUMBER, null, List.of(labelKeys));
    }

    public static CsvColumn date(String path, String field, String... labelKeys) {
        return new CsvColumn(path, field, Kind.DATE, null, List.of(labelKeys));
    }

    public static CsvColumn yesNo(String path, String field, String... labelKeys) {
        return new CsvColumn(path, field, Kind.YES_NO, null, List.of(labelKeys));
    }

    public static CsvColumn picklist(String path, PicklistField picklist, String... labelKeys) {
        return new CsvColumn(path, picklist.field(), Kind.PICKLIST, picklist, List.of(labelKeys));
    }
}
