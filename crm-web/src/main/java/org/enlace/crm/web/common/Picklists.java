package org.enlace.crm.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.enlace.crm.account.entity.AccountType;
import org.enlace.crm.account.entity.Industry;
import org.enlace.crm.contact.entity.Salutation;

/** The fixed picklist values the forms offer until the picklist editor exists; labels are in the bundles. */
@Named
@ApplicationScoped
public class Picklists {

    public Industry[] getIndustries() {
        return Industry.values();
    }

    public AccountType[] getAccountTypes() {
        return AccountType.values();
    }

    public Salutation[] getSalutations() {
        return Salutation.values();
    }
}
