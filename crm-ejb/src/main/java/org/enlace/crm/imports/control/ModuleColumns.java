package org.enlace.crm.imports.control;

import static org.enlace.crm.imports.control.CsvColumn.date;
import static org.enlace.crm.imports.control.CsvColumn.number;
import static org.enlace.crm.imports.control.CsvColumn.picklist;
import static org.enlace.crm.imports.control.CsvColumn.text;
import static org.enlace.crm.imports.control.CsvColumn.yesNo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.control.ListQuery;
import org.enlace.crm.common.control.NumberSequences;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.imports.control.ImportSettings.DuplicateKey;
import org.enlace.crm.inventory.boundary.ProductService;
import org.enlace.crm.inventory.boundary.ServiceService;
import org.enlace.crm.inventory.entity.Product;
import org.enlace.crm.inventory.entity.Service;
import org.enlace.crm.security.entity.CrmModule;
import org.enlace.crm.settings.entity.PicklistField;

/**
 * What a module declares to be exported and imported: its list query (the filters and
 * search of its list page), the alias of its entity, the path of its owner for the access control,
 * the records its rows point to, its columns, its number sequence, its table and how duplicates
 * are found, and the tables ("table.column") holding rows that belong to a record, which an undo
 * removes with it. A module joins by declaring these; nothing else changes.
 */
public record ModuleColumns(
        CrmModule module,
        Class<? extends OwnedEntity> type,
        ListQuery<?> list,
        String alias,
        String ownerPath,
        List<Lookup> lookups,
        List<CsvColumn> columns,
        Set<String> importedLinks,
        String sequence,
        String table,
        Map<DuplicateKey, KeyIndex> duplicateKeys,
        List<String> dependents) {

    /**
     * How an import finds the existing records a row may repeat, by one key: the row's property
     * whose values are looked up, the column and index that find them, and what the lookup reads
     * back to compare (the column itself, or an expression for a key of several columns).
     */
    public record KeyIndex(String property, String column, String index, String select) {

        KeyIndex(String property, String column, String index) {
            this(property, column, index, column);
        }
    }

    /**
     * A record the module's rows point to (its account, owner, parent...), read for a whole chunk
     * of rows by id instead of joined: alias as the columns' paths use it, the path of its id on
     * the module's entity, and the entity read.
     */
    public record Lookup(String alias, String foreignKey, String entity) {

        /** The name of the link, from its key: c.accountKey is "account". */
        public String link() {
            String property = foreignKey.substring(foreignKey.indexOf('.') + 1);
            return property.substring(0, property.length() - "Key".length());
        }

        /** Whether the column reads from this record. */
        public boolean serves(CsvColumn column) {
            return column.path().matches("(?s).*\\b" + alias + "\\..*");
        }
    }

    public static ModuleColumns of(CrmModule module) {
        ModuleColumns declared = module == null ? null : DECLARED.get(module);
        if (declared == null) {
            throw new IllegalArgumentException("No CSV columns for " + module);
        }
        return declared;
    }

    /** The declaration of a record's module. */
    public static ModuleColumns of(OwnedEntity record) {
        return DECLARED.values().stream()
                .filter(d -> d.type().isInstance(record))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No CSV columns for " + record.getClass()));
    }

    /** The modules that can be exported and imported, in menu order. */
    public static List<CrmModule> modules() {
        return List.copyOf(DECLARED.keySet());
    }

    public static boolean supports(CrmModule module) {
        return module != null && DECLARED.containsKey(module);
    }

    /** Whether duplicates can be looked for by the key in this module. */
    public boolean finds(DuplicateKey key) {
        return duplicateKeys.containsKey(key);
    }

    /**
     * The fields an import can fill: the module's own columns (not its number, which the CRM
     * gives) by their property path, and the links it declares importable (a contact's account by
     * name or number, any record's owner).
     */
    public List<ImportField> importFields() {
        List<ImportField> fields = new ArrayList<>();
        for (CsvColumn column : columns) {
            String path = column.path();
            if (path.matches(alias + "\\.[A-Za-z.]+") && column.field() != null) {
                String property = path.substring(alias.length() + 1);
                fields.add(new ImportField(property, column, ImportField.Target.PROPERTY));
                continue;
            }
            for (Lookup lookup : lookups) {
                if (lookup.serves(column) && path.matches(lookup.alias() + "\\.[A-Za-z]+")) {
                    String key = lookup.link() + path.substring(lookup.alias().length());
                    if (importedLinks.contains(key)) {
                        fields.add(new ImportField(key, column, ImportField.Target.of(key)));
                    }
                }
            }
        }
        return List.copyOf(fields);
    }

    private static List<CsvColumn> address(String path, String field, String sectionKey) {
        List<CsvColumn> parts = new ArrayList<>();
        for (String part : List.of("street", "city", "state", "postalCode", "country")) {
            parts.add(text(path + "." + part, field, sectionKey, "address." + part));
        }
        return parts;
    }

    private static List<CsvColumn> columns(List<CsvColumn> first, List<CsvColumn> address, List<CsvColumn> last) {
        List<CsvColumn> all = new ArrayList<>(first);
        all.addAll(address);
        all.addAll(last);
        return List.copyOf(all);
    }

    static final ModuleColumns ACCOUNTS = new ModuleColumns(
            CrmModule.ACCOUNTS,
            Account.class,
            AccountService.LIST,
            "a",
            "a.owner.id",
            List.of(new Lookup("o", "a.ownerKey", "Owner"), new Lookup("p", "a.parentKey", "Account")),
            columns(
                    List.of(
                            text("a.number", null, "account.number"),
                            text("a.name", "name", "account.name"),
                            text("a.taxId", "taxId", "account.taxId"),
                            text("a.phone", "phone", "account.phone"),
                            text("a.otherPhone", "otherPhone", "account.otherPhone"),
                            text("a.email", "email", "account.email"),
                            text("a.website", "website", "account.website"),
                            picklist("a.industry", PicklistField.ACCOUNT_INDUSTRY, "account.industry"),
                            picklist("a.type", PicklistField.ACCOUNT_TYPE, "account.type"),
                            picklist("a.rating", PicklistField.ACCOUNT_RATING, "account.rating"),
                            number("a.employees", "employees", "account.employees"),
                            number("a.annualRevenue", "annualRevenue", "account.annualRevenue"),
                            text("p.name", "parent", "account.parent")),
                    columns(
                            address("a.billingAddress", "billingAddress", "account.billingAddress"),
                            address("a.shippingAddress", "shippingAddress", "account.shippingAddress"),
                            List.of()),
                    List.of(
                            text("a.description", "description", "account.description"),
                            text("o.displayName", null, "common.owner"))),
            Set.of("owner.displayName"),
            NumberSequences.ACCOUNT,
            "crm_account",
            Map.of(
                    DuplicateKey.EMAIL, new KeyIndex("email", "email", "ix_crm_account_email"),
                    DuplicateKey.TAX_ID, new KeyIndex("taxId", "tax_id", "ix_crm_account_tax_id"),
                    DuplicateKey.NAME, new KeyIndex("name", "name", "ix_crm_account_name")),
            List.of());

    static final ModuleColumns CONTACTS = new ModuleColumns(
            CrmModule.CONTACTS,
            Contact.class,
            ContactService.LIST,
            "c",
            "c.owner.id",
            List.of(
                    new Lookup("a", "c.accountKey", "Account"),
                    new Lookup("o", "c.ownerKey", "Owner"),
                    new Lookup("r", "c.reportsToKey", "Contact")),
            columns(
                    List.of(
                            text("c.number", null, "contact.number"),
                            picklist("c.salutation", PicklistField.CONTACT_SALUTATION, "contact.salutation"),
                            text("c.firstName", "firstName", "contact.firstName"),
                            text("c.lastName", "lastName", "contact.lastName"),
                            text("a.name", "account", "contact.account"),
                            text("a.number", "account", "contact.account", "account.number"),
                            text("c.title", "title", "contact.title"),
                            text("c.department", "department", "contact.department"),
                            text("c.email", "email", "contact.email"),
                            text("c.secondaryEmail", "secondaryEmail", "contact.secondaryEmail"),
                            text("c.officePhone", "officePhone", "contact.officePhone"),
                            text("c.mobilePhone", "mobilePhone", "contact.mobilePhone"),
                            text("c.homePhone", "homePhone", "contact.homePhone"),
                            text(
                                    "concat(coalesce(concat(r.firstName, ' '), ''), r.lastName)",
                                    "reportsTo",
                                    "contact.reportsTo"),
                            yesNo("c.emailOptOut", "emailOptOut", "contact.emailOptOut"),
                            yesNo("c.doNotCall", "doNotCall", "contact.doNotCall"),
                            yesNo("c.portalUser", "portalUser", "contact.portalUser"),
                            text("c.language", "language", "contact.language"),
                            date("c.supportStart", "supportStart", "contact.supportStart"),
                            date("c.supportEnd", "supportEnd", "contact.supportEnd")),
                    address("c.mailingAddress", "mailingAddress", "contact.mailingAddress"),
                    List.of(
                            text("c.description", "description", "contact.description"),
                            text("o.displayName", null, "common.owner"))),
            Set.of("account.name", "account.number", "owner.displayName"),
            NumberSequences.CONTACT,
            "crm_contact",
            Map.of(
                    DuplicateKey.EMAIL,
                    new KeyIndex("email", "email", "ix_crm_contact_email"),
                    DuplicateKey.NAME_AND_ACCOUNT,
                    new KeyIndex(
                            "lastName",
                            "last_name",
                            "ix_crm_contact_name",
                            "coalesce(first_name, '') || '|' || last_name || '|' || cast(account_id as char(20))")),
            List.of());

    static final ModuleColumns PRODUCTS = new ModuleColumns(
            CrmModule.PRODUCTS,
            Product.class,
            ProductService.LIST,
            "p",
            "p.owner.id",
            List.of(new Lookup("o", "p.ownerKey", "Owner")),
            List.of(
                    text("p.number", null, "product.number"),
                    text("p.name", "name", "product.name"),
                    text("p.partNumber", "partNumber", "product.partNumber"),
                    yesNo("p.active", "active", "product.active"),
                    picklist("p.category", PicklistField.PRODUCT_CATEGORY, "product.category"),
                    picklist("p.manufacturer", PicklistField.PRODUCT_MANUFACTURER, "product.manufacturer"),
                    text("p.vendorPartNumber", "vendorPartNumber", "product.vendorPartNumber"),
                    text("p.serialNumber", "serialNumber", "product.serialNumber"),
                    date("p.salesStart", "salesDates", "product.salesStart"),
                    date("p.salesEnd", "salesDates", "product.salesEnd"),
                    date("p.supportStart", "supportDates", "product.supportStart"),
                    date("p.supportEnd", "supportDates", "product.supportEnd"),
                    number("p.unitPrice", "unitPrice", "product.unitPrice"),
                    number("p.commissionRate", "commissionRate", "product.commissionRate"),
                    number("p.quantityInStock", "stock", "product.quantityInStock"),
                    number("p.reorderLevel", "stock", "product.reorderLevel"),
                    number("p.quantityPerUnit", "stock", "product.quantityPerUnit"),
                    picklist("p.usageUnit", PicklistField.PRODUCT_USAGE_UNIT, "product.usageUnit"),
                    picklist("p.glAccount", PicklistField.PRODUCT_GL_ACCOUNT, "product.glAccount"),
                    text("p.website", "website", "product.website"),
                    text("p.description", "description", "product.description"),
                    text("o.displayName", null, "common.owner")),
            Set.of("owner.displayName"),
            NumberSequences.PRODUCT,
            "crm_product",
            Map.of(DuplicateKey.NAME, new KeyIndex("name", "name", "ix_crm_product_name")),
            List.of("crm_product_tax.product_id", "crm_product_price.product_id", "crm_product_image.product_id"));

    static final ModuleColumns SERVICES = new ModuleColumns(
            CrmModule.SERVICES,
            Service.class,
            ServiceService.LIST,
            "s",
            "s.owner.id",
            List.of(new Lookup("o", "s.ownerKey", "Owner")),
            List.of(
                    text("s.number", null, "service.number"),
                    text("s.name", "name", "service.name"),
                    yesNo("s.active", "active", "service.active"),
                    picklist("s.category", PicklistField.SERVICE_CATEGORY, "service.category"),
                    picklist("s.usageUnit", PicklistField.SERVICE_USAGE_UNIT, "service.usageUnit"),
                    number("s.numberOfUnits", "numberOfUnits", "service.numberOfUnits"),
                    number("s.unitPrice", "unitPrice", "service.unitPrice"),
                    number("s.commissionRate", "commissionRate", "service.commissionRate"),
                    date("s.salesStart", "salesDates", "service.salesStart"),
                    date("s.salesEnd", "salesDates", "service.salesEnd"),
                    text("s.website", "website", "service.website"),
                    text("s.description", "description", "service.description"),
                    text("o.displayName", null, "common.owner")),
            Set.of("owner.displayName"),
            NumberSequences.SERVICE,
            "crm_service",
            Map.of(DuplicateKey.NAME, new KeyIndex("name", "name", "ix_crm_service_name")),
            List.of("crm_service_tax.service_id"));

    private static final Map<CrmModule, ModuleColumns> DECLARED = new EnumMap<>(Map.of(
            CrmModule.ACCOUNTS, ACCOUNTS,
            CrmModule.CONTACTS, CONTACTS,
            CrmModule.PRODUCTS, PRODUCTS,
            CrmModule.SERVICES, SERVICES));
}
