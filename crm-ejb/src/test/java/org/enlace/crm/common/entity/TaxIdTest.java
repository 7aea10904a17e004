package org.enlace.crm.common.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaxIdTest {

    @Test
    void computesTheDianCheckDigit() {
        assertThat(TaxId.dianCheckDigit("900123456")).isEqualTo(8);
        assertThat(TaxId.dianCheckDigit("800197268")).isEqualTo(4); // DIAN's own NIT
        assertThat(TaxId.dianCheckDigit("860034313")).isEqualTo(7);
    }

    @Test
    void acceptsTheUsualWritingsAndStoresOneForm() {
        assertThat(TaxId.normalizeColombianNit("900123456-8")).hasValue("900123456-8");
        assertThat(TaxId.normalizeColombianNit("900.123.456-8")).hasValue("900123456-8");
        assertThat(TaxId.normalizeColombianNit(" 900123456 - 8 ")).hasValue("900123456-8");
    }

    @Test
    void refusesAWrongCheckDigitOrShape() {
        assertThat(TaxId.normalizeColombianNit("900123456-7")).isEmpty();
        assertThat(TaxId.normalizeColombianNit("9001234568")).isEmpty();
        assertThat(TaxId.normalizeColombianNit("ABC-1")).isEmpty();
        assertThat(TaxId.normalizeColombianNit(null)).isEmpty();
        assertThatThrownBy(() -> TaxId.dianCheckDigit("12a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void colombiaIsTheDefaultCountry() {
        assertThat(TaxId.isColombian(null)).isTrue();
        assertThat(TaxId.isColombian(" Colombia ")).isTrue();
        assertThat(TaxId.isColombian("México")).isFalse();
    }
}
