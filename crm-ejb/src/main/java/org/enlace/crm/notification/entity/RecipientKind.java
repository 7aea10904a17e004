package org.enlace.crm.notification.entity;

/** Who a message went to: a staff user, a contact, or an address typed by an administrator. */
public enum RecipientKind {
    USER,
    CONTACT,
    ADDRESS
}
