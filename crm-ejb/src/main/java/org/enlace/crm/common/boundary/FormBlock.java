package org.enlace.crm.common.boundary;

import java.io.Serializable;
import java.util.List;

/** A block of a record's form and detail page: its title's message key and its fields. */
public record FormBlock(String labelKey, List<Field> fields) implements Serializable {

    public String getLabelKey() {
        return labelKey;
    }

    public List<Field> getFields() {
        return fields;
    }

    /** Whether a detail page shows the block as label-value pairs (an address or a long text stands alone). */
    public boolean isPairs() {
        return fields.stream().anyMatch(f -> f.type() != FieldType.ADDRESS && f.type() != FieldType.TEXTAREA);
    }
}
