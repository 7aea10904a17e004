package org.enlace.crm.settings.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.enlace.crm.common.entity.PicklistField;
import org.junit.jupiter.api.Test;

class PicklistValueTest {

    @Test
    void makesAStableAsciiCodeFromASpanishLabel() {
        assertThat(PicklistValue.codeOf("Energía solar")).isEqualTo("ENERGIA_SOLAR");
        assertThat(PicklistValue.codeOf("  Niño & Compañía (S.A.) ")).isEqualTo("NINO_COMPANIA_S_A");
        assertThat(PicklistValue.codeOf("¿?")).isEqualTo("VALUE");
        assertThat(PicklistValue.codeOf("x".repeat(80))).hasSize(30);
    }

    @Test
    void aValueForSomeRolesIsOfferedOnlyToThemAndToAdministrators() {
        PicklistValue value = new PicklistValue(PicklistField.ACCOUNT_TYPE, "VIP", 1, "VIP", "VIP");
        assertThat(value.isFor(7L, false)).isTrue();
        assertThat(value.isFor(null, false)).isTrue();
        value.restrictTo(List.of(12L, 7L));
        assertThat(value.getRoleIds()).containsExactly(7L, 12L);
        assertThat(value.isFor(7L, false)).isTrue();
        assertThat(value.isFor(1L, false)).isFalse();
        assertThat(value.isFor(17L, false)).isFalse();
        assertThat(value.isFor(null, false)).isFalse();
        assertThat(value.isFor(1L, true)).isTrue();
        value.restrictTo(List.of());
        assertThat(value.isRestricted()).isFalse();
    }

    @Test
    void labelsFollowTheLanguageWithSpanishAsDefault() {
        PicklistValue value = new PicklistValue(PicklistField.CONTACT_SALUTATION, "DR", 1, " Dr. ", "Dr");
        assertThat(value.label("es")).isEqualTo("Dr.");
        assertThat(value.label("en")).isEqualTo("Dr");
        assertThat(value.label("fr")).isEqualTo("Dr.");
    }
}
