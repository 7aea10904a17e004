package org.enlace.crm.notification.entity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The events that send mail, each with its template (per language) and the merge fields its
 * templates may use. Security mail (password links) goes even to a contact who opted out.
 */
public enum MailEvent {
    USER_WELCOME(
            "user.welcome",
            true,
            List.of("user.firstName", "user.lastName", "user.username", "link.password", "link.expires")),
    PASSWORD_RESET(
            "user.passwordReset",
            true,
            List.of("user.firstName", "user.lastName", "user.username", "link.password", "link.expires")),
    RECORD_ASSIGNED(
            "record.assigned",
            false,
            List.of(
                    "user.firstName",
                    "user.lastName",
                    "record.module",
                    "record.number",
                    "record.name",
                    "record.url",
                    "assigner.name")),
    RECORDS_ASSIGNED(
            "records.assigned",
            false,
            List.of(
                    "user.firstName",
                    "user.lastName",
                    "records.module",
                    "records.count",
                    "records.numbers",
                    "records.url",
                    "assigner.name")),
    PORTAL_INVITATION(
            "portal.invitation",
            true,
            List.of(
                    "contact.salutation",
                    "contact.firstName",
                    "contact.lastName",
                    "contact.email",
                    "contact.number",
                    "account.name",
                    "link.password",
                    "link.expires")),
    IMPORT_FINISHED(
            "import.finished",
            false,
            List.of(
                    "user.firstName",
                    "user.lastName",
                    "import.module",
                    "import.file",
                    "import.read",
                    "import.created",
                    "import.updated",
                    "import.skipped",
                    "import.rejected",
                    "import.url")),
    TEST("test", false, List.of("user.firstName", "user.lastName"));

    /** Fields every template may use. */
    public static final List<String> COMMON = List.of(
            "company.name",
            "company.phone",
            "company.email",
            "company.website",
            "company.address",
            "recipient.name",
            "crm.url",
            "portal.url");

    private final String code;
    private final boolean security;
    private final List<String> own;

    MailEvent(String code, boolean security, List<String> own) {
        this.code = code;
        this.security = security;
        this.own = own;
    }

    /** The stable name stored with templates and messages. */
    public String code() {
        return code;
    }

    /** Security mail: password links; sent whatever the recipient's opt-out says. */
    public boolean isSecurity() {
        return security;
    }

    /** Every merge field a template of this event may use, its own first. */
    public Set<String> fields() {
        Set<String> all = new LinkedHashSet<>(own);
        all.addAll(COMMON);
        return all;
    }

    public static MailEvent of(String code) {
        for (MailEvent e : values()) {
            if (e.code.equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("No mail event " + code);
    }
}
