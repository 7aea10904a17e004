package org.enlace.crm.account.boundary;

import static org.enlace.crm.common.boundary.CsvColumn.number;
import static org.enlace.crm.common.boundary.CsvColumn.picklist;
import static org.enlace.crm.common.boundary.CsvColumn.text;
import static org.enlace.crm.common.control.ModuleDefinition.address;

import java.util.List;
import org.enlace.crm.account.entity.Account;
import org.enlace.crm.common.boundary.DuplicateKey;
import org.enlace.crm.common.control.ModuleDeclaration;
import org.enlace.crm.common.control.ModuleDefinition;
import org.enlace.crm.common.control.ModuleDefinition.KeyIndex;
import org.enlace.crm.common.control.NumberSequences;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;

/** Cuentas, as the shared parts of the CRM know them. */
public final class AccountModule implements ModuleDeclaration {

    public static final ModuleDefinition DEFINITION = ModuleDefinition.of(
                    CrmModule.ACCOUNTS, Account.class, "a", "account")
            .refName("a.name")
            .list(AccountService.LIST)
            .alwaysOn()
            .rules(
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
                            "description"))
            .lookup("o", "a.ownerKey", "Owner")
            .lookup("p", "a.parentKey", "Account")
            .columns(List.of(
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
                    text("p.name", "parent", "account.parent")))
            .columns(address("a.billingAddress", "billingAddress", "account.billingAddress"))
            .columns(address("a.shippingAddress", "shippingAddress", "account.shippingAddress"))
            .columns(List.of(
                    text("a.description", "description", "account.description"),
                    text("o.displayName", null, "common.owner")))
            .importedLinks("owner.displayName")
            .sequence(NumberSequences.ACCOUNT, "crm_account")
            .duplicateKey(DuplicateKey.EMAIL, new KeyIndex("email", "email", "ix_crm_account_email"))
            .duplicateKey(DuplicateKey.TAX_ID, new KeyIndex("taxId", "tax_id", "ix_crm_account_tax_id"))
            .duplicateKey(DuplicateKey.NAME, new KeyIndex("name", "name", "ix_crm_account_name"))
            .build();

    @Override
    public ModuleDefinition definition() {
        return DEFINITION;
    }
}
