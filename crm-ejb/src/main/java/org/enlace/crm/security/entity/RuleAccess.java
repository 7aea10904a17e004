package org.enlace.crm.security.entity;

/** What a custom sharing rule grants on the records it shares. */
public enum RuleAccess {
    READ,
    READ_WRITE
}
