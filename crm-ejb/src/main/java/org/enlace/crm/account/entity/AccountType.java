package org.enlace.crm.account.entity;

/** Account type picklist (fixed values until the picklist editor); labels live in the web bundles. */
public enum AccountType {
    CUSTOMER,
    PROSPECT,
    PARTNER,
    RESELLER,
    INTEGRATOR,
    INVESTOR,
    ANALYST,
    COMPETITOR,
    PRESS,
    OTHER
}
