package org.enlace.crm.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.enlace.crm.web.security.UserSession;

/** Dates and numbers as the user reads them: dd/MM/yyyy in Spanish, the Colombian time zone. */
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
                : instant.atZone(ZONE).format(DateTimeFormatter.ofPattern(datePattern() + " HH:mm", locale()));
    }

    public String number(Number number) {
        return number == null
                ? ""
                : NumberFormat.getNumberInstance(numberLocale()).format(number);
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(numberLocale());
        format.setMaximumFractionDigits(0);
        return "$ " + format.format(amount);
    }

    /** The pattern the date pickers use too. */
    public String getDatePattern() {
        return datePattern();
    }

    private String datePattern() {
        return "en".equals(locale().getLanguage()) ? "MM/dd/yyyy" : "dd/MM/yyyy";
    }

    private Locale locale() {
        return session.getLocale();
    }

    /** Colombian grouping (1.234.567) for Spanish. */
    private Locale numberLocale() {
        return "es".equals(locale().getLanguage()) ? Locale.forLanguageTag("es-CO") : Locale.US;
    }
}
