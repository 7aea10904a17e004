package org.enlace.crm.account.boundary;

import org.enlace.crm.common.boundary.ListRow;

/** An account as pickers and autocompletes show it. */
public record AccountRef(long id, String number, String name) implements ListRow {

    @Override
    public long getId() {
        return id;
    }

    public String label() {
        return name + " (" + number + ")";
    }
}
