package org.enlace.crm.common.entity;

/**
 * The drop-down fields of every module, as the picklist editor lists them. Records store a value's
 * code; {@code table} and {@code column} say where, for moving records off a deleted value (null
 * while the module's records do not exist yet: its values are ready for it).
 */
public enum PicklistField {
    ACCOUNT_TYPE("ACCOUNTS", "type", "crm_account", "account_type"),
    ACCOUNT_INDUSTRY("ACCOUNTS", "industry", "crm_account", "industry"),
    ACCOUNT_RATING("ACCOUNTS", "rating", "crm_account", "rating"),
    CONTACT_SALUTATION("CONTACTS", "salutation", "crm_contact", "salutation"),
    LEAD_SALUTATION("LEADS", "salutation", "crm_lead", "salutation"),
    LEAD_STATUS("LEADS", "status", "crm_lead", "lead_status"),
    LEAD_SOURCE("LEADS", "source", "crm_lead", "lead_source"),
    LEAD_RATING("LEADS", "rating", "crm_lead", "rating"),
    LEAD_INDUSTRY("LEADS", "industry", "crm_lead", "industry"),
    OPPORTUNITY_STAGE("OPPORTUNITIES", "stage", "crm_opportunity", "stage"),
    OPPORTUNITY_TYPE("OPPORTUNITIES", "type", "crm_opportunity", "opportunity_type"),
    OPPORTUNITY_SOURCE("OPPORTUNITIES", "source", "crm_opportunity", "lead_source"),
    PRODUCT_CATEGORY("PRODUCTS", "category", "crm_product", "category"),
    PRODUCT_MANUFACTURER("PRODUCTS", "manufacturer", "crm_product", "manufacturer"),
    PRODUCT_USAGE_UNIT("PRODUCTS", "usageUnit", "crm_product", "usage_unit"),
    PRODUCT_GL_ACCOUNT("PRODUCTS", "glAccount", "crm_product", "gl_account"),
    SERVICE_CATEGORY("SERVICES", "category", "crm_service", "category"),
    SERVICE_USAGE_UNIT("SERVICES", "usageUnit", "crm_service", "usage_unit"),
    QUOTE_STAGE("QUOTES", "stage", null, null),
    SALES_ORDER_STATUS("SALES_ORDERS", "status", null, null),
    INVOICE_STATUS("INVOICES", "status", null, null),
    PAYMENT_TERMS("SALES_ORDERS", "paymentTerms", null, null);

    public static final int CODE_LENGTH = 40;
    public static final int LABEL_LENGTH = 100;

    private final String module;
    private final String field;
    private final String table;
    private final String column;

    PicklistField(String module, String field, String table, String column) {
        this.module = module;
        this.field = field;
        this.table = table;
        this.column = column;
    }

    /** The module's key, as the bundles name it ({@code module.ACCOUNTS}). */
    public String module() {
        return module;
    }

    /** The entity property holding the code. */
    public String field() {
        return field;
    }

    public String table() {
        return table;
    }

    public String column() {
        return column;
    }

    /** Whether records hold this field yet. */
    public boolean stored() {
        return table != null;
    }
}
