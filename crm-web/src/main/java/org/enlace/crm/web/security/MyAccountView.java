package org.enlace.crm.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.enlace.crm.security.boundary.PasswordService;
import org.enlace.crm.security.boundary.Preferences;
import org.enlace.crm.web.common.Messages;

/** Mi cuenta: the signed-in user changes his password, knowing the current one. */
@Named
@ViewScoped
public class MyAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    PasswordService passwords;

    @Inject
    Messages messages;

    @Inject
    UserSession session;

    private static final List<String> ZONES = List.of(
            "America/Bogota",
            "America/Mexico_City",
            "America/Lima",
            "America/Guayaquil",
            "America/Caracas",
            "America/Panama",
            "America/Santiago",
            "America/Argentina/Buenos_Aires",
            "America/Sao_Paulo",
            "America/New_York",
            "Europe/Madrid",
            "UTC");

    private String language;
    private String timeZone;
    private String dateFormat;
    private String currency;
    private String decimalSeparator;
    private String groupingSeparator;
    private boolean notifyOnAssignment;

    private String current;
    private String password;
    private String confirmation;

    @PostConstruct
    void load() {
        Preferences p = session.getPreferences();
        language = p.language();
        timeZone = p.timeZone();
        dateFormat = p.dateFormat();
        currency = p.currency();
        decimalSeparator = p.decimalSeparator();
        groupingSeparator = p.groupingSeparator();
        notifyOnAssignment = p.notifyOnAssignment();
    }

    public void savePreferences() {
        session.savePreferences(new Preferences(
                language, timeZone, dateFormat, currency, decimalSeparator, groupingSeparator, notifyOnAssignment));
        messages.info(null, "me.preferences.saved");
    }

    public List<String> getZones() {
        return ZONES;
    }

    public List<String> getDateFormats() {
        return List.of(Preferences.DATE_FORMATS.split("\\|"));
    }

    public List<String> getCurrencies() {
        return Preferences.CURRENCIES;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getDateFormat() {
        return dateFormat;
    }

    public void setDateFormat(String dateFormat) {
        this.dateFormat = dateFormat;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getDecimalSeparator() {
        return decimalSeparator;
    }

    public void setDecimalSeparator(String decimalSeparator) {
        this.decimalSeparator = decimalSeparator;
    }

    public String getGroupingSeparator() {
        return groupingSeparator;
    }

    public void setGroupingSeparator(String groupingSeparator) {
        this.groupingSeparator = groupingSeparator;
    }

    public boolean isNotifyOnAssignment() {
        return notifyOnAssignment;
    }

    public void setNotifyOnAssignment(boolean notifyOnAssignment) {
        this.notifyOnAssignment = notifyOnAssignment;
    }

    public void changePassword() {
        if (!password.equals(confirmation)) {
            messages.error("changePassword:confirmation", "crm.password.mismatch");
            return;
        }
        passwords.changeOwn(current, password);
        messages.info(null, "password.changed");
        current = null;
        password = null;
        confirmation = null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
