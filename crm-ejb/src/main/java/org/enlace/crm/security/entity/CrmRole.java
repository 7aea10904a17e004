package org.enlace.crm.security.entity;

/** The container roles. The CRM's own roles, profiles and groups are data, not these. */
public enum CrmRole {
    ADMIN(Names.ADMIN),
    USER(Names.USER),
    PORTAL_CONTACT(Names.PORTAL_CONTACT);

    private final String roleName;

    CrmRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    /** Compile-time constants for {@code @RolesAllowed}, which cannot take an enum. */
    public static final class Names {
        public static final String ADMIN = "crm-admin";
        public static final String USER = "crm-user";
        public static final String PORTAL_CONTACT = "portal-contact";

        private Names() {}
    }
}
