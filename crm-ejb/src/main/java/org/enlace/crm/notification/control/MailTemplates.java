package org.enlace.crm.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.enlace.crm.notification.entity.MailEvent;
import org.enlace.crm.notification.entity.MailTemplate;

/**
 * The template in force for an event and language: the administrator's if he changed it, else
 * the one that comes with the CRM (resources {@code templates/<event>.<language>.mail}: a
 * "subject:" line, then "--- html" and "--- text" sections).
 */
@ApplicationScoped
public class MailTemplates {

    public static final List<String> LANGUAGES = List.of("es", "en");

    private static final Map<String, MailTemplate> DEFAULTS = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    /** The template in force; a language the CRM does not speak falls back to Spanish. */
    public MailTemplate current(MailEvent event, String language) {
        String lang = language(language);
        MailTemplate changed = em.find(MailTemplate.class, new MailTemplate.Key(event, lang));
        return changed != null ? changed : standard(event, lang);
    }

    public static String language(String language) {
        return LANGUAGES.contains(language) ? language : "es";
    }

    /** The template that comes with the CRM. */
    public static MailTemplate standard(MailEvent event, String language) {
        String lang = language(language);
        return DEFAULTS.computeIfAbsent(event.code() + "." + lang, key -> read(event, lang, key));
    }

    private static MailTemplate read(MailEvent event, String lang, String key) {
        String name = "/org/enlace/crm/notification/templates/" + key + ".mail";
        try (InputStream in = MailTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + name);
            }
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int html = all.indexOf("\n--- html\n");
            int text = all.indexOf("\n--- text\n");
            if (!all.startsWith("subject:") || html < 0 || text < html) {
                throw new IllegalStateException("Malformed template " + name);
            }
            String subject = all.substring("subject:".length(), html).strip();
            return new MailTemplate(
                    event,
                    lang,
                    subject,
                    all.substring(html + "\n--- html\n".length(), text).strip() + "\n",
                    all.substring(text + "\n--- text\n".length()).strip() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
