package org.enlace.crm.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.enlace.crm.common.control.Modules;
import org.enlace.crm.common.entity.CrmModule;
import org.enlace.crm.common.entity.OwnedEntity;
import org.enlace.crm.contact.control.PortalAccessGranted;
import org.enlace.crm.contact.entity.Contact;
import org.enlace.crm.imports.control.ImportFinished;
import org.enlace.crm.imports.entity.ImportRun;
import org.enlace.crm.notification.entity.MailEvent;
import org.enlace.crm.notification.entity.OutboxMessage;
import org.enlace.crm.notification.entity.Recipient;
import org.enlace.crm.notification.entity.RecipientKind;
import org.enlace.crm.portal.entity.PortalToken;
import org.enlace.crm.record.control.RecordSaved;
import org.enlace.crm.record.control.RecordsAssigned;
import org.enlace.crm.security.control.Caller;
import org.enlace.crm.security.control.PasswordLinkIssued;
import org.enlace.crm.security.control.Tokens;
import org.enlace.crm.security.entity.User;

/**
 * The events that mail someone, each queued in the transaction that causes it: a set-password
 * link for a new (or reset) staff user, a record assigned to another user, a contact made a portal
 * user, a test mail.
 */
@ApplicationScoped
public class Notices {

    /** How long a portal invitation's link works. */
    public static final Duration PORTAL_LINK_LIFE = Duration.ofDays(7);

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    /** The set-password link to a staff user: the welcome mail, or the reset mail. */
    void passwordLink(@Observes PasswordLinkIssued issued) {
        passwordLink(issued.user(), issued.token(), issued.expires(), issued.reset());
    }

    private void passwordLink(User user, String token, Instant expires, boolean reset) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return;
        }
        Map<String, String> values = userValues(user);
        values.put("link.password", outbox.crmUrl() + "/password.xhtml?token=" + token);
        values.put("link.expires", when(expires, user.getLanguage(), user.getTimeZone()));
        outbox.queue(
                reset ? MailEvent.PASSWORD_RESET : MailEvent.USER_WELCOME,
                to(user),
                user.getLanguage(),
                values,
                callerId());
    }

    /** Tells a user his long import has finished, with its counts and a link to its results. */
    void importFinished(@Observes ImportFinished finished) {
        importFinished(finished.user(), finished.run());
    }

    private void importFinished(User user, ImportRun run) {
        if (!user.isActive() || user.getEmail() == null || user.getEmail().isBlank()) {
            return;
        }
        Map<String, String> values = userValues(user);
        ResourceBundle words = words(user.getLanguage());
        values.put("import.module", words.getString("module." + run.getModule().name()));
        values.put("import.file", run.getFileName());
        values.put("import.read", String.valueOf(run.getRead()));
        values.put("import.created", String.valueOf(run.getCreated()));
        values.put("import.updated", String.valueOf(run.getUpdated()));
        values.put("import.skipped", String.valueOf(run.getSkipped()));
        values.put("import.rejected", String.valueOf(run.getRejected()));
        values.put("import.url", outbox.crmUrl() + "/import/import.xhtml?run=" + run.getId());
        outbox.queue(MailEvent.IMPORT_FINISHED, to(user), user.getLanguage(), values, null);
    }

    /** A record saved through the one save path: its new owner hears of it. */
    void saved(@Observes RecordSaved event) {
        if (event.ownerChanged() && !event.bulk()) {
            assigned(event.module(), event.record());
        }
    }

    /** Many records given to one user at once: one mail with how many and the first numbers. */
    void assignedMany(@Observes RecordsAssigned event) {
        if (!(event.owner() instanceof User owner) || !tellable(owner)) {
            return;
        }
        Map<String, String> values = userValues(owner);
        ResourceBundle words = words(owner.getLanguage());
        values.put("records.module", words.getString("modules." + event.module().name()));
        values.put("records.count", String.valueOf(event.count()));
        values.put(
                "records.numbers",
                String.join(", ", event.numbers())
                        + (event.count() > event.numbers().size() ? "…" : ""));
        values.put(
                "records.url",
                outbox.crmUrl() + "/" + Modules.of(event.module()).path() + "/list.xhtml");
        User assigner = caller();
        values.put("assigner.name", assigner == null ? words.getString("system") : assigner.getDisplayName());
        outbox.queue(
                MailEvent.RECORDS_ASSIGNED,
                to(owner),
                owner.getLanguage(),
                values,
                assigner == null ? null : assigner.getId());
    }

    /** A user told of what is assigned to him: active, with an email, wanting it, and not the one assigning. */
    private boolean tellable(User owner) {
        return !owner.getUsername().equals(caller.username())
                && owner.isActive()
                && owner.isNotifyOnAssignment()
                && owner.getEmail() != null
                && !owner.getEmail().isBlank();
    }

    /**
     * A record now owned by another user than before: tells the new owner, unless he assigned it
     * himself, it went to a group, or his preference says no.
     */
    private void assigned(CrmModule module, OwnedEntity record) {
        if (!(record.getOwner() instanceof User owner) || !tellable(owner)) {
            return;
        }
        Map<String, String> values = userValues(owner);
        ResourceBundle words = words(owner.getLanguage());
        values.put("record.module", words.getString("module." + module.name()));
        values.put("record.number", record.getNumber());
        values.put("record.name", record.recordName());
        values.put(
                "record.url", outbox.crmUrl() + "/" + Modules.of(module).path() + "/view.xhtml?id=" + record.getId());
        User assigner = caller();
        values.put("assigner.name", assigner == null ? words.getString("system") : assigner.getDisplayName());
        outbox.queue(
                MailEvent.RECORD_ASSIGNED,
                to(owner),
                owner.getLanguage(),
                values,
                assigner == null ? null : assigner.getId());
    }

    /**
     * The portal invitation to a contact just made a portal user, with a new single-use
     * set-password link (earlier unused links stop working). Security mail: sent even if the
     * contact opted out.
     */
    void portalInvitation(@Observes PortalAccessGranted granted) {
        portalInvitation(granted.contact());
    }

    private void portalInvitation(Contact contact) {
        Instant now = Instant.now();
        em.createQuery("update PortalToken t set t.usedAt = :now where t.contactId = :contact and t.usedAt is null")
                .setParameter("now", now)
                .setParameter("contact", contact.getId())
                .executeUpdate();
        String token = Tokens.create();
        Instant expires = now.plus(PORTAL_LINK_LIFE);
        em.persist(new PortalToken(contact.getId(), Tokens.hash(token), now, expires));
        Map<String, String> values = new HashMap<>();
        values.put("contact.salutation", contact.getSalutation());
        values.put("contact.firstName", contact.getFirstName());
        values.put("contact.lastName", contact.getLastName());
        values.put("contact.email", contact.getEmail());
        values.put("contact.number", contact.getNumber());
        values.put("account.name", contact.getAccount().getName());
        values.put("link.password", outbox.portalUrl() + "password.xhtml?token=" + token);
        values.put("link.expires", when(expires, contact.getLanguage(), null));
        values.values().removeIf(Objects::isNull);
        outbox.queue(MailEvent.PORTAL_INVITATION, to(contact), contact.getLanguage(), values, callerId());
    }

    /** A test mail from an administrator to any address, in his language. */
    public OutboxMessage test(User admin, String address) {
        return outbox.queue(
                        MailEvent.TEST,
                        Recipient.address(address),
                        admin.getLanguage(),
                        userValues(admin),
                        admin.getId())
                .orElseThrow();
    }

    public static Recipient to(User user) {
        return new Recipient(
                RecipientKind.USER, user.getId(), user.getEmail(), Merge.oneLine(user.getDisplayName()), false);
    }

    public static Recipient to(Contact contact) {
        return new Recipient(
                RecipientKind.CONTACT,
                contact.getId(),
                contact.getEmail(),
                Merge.oneLine(contact.getFullName()),
                contact.isEmailOptOut());
    }

    private static Map<String, String> userValues(User user) {
        Map<String, String> values = new HashMap<>();
        values.put("user.firstName", user.getFirstName() == null ? user.getLastName() : user.getFirstName());
        values.put("user.lastName", user.getLastName());
        values.put("user.username", user.getUsername());
        values.values().removeIf(Objects::isNull);
        return values;
    }

    /** A moment as the recipient reads it: his language's date and time, in his time zone. */
    static String when(Instant instant, String language, String timeZone) {
        ZoneId zone;
        try {
            zone = timeZone == null ? ZoneId.of("America/Bogota") : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            zone = ZoneId.of("America/Bogota");
        }
        return DateTimeFormatter.ofPattern(words(language).getString("dateTime"), Locale.forLanguageTag(language))
                .withZone(zone)
                .format(instant);
    }

    static ResourceBundle words(String language) {
        return ResourceBundle.getBundle(
                "org.enlace.crm.notification.control.MailWords",
                Locale.forLanguageTag(MailTemplates.language(language)),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private User caller() {
        return caller.find().orElse(null);
    }

    private Long callerId() {
        return caller.id();
    }
}
