package org.enlace.crm.common.boundary;

/**
 * A field an import can fill: its key (the entity's property path, e.g. mailingAddress.city, or a
 * link such as account.name), the column that declares it (kind, picklist, headers), and where
 * its value goes.
 */
public record ImportField(String key, CsvColumn column, Target target) {

    /** Where a field's value goes. */
    public enum Target {
        /** A property of the record, set by its setter. */
        PROPERTY,
        /** A contact's account, found by its name. */
        ACCOUNT_NAME,
        /** A contact's account, found by its number. */
        ACCOUNT_NUMBER,
        /** The record's owner: a user's name, username or email, or a group's name. */
        OWNER;

        public static Target of(String key) {
            return switch (key) {
                case "account.name" -> ACCOUNT_NAME;
                case "account.number" -> ACCOUNT_NUMBER;
                case "owner.displayName" -> OWNER;
                default -> throw new IllegalArgumentException("No import target for " + key);
            };
        }
    }
}
