package org.enlace.crm.common.entity;

import java.util.List;
import org.enlace.crm.common.control.Modules;

/**
 * The record modules, as keys: the access rules, the profiles, the module manager and the menus
 * speak of them. What each one is (its fields, list, numbering, CSV columns...) is its
 * definition, declared in its own package ({@link Modules}).
 */
public enum CrmModule {
    ACCOUNTS,
    CONTACTS,
    LEADS,
    OPPORTUNITIES,
    PRODUCTS,
    SERVICES;

    /** The fields a record needs; a profile can never hide them. */
    public List<String> mandatoryFields() {
        return Modules.of(this).mandatoryFields();
    }

    /** The fields a profile can hide or make read-only. */
    public List<String> optionalFields() {
        return Modules.of(this).optionalFields();
    }

    public boolean isMandatory(String field) {
        return mandatoryFields().contains(field);
    }

    public boolean hasField(String field) {
        return mandatoryFields().contains(field) || optionalFields().contains(field);
    }

    /** The prefix of the module's labels in the bundles ({@code account.name}). */
    public String labelPrefix() {
        return Modules.of(this).labelPrefix();
    }

    /** The folder of the module's pages in the staff app ({@code lead}). */
    public String folder() {
        return Modules.of(this).path();
    }

    /** The JPQL entity of the module's records. */
    public String entityName() {
        return Modules.of(this).entityName();
    }

    /** Whether Configuración > Módulos can turn it off (Accounts are the core and stay on). */
    public boolean canTurnOff() {
        return Modules.of(this).canTurnOff();
    }

    /** The module whose privacy this one inherits (Contacts follow Accounts), or null. */
    public CrmModule privacyFrom() {
        return Modules.of(this).privacyFrom();
    }
}
