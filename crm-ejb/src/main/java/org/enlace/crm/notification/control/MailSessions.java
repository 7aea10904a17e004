package org.enlace.crm.notification.control;

import jakarta.mail.Session;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The server-configured mail session (config/ scripts): WildFly binds it at
 * {@code java:jboss/mail/crm}, Payara at {@code mail/crm}.
 */
public final class MailSessions {

    static final String[] JNDI_NAMES = {"java:jboss/mail/crm", "mail/crm"};

    private MailSessions() {}

    public static Session lookup() {
        NamingException last = null;
        for (String name : JNDI_NAMES) {
            try {
                return (Session) new InitialContext().lookup(name);
            } catch (NamingException e) {
                last = e;
            }
        }
        throw new IllegalStateException("No mail session bound at " + String.join(" or ", JNDI_NAMES), last);
    }
}
