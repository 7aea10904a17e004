package org.enlace.crm.common.boundary;

/** How a field is typed, shown and written to CSV. */
public enum FieldType {
    TEXT,
    EMAIL,
    PHONE,
    URL,
    TEXTAREA,
    PICKLIST,
    CHECKBOX,
    DATE,
    INTEGER,
    DECIMAL,
    /** A record of another module, chosen with an autocomplete and stored as a reference. */
    LINK,
    /** An embedded address (street, city, state, postal code, country), drawn as its own block. */
    ADDRESS,
    /** A field whose form part the module's page draws itself (a link to another record...). */
    CUSTOM;
}
