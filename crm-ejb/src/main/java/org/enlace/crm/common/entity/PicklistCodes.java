package org.enlace.crm.common.entity;

/** Records store a picklist value's code, never its label (Configuración > Listas desplegables). */
public final class PicklistCodes {

    /** The widest code a record column holds. */
    public static final int LENGTH = 40;

    private PicklistCodes() {}
}
