package org.enlace.crm.contact.boundary;

import org.enlace.crm.common.boundary.ListRow;

/** A contact as pickers and autocompletes show it. */
public record ContactRef(long id, String number, String name, String accountName) implements ListRow {

    @Override
    public long getId() {
        return id;
    }

    public String label() {
        return name + " (" + accountName + ")";
    }
}
