package org.enlace.crm.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.enlace.crm.security.boundary.Preferences;
import org.enlace.crm.security.boundary.PreferencesService;
import org.enlace.crm.security.boundary.SignedIn;
import org.enlace.crm.security.entity.CrmRole;

/** The signed-in user's context: who, and in which language the pages speak. */
@Named
@SessionScoped
public class UserSession implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("es"), Locale.ENGLISH);

    private Locale chosen;
    private Preferences preferences;

    @Inject
    SecurityContext security;

    @EJB
    PreferencesService preferencesService;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen;
        }
        return signedIn().map(user -> Locale.forLanguageTag(user.language())).orElse(LANGUAGES.get(0));
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<Locale> getLanguages() {
        return LANGUAGES;
    }

    /** Switches the language; a signed-in user keeps it for his next sessions too. */
    public void changeLanguage(String language) {
        Locale locale = LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(LANGUAGES.get(0));
        chosen = locale;
        if (isSignedIn()) {
            preferencesService.changeLanguage(locale.getLanguage());
            preferences = null;
        }
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    /** The signed-in user's preferences, read once per session (and again when he saves them). */
    public Preferences getPreferences() {
        if (preferences == null && isSignedIn()) {
            preferences = this.preferencesService.get();
        }
        return preferences;
    }

    public void savePreferences(Preferences changed) {
        preferencesService.save(changed);
        preferences = changed;
        chosen = Locale.forLanguageTag(changed.language());
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean isAdministrator() {
        return security.isCallerInRole(CrmRole.Names.ADMIN);
    }

    public String getDisplayName() {
        return signedIn().map(SignedIn::displayName).orElse("");
    }

    private Optional<SignedIn> signedIn() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Optional.empty();
        }
        return StaffAuthenticationMechanism.fromSession(
                (HttpServletRequest) faces.getExternalContext().getRequest());
    }
}
