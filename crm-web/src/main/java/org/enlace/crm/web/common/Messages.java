package org.enlace.crm.web.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Translated messages from the page bundle, in the language of the current view. */
@ApplicationScoped
public class Messages {

    public static final String BUNDLE = "org.enlace.crm.web.i18n.messages";

    public String text(String key, Object... arguments) {
        return format(FacesContext.getCurrentInstance(), key, arguments);
    }

    public void info(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = format(faces, key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    public static String format(FacesContext faces, String key, Object... arguments) {
        Locale locale = faces != null && faces.getViewRoot() != null
                ? faces.getViewRoot().getLocale()
                : Locale.forLanguageTag("es");
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return arguments == null || arguments.length == 0
                    ? pattern
                    : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
