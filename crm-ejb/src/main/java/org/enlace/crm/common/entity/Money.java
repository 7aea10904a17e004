package org.enlace.crm.common.entity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one rounding rule for money: half up, to the currency's decimals, applied once at the end of
 * each calculation (a price, a tax, a conversion), never to intermediate results.
 */
public final class Money {

    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** Precision of intermediate results (conversions, rates). */
    private static final MathContext WORKING = MathContext.DECIMAL64;

    private Money() {}

    public static BigDecimal round(BigDecimal amount, int decimals) {
        return amount == null ? null : amount.setScale(decimals, ROUNDING);
    }

    /** The tax on a net amount at a rate in percent (19 for IVA 19 %), rounded to the decimals. */
    public static BigDecimal tax(BigDecimal net, BigDecimal ratePercent, int decimals) {
        return round(net.multiply(ratePercent, WORKING).divide(BigDecimal.valueOf(100), WORKING), decimals);
    }

    /**
     * Converts an amount between currencies given as units per one unit of the base currency
     * (the base itself has rate 1): COP 1, USD 0.00025 means 4,000 COP to the dollar.
     */
    public static BigDecimal convert(BigDecimal amount, BigDecimal fromRate, BigDecimal toRate, int decimals) {
        if (fromRate.signum() <= 0 || toRate.signum() <= 0) {
            throw new IllegalArgumentException("Conversion rates are positive");
        }
        return round(amount.divide(fromRate, WORKING).multiply(toRate, WORKING), decimals);
    }
}
