package org.enlace.crm.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.entity.Address;
import org.enlace.crm.notification.entity.MailEvent;
import org.enlace.crm.notification.entity.MailSettings;
import org.enlace.crm.notification.entity.MailTemplate;
import org.enlace.crm.notification.entity.OutboxMessage;
import org.enlace.crm.notification.entity.Recipient;
import org.enlace.crm.settings.entity.Company;

/**
 * Puts a mail in the outbox, inside the caller's transaction: rendered now from the template in
 * force, so what goes out is what the event saw. Nothing is sent here; {@link MailSender} does
 * that after the commit.
 */
@ApplicationScoped
public class Outbox {

    /** The CRM's address when Correo saliente names none (set by the config/ scripts). */
    public static final String BASE_URL_PROPERTY = "crm.base.url";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailTemplates templates;

    /**
     * Queues the event's mail to the recipient in the language, merging the values (and the
     * company's and the links'). Empty when the recipient opted out of mail and the mail is not
     * security mail. A recipient address or name with a line break, or not an address, is refused.
     */
    public Optional<OutboxMessage> queue(
            MailEvent event, Recipient to, String language, Map<String, String> values, Long createdBy) {
        if (to.optedOut() && !event.isSecurity()) {
            return Optional.empty();
        }
        checkRecipient(to);
        String lang = MailTemplates.language(language);
        Map<String, String> all = new HashMap<>(common(to));
        all.putAll(values);
        MailTemplate template = templates.current(event, lang);
        String subject = Merge.line(template.getSubject(), all);
        if (hasLineBreak(subject)) {
            throw new InvalidInputException("subject", "crm.mail.header.lineBreak");
        }
        OutboxMessage message = new OutboxMessage(
                newMessageId(),
                event,
                lang,
                to,
                subject.length() > 400 ? subject.substring(0, 400) : subject,
                document(lang, subject, Merge.html(template.getBodyHtml(), all)),
                Merge.text(template.getBodyText(), all),
                Instant.now(),
                createdBy);
        em.persist(message);
        return Optional.of(message);
    }

    /** The values every template may use: the company, the links, the recipient's name. */
    public Map<String, String> common(Recipient to) {
        Company company = em.find(Company.class, Company.ID);
        Map<String, String> values = new HashMap<>();
        values.put("recipient.name", to.name());
        values.put("crm.url", crmUrl());
        values.put("portal.url", portalUrl());
        if (company != null) {
            values.put("company.name", company.getName());
            values.put("company.phone", company.getPhone());
            values.put("company.email", company.getEmail());
            values.put("company.website", company.getWebsite());
            values.put("company.address", oneLine(company.getAddress()));
        }
        values.values().removeIf(Objects::isNull);
        return values;
    }

    /** The staff app's address, e.g. https://crm.example.com/crm. */
    public String crmUrl() {
        return baseUrl() + "/crm";
    }

    /** The customer portal's address. */
    public String portalUrl() {
        return baseUrl() + "/portal/";
    }

    private String baseUrl() {
        MailSettings settings = em.find(MailSettings.class, MailSettings.ID);
        String base = settings == null ? null : settings.getBaseUrl();
        if (base == null) {
            base = System.getProperty(BASE_URL_PROPERTY, "http://localhost:8080");
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private String newMessageId() {
        String host;
        try {
            host = URI.create(baseUrl()).getHost();
        } catch (IllegalArgumentException e) {
            host = null;
        }
        return "<" + UUID.randomUUID() + "@" + (host == null || host.isBlank() ? "enlace-crm" : host) + ">";
    }

    /** Refuses a recipient whose address or name could add a header, or whose address is none. */
    public static void checkRecipient(Recipient to) {
        if (hasLineBreak(to.address()) || hasLineBreak(to.name())) {
            throw new InvalidInputException("to", "crm.mail.header.lineBreak");
        }
        try {
            InternetAddress address = new InternetAddress(to.address(), true);
            address.validate();
            if (!to.address().strip().equals(address.getAddress())) {
                throw new AddressException("not a bare address");
            }
        } catch (AddressException | NullPointerException e) {
            throw new InvalidInputException("to", "crm.mail.address.invalid");
        }
    }

    /** The HTML body as a whole document, in its language. */
    static String document(String language, String subject, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + language + "\"><head><meta charset=\"UTF-8\"><title>"
                + Merge.escape(subject) + "</title></head>\n<body>\n" + body + "</body></html>\n";
    }

    public static boolean hasLineBreak(String value) {
        return value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0);
    }

    private static String oneLine(Address a) {
        if (a == null) {
            return null;
        }
        String line = Stream.of(a.getStreet(), a.getCity(), a.getState(), a.getCountry())
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(", "));
        return line.isEmpty() ? null : line;
    }
}
