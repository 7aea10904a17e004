package org.enlace.crm.imports.control;

import static org.enlace.crm.imports.control.CsvColumn.date;
import static org.enlace.crm.imports.control.CsvColumn.number;
import static org.enlace.crm.imports.control.CsvColumn.picklist;
import static org.enlace.crm.imports.control.CsvColumn.text;
import static org.enlace.crm.imports.control.CsvColumn.yesNo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.enlace.crm.account.boundary.AccountService;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.control.ListQuery;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.contact.boundary.ContactService;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.security.entity.CrmModule;
import org.enlace.crm.settings.entity.PicklistField;

/**
 * What a module declares to be exported (and, next, imported): its list query (the filters and
 * search of its list page), the alias of its entity, the path of its owner for the access control,
 * the records its rows point to, and its columns. A module joins by declaring these; nothing else
 * changes.
 */
public record ModuleColumns(
        CrmModule module,
        Class<? extends OwnedEntity> type,
        ListQuery<?> list,
        String alias,
        String ownerPath,
        List<Lookup> lookups,
        List<CsvColumn> columns,
        Set<String> importedLinks) {

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
        return switch (module) {
            case ACCOUNTS -> ACCOUNTS;
            case CONTACTS -> CONTACTS;
            default -> throw new IllegalArgumentException("No CSV columns for " + module);
        };
    }

    /** The modules that can be exported. */
    public static boolean supports(CrmModule module) {
        return module == CrmModule.ACCOUNTS || module == CrmModule.CONTACTS;
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
            Set.of("owner.displayName"));

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
            Set.of("account.name", "account.number", "owner.displayName"));
}
