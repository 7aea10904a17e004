package org.enlace.crm.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.FieldAccess;
import org.enlace.crm.security.entity.FieldRule;
import org.enlace.crm.security.entity.Profile;
import org.junit.jupiter.api.Test;

/** A role with several profiles gets the most any of them gives. */
class RightsTest {

    @Test
    void actionsAddUpAndAFieldIsAsOpenAsItsMostOpenProfileMakesIt() {
        Profile reader = new Profile("Lectura", null);
        reader.allow(CrmModule.CONTACTS, EnumSet.of(Action.VIEW));
        reader.setFieldRules(List.of(
                new FieldRule(CrmModule.CONTACTS, "email", FieldAccess.HIDDEN),
                new FieldRule(CrmModule.CONTACTS, "title", FieldAccess.HIDDEN)));
        Profile editor = new Profile("Edición", null);
        editor.allow(CrmModule.CONTACTS, EnumSet.of(Action.VIEW, Action.EDIT));
        editor.setFieldRules(List.of(new FieldRule(CrmModule.CONTACTS, "email", FieldAccess.READ_ONLY)));

        Rights rights = Rights.of(List.of(reader, editor));

        assertThat(rights.allows(CrmModule.CONTACTS, Action.EDIT)).isTrue();
        assertThat(rights.allows(CrmModule.CONTACTS, Action.DELETE)).isFalse();
        assertThat(rights.allows(CrmModule.ACCOUNTS, Action.VIEW)).isFalse();
        assertThat(rights.field(CrmModule.CONTACTS, "email")).isEqualTo(FieldAccess.READ_ONLY);
        assertThat(rights.field(CrmModule.CONTACTS, "title")).isEqualTo(FieldAccess.WRITABLE);
        assertThat(rights.field(CrmModule.CONTACTS, "department")).isEqualTo(FieldAccess.WRITABLE);
        assertThat(rights.viewsAll()).isFalse();
    }

    @Test
    void withoutViewNoOtherRightCounts() {
        Profile odd = new Profile("Raro", null);
        odd.allow(CrmModule.ACCOUNTS, EnumSet.of(Action.EDIT, Action.DELETE));
        assertThat(Rights.of(List.of(odd)).allows(CrmModule.ACCOUNTS, Action.EDIT))
                .isFalse();
    }

    @Test
    void aMandatoryFieldCannotBeHidden() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> new FieldRule(CrmModule.CONTACTS, "lastName", FieldAccess.HIDDEN));
    }
}
