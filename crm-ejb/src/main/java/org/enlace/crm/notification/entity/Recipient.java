package org.enlace.crm.notification.entity;

import java.io.Serializable;

/**
 * Whom a mail goes to: the address, the display name, and the record it belongs to (a user or a
 * contact, or none for an address typed by hand). optedOut: the contact asked for no mail.
 */
public record Recipient(RecipientKind kind, Long id, String address, String name, boolean optedOut)
        implements Serializable {

    public static Recipient address(String address) {
        return new Recipient(RecipientKind.ADDRESS, null, address, null, false);
    }
}
