package org.enlace.crm.common.boundary;

/** The fields an import finds duplicates by; a module declares the ones it has (ModuleDefinition). */
public enum DuplicateKey {
    EMAIL,
    NAME_AND_ACCOUNT,
    TAX_ID,
    NAME
}
