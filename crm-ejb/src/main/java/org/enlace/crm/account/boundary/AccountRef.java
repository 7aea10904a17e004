package org.enlace.crm.account.boundary;

import java.io.Serializable;

/** An account as pickers and autocompletes show it. */
public record AccountRef(long id, String number, String name) implements Serializable {

    public String label() {
        return name + " (" + number + ")";
    }
}
