package org.enlace.crm.common.boundary;

import java.io.Serializable;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.PicklistField;

/**
 * One field of a module as its definition declares it: the entity's property, its type, its
 * length (the entity's {@code @Size}/{@code @Column} constant), whether a record needs it, its
 * picklist, the block of the form it sits in, and its label (the module's label prefix and the
 * property, e.g. {@code lead.company}). Forms, detail pages, lists, CSV and the field rules of
 * the profiles read it; nothing else restates it.
 */
public record Field(
        String name,
        FieldType type,
        int length,
        boolean required,
        PicklistField picklist,
        CrmModule link,
        String block,
        String labelKey)
        implements Serializable {

    /** A plain text field. */
    public static Field text(String name, int length) {
        return new Field(name, FieldType.TEXT, length, false, null, null, null, null);
    }

    public static Field of(String name, FieldType type, int length) {
        return new Field(name, type, length, false, null, null, null, null);
    }

    public static Field of(String name, FieldType type) {
        return new Field(name, type, 0, false, null, null, null, null);
    }

    public static Field picklist(String name, PicklistField picklist) {
        return new Field(name, FieldType.PICKLIST, PicklistField.CODE_LENGTH, false, picklist, null, null, null);
    }

    /** A link to a record of another module (an opportunity's account), chosen with an autocomplete. */
    public static Field link(String name, CrmModule target) {
        return new Field(name, FieldType.LINK, 0, false, null, target, null, null);
    }

    /** The same field, required (marked in forms; a profile can never hide it). */
    public Field mandatory() {
        return new Field(name, type, length, true, picklist, link, block, labelKey);
    }

    /** The field placed in a block, labelled with the module's prefix unless it has its own label. */
    public Field in(String block, String labelPrefix) {
        return new Field(
                name, type, length, required, picklist, link, block, labelKey == null ? labelPrefix + name : labelKey);
    }

    /** The picklist's name for pages ({@code LEAD_STATUS}), or null. */
    public String getPicklistName() {
        return picklist == null ? null : picklist.name();
    }

    /** The linked module's key for pages ({@code ACCOUNTS}), or null. */
    public String getLinkName() {
        return link == null ? null : link.name();
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type.name();
    }

    public int getLength() {
        return length;
    }

    public boolean isRequired() {
        return required;
    }

    /** The same field under another label (e.g. a shared {@code common.description}). */
    public Field labelled(String key) {
        return new Field(name, type, length, required, picklist, link, block, key);
    }

    public String getLabelKey() {
        return labelKey;
    }
}
