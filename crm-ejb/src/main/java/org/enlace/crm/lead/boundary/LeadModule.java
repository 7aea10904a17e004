package org.enlace.crm.lead.boundary;

import static org.enlace.crm.common.boundary.Field.of;
import static org.enlace.crm.common.boundary.Field.picklist;
import static org.enlace.crm.common.boundary.Field.text;

import org.enlace.crm.common.boundary.CsvColumn;
import org.enlace.crm.common.boundary.DuplicateKey;
import org.enlace.crm.common.boundary.FieldType;
import org.enlace.crm.common.control.ListQuery;
import org.enlace.crm.common.control.ModuleDeclaration;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.ModuleDefinition.KeyIndex;
import org.enlace.crm.common.control.NumberSequences;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;
import org.enlace.crm.lead.entity.Lead;

/** Prospectos: everything the shared parts of the CRM know of leads, in one place. */
public final class LeadModule implements ModuleDeclaration {

    public static final ListQuery<LeadRow> LIST = ListQuery.of(
                    LeadRow.class,
                    "l",
                    "new org.enlace.crm.lead.boundary.LeadRow(l.id, l.number, l.lastName, l.firstName, l.company,"
                            + " l.email, l.phone, l.status, o.displayName)",
                    "Lead l join l.owner o")
            .alone("Lead l")
            .column("number", "l.number")
            .column("lastName", "l.lastName")
            .column("firstName", "l.firstName")
            .column("company", "l.company")
            .column("email", "l.email")
            .column("phone", "l.phone")
            .byCode("status", "l.status")
            .column("owner", "o.displayName")
            .searchWhen(ListQuery.EMAIL, "l.email")
            .searchWhen(ListQuery.RECORD_NUMBER, "l.number")
            .search("l.lastName", "l.firstName")
            .defaultOrder("l.lastName asc, l.firstName asc")
            .build();

    public static final ModuleDefinition DEFINITION = ModuleDefinition.of(CrmModule.LEADS, Lead.class, "l", "lead")
            .refName("concat(coalesce(concat(l.firstName, ' '), ''), l.lastName)")
            .list(LIST)
            .block(
                    "lead.section.info",
                    picklist("salutation", PicklistField.LEAD_SALUTATION),
                    text("firstName", Lead.NAME_LENGTH),
                    text("lastName", Lead.NAME_LENGTH).mandatory(),
                    text("company", Lead.COMPANY_LENGTH).mandatory(),
                    text("title", Lead.TITLE_LENGTH),
                    of("email", FieldType.EMAIL, Lead.EMAIL_LENGTH),
                    of("secondaryEmail", FieldType.EMAIL, Lead.EMAIL_LENGTH),
                    of("phone", FieldType.PHONE, Lead.PHONE_LENGTH),
                    of("mobile", FieldType.PHONE, Lead.PHONE_LENGTH),
                    of("fax", FieldType.PHONE, Lead.PHONE_LENGTH),
                    of("website", FieldType.URL, Lead.WEBSITE_LENGTH),
                    picklist("source", PicklistField.LEAD_SOURCE),
                    picklist("status", PicklistField.LEAD_STATUS),
                    picklist("rating", PicklistField.LEAD_RATING),
                    picklist("industry", PicklistField.LEAD_INDUSTRY),
                    of("employees", FieldType.INTEGER),
                    of("annualRevenue", FieldType.DECIMAL),
                    of("emailOptOut", FieldType.CHECKBOX),
                    of("doNotCall", FieldType.CHECKBOX))
            .block("lead.section.address", of("address", FieldType.ADDRESS))
            .block(
                    "common.description",
                    of("description", FieldType.TEXTAREA, Lead.DESCRIPTION_LENGTH)
                            .labelled("common.description"))
            .lookup("o", "l.ownerKey", "Owner")
            .csvFromFields(CsvColumn.text("o.displayName", null, "common.owner"))
            .importedLinks("owner.displayName")
            .sequence(NumberSequences.LEAD, "crm_lead")
            .duplicateKey(DuplicateKey.EMAIL, new KeyIndex("email", "email", "ix_crm_lead_email"))
            .duplicateKey(DuplicateKey.NAME, new KeyIndex("company", "company", "ix_crm_lead_company"))
            .build();

    @Override
    public ModuleDefinition definition() {
        return DEFINITION;
    }
}
