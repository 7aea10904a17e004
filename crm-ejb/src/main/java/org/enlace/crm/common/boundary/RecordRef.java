package org.enlace.crm.common.boundary;

import org.enlace.crm.common.entity.CrmModule;

/** A record as a link shows it: its module, id, number and name (an autocomplete's item). */
public record RecordRef(CrmModule module, long id, String number, String name) implements ListRow {

    /** As a list query's projection reads it; the module is added by {@link #in}. */
    public RecordRef(long id, String number, String name) {
        this(null, id, number, name);
    }

    public RecordRef in(CrmModule of) {
        return new RecordRef(of, id, number, name);
    }

    @Override
    public long getId() {
        return id;
    }

    public String label() {
        return name + " (" + number + ")";
    }
}
