package org.enlace.crm.security.boundary;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** How a user wants the CRM to speak to him: language, time zone, dates, numbers, currency, mail. */
public record Preferences(
        @NotNull @Pattern(regexp = PreferencesService.LANGUAGES)
        String language,

        @NotNull String timeZone,
        @NotNull @Pattern(regexp = DATE_FORMATS) String dateFormat,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotNull @Pattern(regexp = SEPARATORS) String decimalSeparator,
        @NotNull @Pattern(regexp = SEPARATORS) String groupingSeparator,
        boolean notifyOnAssignment)
        implements Serializable {

    public static final String DATE_FORMATS = "dd/MM/yyyy|MM/dd/yyyy|yyyy-MM-dd|dd.MM.yyyy";
    public static final String SEPARATORS = "[,. ']";
    public static final List<String> CURRENCIES = List.of("COP", "USD", "EUR", "MXN", "PEN", "CLP", "ARS", "BRL");

    @AssertTrue(message = "{crm.preferences.separators}")
    public boolean isSeparatorsDiffer() {
        return decimalSeparator == null || !decimalSeparator.equals(groupingSeparator);
    }

    @AssertTrue(message = "{crm.preferences.timeZone}")
    public boolean isTimeZoneKnown() {
        try {
            return timeZone == null || ZoneId.of(timeZone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    @AssertTrue(message = "{crm.preferences.currency}")
    public boolean isCurrencyKnown() {
        try {
            return currency == null || Currency.getInstance(currency) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
