package org.enlace.crm.security.entity;

import java.util.List;

/**
 * The modules the access rules speak of, with the fields a profile can hide or make read-only.
 * Mandatory fields are listed apart: they can never be hidden.
 */
public enum CrmModule {
    ACCOUNTS(
            List.of("name"),
            List.of(
                    "taxId",
                    "phone",
                    "otherPhone",
                    "email",
                    "website",
                    "industry",
                    "type",
                    "rating",
                    "employees",
                    "annualRevenue",
                    "parent",
                    "billingAddress",
                    "shippingAddress",
                    "description")),
    CONTACTS(
            List.of("lastName", "account"),
            List.of(
                    "salutation",
                    "firstName",
                    "title",
                    "department",
                    "email",
                    "officePhone",
                    "mobilePhone",
                    "homePhone",
                    "secondaryEmail",
                    "reportsTo",
                    "emailOptOut",
                    "doNotCall",
                    "portalUser",
                    "language",
                    "supportStart",
                    "supportEnd",
                    "mailingAddress",
                    "description")),
    PRODUCTS(
            List.of("name"),
            List.of(
                    "partNumber",
                    "active",
                    "category",
                    "manufacturer",
                    "vendorPartNumber",
                    "serialNumber",
                    "salesDates",
                    "supportDates",
                    "unitPrice",
                    "commissionRate",
                    "taxes",
                    "stock",
                    "usageUnit",
                    "glAccount",
                    "website",
                    "description")),
    SERVICES(
            List.of("name"),
            List.of(
                    "active",
                    "category",
                    "usageUnit",
                    "numberOfUnits",
                    "unitPrice",
                    "commissionRate",
                    "taxes",
                    "salesDates",
                    "website",
                    "description"));

    private final List<String> mandatoryFields;
    private final List<String> optionalFields;

    CrmModule(List<String> mandatoryFields, List<String> optionalFields) {
        this.mandatoryFields = mandatoryFields;
        this.optionalFields = optionalFields;
    }

    public List<String> mandatoryFields() {
        return mandatoryFields;
    }

    public List<String> optionalFields() {
        return optionalFields;
    }

    public boolean isMandatory(String field) {
        return mandatoryFields.contains(field);
    }

    public boolean hasField(String field) {
        return mandatoryFields.contains(field) || optionalFields.contains(field);
    }

    /** The prefix of the module's labels in the bundles ({@code account.name}). */
    public String labelPrefix() {
        return switch (this) {
            case ACCOUNTS -> "account.";
            case CONTACTS -> "contact.";
            case PRODUCTS -> "product.";
            case SERVICES -> "service.";
        };
    }

    /** The JPQL entity of the module's records. */
    public String entityName() {
        return switch (this) {
            case ACCOUNTS -> "Account";
            case CONTACTS -> "Contact";
            case PRODUCTS -> "Product";
            case SERVICES -> "Service";
        };
    }

    /** Whether Configuración > Módulos can turn it off (Accounts are the core and stay on). */
    public boolean canTurnOff() {
        return this != ACCOUNTS;
    }

    /** The module whose privacy this one inherits (Contacts follow Accounts), or null. */
    public CrmModule privacyFrom() {
        return this == CONTACTS ? ACCOUNTS : null;
    }
}
