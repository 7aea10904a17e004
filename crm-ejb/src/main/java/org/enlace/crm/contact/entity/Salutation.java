package org.enlace.crm.contact.entity;

/** Salutation picklist (fixed values until the picklist editor); labels live in the web bundles. */
public enum Salutation {
    MR,
    MRS,
    MS,
    DR,
    ENG,
    PROF
}
