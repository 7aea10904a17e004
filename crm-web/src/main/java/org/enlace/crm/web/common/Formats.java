package org.enlace.crm.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import org.enlace.crm.security.boundary.Preferences;
import org.enlace.crm.web.security.UserSession;

/**
 * Dates, times and numbers as the user asked for them in his preferences (time zone, date format,
 * separators, currency); before sign-in, as a Colombian reads them: dd/MM/yyyy, Bogotá's time,
 * 1.234.567,89, pesos.
 */
@Named
@RequestScoped
public class Formats {

    static final ZoneId ZONE = ZoneId.of("America/Bogota");

    @Inject
    UserSession session;

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofPattern(datePattern(), locale()));
    }

    public String dateTime(Instant instant) {
        return instant == null
                ? ""
                : instant.atZone(zone()).format(DateTimeFormatter.ofPattern(datePattern() + " HH:mm", locale()));
    }

    public String number(Number number) {
        return number == null ? "" : numberFormat(-1).format(number);
    }

    /** An amount in a given currency (a product's price in each currency). */
    public String amount(BigDecimal amount, String symbol, int decimals) {
        return amount == null ? "" : symbol + " " + numberFormat(decimals).format(amount);
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        Currency currency = Currency.getInstance(
                preferences() == null ? "COP" : preferences().currency());
        // pesos are "$" to a Colombian whatever the language of the page
        String symbol = "COP".equals(currency.getCurrencyCode()) ? "$" : currency.getSymbol(locale());
        return symbol + " " + numberFormat(currency.getDefaultFractionDigits()).format(amount);
    }

    /** The pattern the date pickers use too. */
    public String getDatePattern() {
        return datePattern();
    }

    public String getDecimalSeparator() {
        return preferences() == null ? "," : preferences().decimalSeparator();
    }

    public String getGroupingSeparator() {
        return preferences() == null ? "." : preferences().groupingSeparator();
    }

    private NumberFormat numberFormat(int fractionDigits) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale());
        symbols.setDecimalSeparator(getDecimalSeparator().charAt(0));
        symbols.setGroupingSeparator(getGroupingSeparator().charAt(0));
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        if (fractionDigits >= 0) {
            format.setMinimumFractionDigits(0);
            format.setMaximumFractionDigits(fractionDigits);
        }
        return format;
    }

    private String datePattern() {
        return preferences() == null ? "dd/MM/yyyy" : preferences().dateFormat();
    }

    private ZoneId zone() {
        return preferences() == null ? ZONE : ZoneId.of(preferences().timeZone());
    }

    private Preferences preferences() {
        return session.getPreferences();
    }

    private Locale locale() {
        return session.getLocale();
    }
}
