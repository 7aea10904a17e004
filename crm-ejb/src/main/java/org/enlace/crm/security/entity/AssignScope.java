package org.enlace.crm.security.entity;

/** Whom the users of a role may assign records to (besides themselves and their groups). */
public enum AssignScope {
    ALL_USERS,
    SAME_ROLE_AND_SUBORDINATES,
    SUBORDINATES
}
