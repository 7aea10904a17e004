package org.enlace.crm.security.entity;

/** What a profile allows on a module's records, and the module's tools. */
public enum Action {
    VIEW,
    CREATE,
    EDIT,
    DELETE,
    IMPORT,
    EXPORT,
    CONVERT,
    MERGE
}
