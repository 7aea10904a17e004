package org.enlace.crm.common.entity;

import java.util.Optional;

/**
 * Tax identification numbers. A Colombian NIT carries a check digit computed by the DIAN's
 * modulo-11 rule; it is stored as {@code 900123456-8}. Other countries' ids are kept as typed.
 */
public final class TaxId {

    private static final int[] DIAN_WEIGHTS = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};
    public static final int LENGTH = 30;

    private TaxId() {}

    /** The DIAN check digit of the NIT's digits (without the check digit). */
    public static int dianCheckDigit(String digits) {
        if (digits == null || !digits.matches("\\d{1,15}")) {
            throw new IllegalArgumentException("A NIT has 1 to 15 digits");
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += digit * DIAN_WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder > 1 ? 11 - remainder : remainder;
    }

    /**
     * The NIT in its stored form when it is well formed and its check digit is right. Accepts the
     * usual ways of writing it: {@code 900.123.456-8}, {@code 900123456 - 8}, {@code 9001234568}
     * is not accepted (the check digit must be separated).
     */
    public static Optional<String> normalizeColombianNit(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s.]", "");
        if (!compact.matches("\\d{5,15}-\\d")) {
            return Optional.empty();
        }
        String digits = compact.substring(0, compact.indexOf('-'));
        int given = compact.charAt(compact.length() - 1) - '0';
        return dianCheckDigit(digits) == given ? Optional.of(digits + "-" + given) : Optional.empty();
    }

    /** Colombia is the default market: a NIT is checked unless the address says another country. */
    public static boolean isColombian(String country) {
        if (country == null || country.isBlank()) {
            return true;
        }
        String c = country.strip().toLowerCase(java.util.Locale.ROOT);
        return c.equals("colombia") || c.equals("co") || c.equals("col");
    }
}
