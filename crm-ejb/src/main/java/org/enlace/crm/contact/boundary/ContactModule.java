package org.enlace.crm.contact.boundary;

import static org.enlace.crm.common.boundary.CsvColumn.date;
import static org.enlace.crm.common.boundary.CsvColumn.picklist;
import static org.enlace.crm.common.boundary.CsvColumn.text;
import static org.enlace.crm.common.boundary.CsvColumn.yesNo;
import static org.enlace.crm.common.control.ModuleDefinition.address;

import java.util.List;
import org.enlace.crm.common.boundary.DuplicateKey;
import org.enlace.crm.common.control.ModuleDeclaration;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.ModuleDefinition.KeyIndex;
import org.enlace.crm.common.control.NumberSequences;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.contact.entity.Contact;

/** Contactos, as the shared parts of the CRM know them. */
public final class ContactModule implements ModuleDeclaration {

    public static final ModuleDefinition DEFINITION = ModuleDefinition.of(
                    CrmModule.CONTACTS, Contact.class, "c", "contact")
            .refName("concat(coalesce(concat(c.firstName, ' '), ''), c.lastName)")
            .list(ContactService.LIST)
            .privacyFrom(CrmModule.ACCOUNTS)
            .rules(
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
                            "description"))
            .lookup("a", "c.accountKey", "Account")
            .lookup("o", "c.ownerKey", "Owner")
            .lookup("r", "c.reportsToKey", "Contact")
            .columns(List.of(
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
                    date("c.supportEnd", "supportEnd", "contact.supportEnd")))
            .columns(address("c.mailingAddress", "mailingAddress", "contact.mailingAddress"))
            .columns(List.of(
                    text("c.description", "description", "contact.description"),
                    text("o.displayName", null, "common.owner")))
            .importedLinks("account.name", "account.number", "owner.displayName")
            .sequence(NumberSequences.CONTACT, "crm_contact")
            .duplicateKey(DuplicateKey.EMAIL, new KeyIndex("email", "email", "ix_crm_contact_email"))
            .duplicateKey(
                    DuplicateKey.NAME_AND_ACCOUNT,
                    new KeyIndex(
                            "lastName",
                            "last_name",
                            "ix_crm_contact_name",
                            "coalesce(first_name, '') || '|' || last_name || '|' || cast(account_id as char(20))"))
            .build();

    @Override
    public ModuleDefinition definition() {
        return DEFINITION;
    }
}
