package org.enlace.crm.security.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.User;

/** What signed-in users change about themselves. */
@Stateless
@RolesAllowed(CrmRole.Names.USER)
public class PreferencesService {

    public static final String LANGUAGES = "es|en";

    @Inject
    Caller caller;

    /** The caller's preferences. */
    public Preferences get() {
        User me = caller.get();
        return new Preferences(
                me.getLanguage(),
                me.getTimeZone(),
                me.getDateFormat(),
                me.getCurrency(),
                me.getDecimalSeparator(),
                me.getGroupingSeparator(),
                me.isNotifyOnAssignment());
    }

    public void save(@NotNull @Valid Preferences preferences) {
        User me = caller.get();
        me.setLanguage(preferences.language());
        me.setPreferences(
                preferences.timeZone(),
                preferences.dateFormat(),
                preferences.currency(),
                preferences.decimalSeparator(),
                preferences.groupingSeparator(),
                preferences.notifyOnAssignment());
        me.touch(me.getId(), Instant.now());
    }

    public void changeLanguage(@NotNull @Pattern(regexp = LANGUAGES) String language) {
        User me = caller.get();
        me.setLanguage(language);
        me.touch(me.getId(), Instant.now());
    }
}
