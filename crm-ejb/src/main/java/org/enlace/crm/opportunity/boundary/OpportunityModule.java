package org.enlace.crm.opportunity.boundary;

import static org.enlace.crm.common.boundary.Field.link;
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
import org.enlace.crm.opportunity.entity.Opportunity;

/** Oportunidades: everything the shared parts of the CRM know of opportunities, in one place. */
public final class OpportunityModule implements ModuleDeclaration {

    /** Filter key for the opportunities of one account (its related list). */
    public static final String BY_ACCOUNT = "accountId";

    /** Filter key for the opportunities of one contact. */
    public static final String BY_CONTACT = "contactId";

    public static final ListQuery<OpportunityRow> LIST = ListQuery.of(
                    OpportunityRow.class,
                    "p",
                    "new org.enlace.crm.opportunity.boundary.OpportunityRow(p.id, p.number, p.name, a.id, a.name,"
                            + " p.amount, p.closeDate, p.stage, p.probability, o.displayName)",
                    "Opportunity p join p.account a join p.owner o")
            .alone("Opportunity p")
            .column("number", "p.number")
            .column("name", "p.name")
            .column("account", "a.name")
            .column("owner", "o.displayName")
            .byCode("stage", "p.stage")
            .byId(BY_ACCOUNT, "p.accountKey")
            .byId(BY_CONTACT, "p.contactKey")
            .sortOnly("amount", "p.amount")
            .sortOnly("closeDate", "p.closeDate")
            .searchWhen(ListQuery.RECORD_NUMBER, "p.number")
            .search("p.name")
            .defaultOrder("p.name asc")
            .build();

    public static final ModuleDefinition DEFINITION = ModuleDefinition.of(
                    CrmModule.OPPORTUNITIES, Opportunity.class, "p", "opportunity")
            .list(LIST)
            .refName("p.name")
            .privacyFrom(CrmModule.ACCOUNTS)
            .block(
                    "opportunity.section.info",
                    text("name", Opportunity.NAME_LENGTH).mandatory(),
                    link("account", CrmModule.ACCOUNTS).mandatory(),
                    link("contact", CrmModule.CONTACTS),
                    of("amount", FieldType.DECIMAL),
                    of("closeDate", FieldType.DATE).mandatory(),
                    picklist("stage", PicklistField.OPPORTUNITY_STAGE).mandatory(),
                    of("probability", FieldType.INTEGER),
                    picklist("type", PicklistField.OPPORTUNITY_TYPE),
                    picklist("source", PicklistField.OPPORTUNITY_SOURCE),
                    text("nextStep", Opportunity.NEXT_STEP_LENGTH))
            .block(
                    "common.description",
                    of("description", FieldType.TEXTAREA, Opportunity.DESCRIPTION_LENGTH)
                            .labelled("common.description"))
            .lookup("a", "p.accountKey", "Account")
            .lookup("o", "p.ownerKey", "Owner")
            .csvFromFields(
                    CsvColumn.text("a.name", "account", "opportunity.account"),
                    CsvColumn.text("a.number", "account", "opportunity.account", "account.number"),
                    CsvColumn.text("o.displayName", null, "common.owner"))
            .importedLinks("account.name", "account.number", "owner.displayName")
            .sequence(NumberSequences.OPPORTUNITY, "crm_opportunity")
            .duplicateKey(DuplicateKey.NAME, new KeyIndex("name", "name", "ix_crm_opportunity_name"))
            .build();

    @Override
    public ModuleDefinition definition() {
        return DEFINITION;
    }
}
