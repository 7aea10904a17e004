package org.enlace.crm.security.boundary;

/** The names of the chart of roles the first start creates (vtiger's), for pages that point at them. */
public final class DefaultRoles {

    public static final String ROOT = "Organización";
    public static final String TOP = "Director general";
    public static final String BOTTOM = "Ejecutivo de ventas";

    private DefaultRoles() {}
}
