package org.enlace.crm.common.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void roundsHalfUpToTheCurrencysDecimals() {
        assertThat(Money.round(d("10.005"), 2)).isEqualByComparingTo("10.01");
        assertThat(Money.round(d("10.004"), 2)).isEqualByComparingTo("10.00");
        assertThat(Money.round(d("1500.5"), 0)).isEqualByComparingTo("1501");
        assertThat(Money.round(d("-2.5"), 0)).isEqualByComparingTo("-3");
        assertThat(Money.round(null, 2)).isNull();
    }

    @Test
    void computesIvaOnANetAmount() {
        assertThat(Money.tax(d("100000"), d("19"), 0)).isEqualByComparingTo("19000");
        assertThat(Money.tax(d("99.99"), d("19"), 2)).isEqualByComparingTo("19.00"); // 18.9981
        assertThat(Money.tax(d("12345"), d("5"), 0)).isEqualByComparingTo("617"); // 617.25
        assertThat(Money.tax(d("12350"), d("5"), 0)).isEqualByComparingTo("618"); // 617.5 half up
        assertThat(Money.tax(d("5000"), d("0"), 0)).isEqualByComparingTo("0");
    }

    @Test
    void convertsThroughTheBaseCurrencyAndRoundsOnce() {
        BigDecimal cop = BigDecimal.ONE;
        BigDecimal usd = d("0.00025"); // 4,000 COP a dollar
        BigDecimal eur = d("0.00023");
        assertThat(Money.convert(d("100000"), cop, usd, 2)).isEqualByComparingTo("25.00");
        assertThat(Money.convert(d("25"), usd, cop, 0)).isEqualByComparingTo("100000");
        assertThat(Money.convert(d("10"), usd, eur, 2)).isEqualByComparingTo("9.20");
        assertThatThrownBy(() -> Money.convert(d("1"), BigDecimal.ZERO, usd, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
