package org.enlace.crm.notification.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.enlace.crm.common.boundary.InvalidInputException;
import org.enlace.crm.common.boundary.NotFoundException;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.notification.control.MailTemplates;
import org.enlace.crm.notification.control.Merge;
import org.enlace.crm.notification.control.Notices;
import org.enlace.crm.notification.control.Outbox;
import org.enlace.crm.notification.entity.MailEvent;
import org.enlace.crm.notification.entity.MailSettings;
import org.enlace.crm.notification.entity.MailStatus;
import org.enlace.crm.notification.entity.MailTemplate;
import org.enlace.crm.notification.entity.OutboxMessage;
import org.enlace.crm.notification.entity.Recipient;
import org.enlace.crm.notification.entity.RecipientKind;
import org.enlace.crm.security.control.AccessControl;
import org.enlace.crm.security.control.AuditTrail;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.entity.Action;
import org.enlace.crm.security.entity.CrmRole;
import org.enlace.crm.security.entity.User;

/**
 * Configuración > Correo saliente (the outbox, resending, a test mail, delivery settings) and
 * Plantillas de correo (each event's mail per language, with a preview), and the mails a contact
 * or a user received.
 */
@Stateless
@RolesAllowed(CrmRole.Names.ADMIN)
public class MailService {

    private static final String AUDIT_TYPE = "mailTemplate";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Notices notices;

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    AccessControl access;

    @Inject
    AuditTrail audit;

    /** The outbox, newest first, optionally only one status; paged in the database. */
    public List<OutboxRow> outbox(MailStatus status, @Min(0) int first, @Min(1) @Max(200) int max) {
        TypedQuery<OutboxRow> query = em.createQuery(
                        "select " + OutboxRow.SELECT + " from OutboxMessage m"
                                + (status == null ? "" : " where m.status = :status")
                                + " order by m.createdAt desc, m.id desc",
                        OutboxRow.class)
                .setFirstResult(first)
                .setMaxResults(max);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    public long count(MailStatus status) {
        TypedQuery<Long> query = em.createQuery(
                "select count(m) from OutboxMessage m" + (status == null ? "" : " where m.status = :status"),
                Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    /** Sends a failed message again: a new round of attempts, with its Message-ID. */
    public void resend(long id) {
        OutboxMessage message = find(id);
        if (message.getStatus() != MailStatus.FAILED) {
            throw new InvalidInputException(null, "crm.mail.resend.notFailed");
        }
        if (message.isSecurity() && message.getBodyText() == null) {
            throw new InvalidInputException(null, "crm.mail.resend.noBody");
        }
        message.retry(Instant.now());
    }

    /** Removes a message from the outbox; one being sent right now stays. */
    public void delete(long id) {
        OutboxMessage message = find(id);
        if (message.getStatus() == MailStatus.SENDING) {
            throw new InvalidInputException(null, "crm.mail.delete.sending");
        }
        em.remove(message);
    }

    /** Queues the test mail to the address, in the administrator's language; returns its id. */
    public long sendTest(@NotBlank @Email @Size(max = 254) String address) {
        return notices.test(caller.get(), address.strip()).getId();
    }

    public MailSettings settings() {
        MailSettings settings = em.find(MailSettings.class, MailSettings.ID);
        if (settings == null) {
            throw new NotFoundException();
        }
        return settings;
    }

    public MailSettings saveSettings(long version, @NotNull @Valid MailSettings form) {
        MailSettings settings = settings();
        if (settings.getVersion() != version) {
            throw new org.enlace.crm.common.boundary.ConflictException();
        }
        settings.setBaseUrl(form.getBaseUrl());
        settings.setSenderName(form.getSenderName());
        settings.setMaxAttempts(form.getMaxAttempts());
        settings.setRetrySeconds(form.getRetrySeconds());
        return settings;
    }

    /** The template in force for the event and language (the CRM's own if not changed). */
    public MailTemplate template(@NotNull MailEvent event, @NotNull String language) {
        return templates.current(event, MailTemplates.language(language));
    }

    /** Whether an administrator changed the event's template in that language. */
    public boolean isChanged(@NotNull MailEvent event, @NotNull String language) {
        return em.find(MailTemplate.class, new MailTemplate.Key(event, MailTemplates.language(language))) != null;
    }

    /** Saves a template; one using a merge field the event does not know is refused, naming the field. */
    public void saveTemplate(
            @NotNull MailEvent event,
            @NotNull String language,
            @NotBlank @Size(max = MailTemplate.SUBJECT_LENGTH) String subject,
            @NotNull @Size(max = MailTemplate.BODY_LENGTH) String html,
            @NotNull @Size(max = MailTemplate.BODY_LENGTH) String text) {
        check(event, subject, html, text);
        String lang = MailTemplates.language(language);
        MailTemplate before = templates.current(event, lang);
        MailTemplate saved = em.find(MailTemplate.class, new MailTemplate.Key(event, lang));
        if (saved == null) {
            saved = new MailTemplate(event, lang, subject, html, text);
            saved.change(subject.strip(), html, text, caller.id(), Instant.now());
            em.persist(saved);
        } else {
            saved.change(subject.strip(), html, text, caller.id(), Instant.now());
        }
        audit.record(AUDIT_TYPE, null, event.code() + "." + lang, "update", before.getSubject(), subject.strip());
    }

    /** Back to the template that comes with the CRM. */
    public void resetTemplate(@NotNull MailEvent event, @NotNull String language) {
        String lang = MailTemplates.language(language);
        MailTemplate saved = em.find(MailTemplate.class, new MailTemplate.Key(event, lang));
        if (saved != null) {
            em.remove(saved);
            audit.record(AUDIT_TYPE, null, event.code() + "." + lang, "reset", saved.getSubject(), null);
        }
    }

    /** The template (as being edited) merged with a sample record, the company's details and links. */
    public MailPreview preview(
            @NotNull MailEvent event,
            @NotNull String language,
            @NotNull @Size(max = MailTemplate.SUBJECT_LENGTH) String subject,
            @NotNull @Size(max = MailTemplate.BODY_LENGTH) String html,
            @NotNull @Size(max = MailTemplate.BODY_LENGTH) String text) {
        check(event, subject, html, text);
        String lang = MailTemplates.language(language);
        Map<String, String> values = new HashMap<>(
                outbox.common(new Recipient(RecipientKind.ADDRESS, null, "ana.rios@example.com", "Ana Ríos", false)));
        values.putAll(sample(lang));
        return new MailPreview(Merge.line(subject, values), Merge.html(html, values), Merge.text(text, values));
    }

    /** The mails sent to a contact the caller may see, newest first. */
    @RolesAllowed(CrmRole.Names.USER)
    public List<OutboxRow> sentToContact(long contactId) {
        Contact contact = em.find(Contact.class, contactId);
        if (contact == null) {
            throw new NotFoundException();
        }
        access.requireOn(CrmModule.CONTACTS, Action.VIEW, contact.getOwner().getId());
        return sentTo(RecipientKind.CONTACT, contactId);
    }

    /** The mails sent to a user: an administrator sees anyone's, a user his own. */
    @RolesAllowed(CrmRole.Names.USER)
    public List<OutboxRow> sentToUser(long userId) {
        User me = caller.get();
        if (!me.isAdministrator() && me.getId() != userId) {
            throw new NotFoundException();
        }
        return sentTo(RecipientKind.USER, userId);
    }

    private List<OutboxRow> sentTo(RecipientKind kind, long id) {
        return em.createQuery(
                        "select " + OutboxRow.SELECT + " from OutboxMessage m where m.recipientKind = :kind"
                                + " and m.recipientId = :id order by m.createdAt desc, m.id desc",
                        OutboxRow.class)
                .setParameter("kind", kind)
                .setParameter("id", id)
                .setMaxResults(50)
                .getResultList();
    }

    private static void check(MailEvent event, String subject, String html, String text) {
        if (Outbox.hasLineBreak(subject)) {
            throw new InvalidInputException("subject", "crm.mail.header.lineBreak");
        }
        checkFields(event, "subject", subject);
        checkFields(event, "html", html);
        checkFields(event, "text", text);
    }

    private static void checkFields(MailEvent event, String part, String template) {
        Merge.unknownField(template, event.fields()).ifPresent(name -> {
            throw new InvalidInputException(part, "crm.mail.template.unknownField", name);
        });
    }

    private Map<String, String> sample(String lang) {
        boolean es = "es".equals(lang);
        ResourceBundle words = ResourceBundle.getBundle(
                "org.enlace.crm.notification.control.MailWords",
                java.util.Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> values = new HashMap<>();
        values.put("user.firstName", "Ana");
        values.put("user.lastName", "Ríos");
        values.put("user.username", "ana.rios");
        values.put("link.password", outbox.crmUrl() + "/password.xhtml?token=" + (es ? "EJEMPLO" : "SAMPLE"));
        values.put("link.expires", es ? "3 de diciembre de 2026, 18:00" : "December 3, 2026, 18:00");
        values.put("record.module", words.getString("module.ACCOUNTS"));
        values.put("record.number", "CTA-1001");
        values.put("record.name", "Ferretería El Tornillo S.A.S.");
        values.put("record.url", outbox.crmUrl() + "/account/view.xhtml?id=1001");
        values.put("assigner.name", "Carlos Pérez");
        values.put("contact.salutation", es ? "Sra." : "Ms.");
        values.put("contact.firstName", "María");
        values.put("contact.lastName", "Gómez");
        values.put("contact.email", "maria.gomez@example.com");
        values.put("contact.number", "CON-2001");
        values.put("account.name", "Ferretería El Tornillo S.A.S.");
        values.put("import.module", words.getString("module.CONTACTS"));
        values.put("import.file", es ? "contactos-feria.csv" : "trade-show-contacts.csv");
        values.put("import.read", "12500");
        values.put("import.created", "11800");
        values.put("import.updated", "420");
        values.put("import.skipped", "160");
        values.put("import.rejected", "120");
        values.put("import.url", outbox.crmUrl() + "/import/import.xhtml?run=3001");
        return values;
    }

    private OutboxMessage find(long id) {
        OutboxMessage message = em.find(OutboxMessage.class, id);
        if (message == null) {
            throw new NotFoundException();
        }
        return message;
    }
}
