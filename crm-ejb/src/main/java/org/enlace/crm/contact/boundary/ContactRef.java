package org.enlace.crm.contact.boundary;

import java.io.Serializable;

/** A contact as pickers and autocompletes show it. */
public record ContactRef(long id, String number, String name, String accountName) implements Serializable {

    public String label() {
        return name + " (" + accountName + ")";
    }
}
