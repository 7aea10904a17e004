package org.enlace.crm.security.entity;

/** Who a group member or a side of a sharing rule is. */
public enum PartyKind {
    USER,
    ROLE,
    ROLE_AND_SUBORDINATES,
    GROUP
}
