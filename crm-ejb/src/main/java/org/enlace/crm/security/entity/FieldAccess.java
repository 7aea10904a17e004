package org.enlace.crm.security.entity;

/** What a profile lets its users do with one field. */
public enum FieldAccess {
    HIDDEN,
    READ_ONLY,
    WRITABLE
}
