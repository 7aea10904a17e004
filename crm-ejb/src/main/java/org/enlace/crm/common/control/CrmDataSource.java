package org.enlace.crm.common.control;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The server-configured data source. WildFly binds it at {@code java:/jdbc/crmDS}, Payara at
 * {@code jdbc/crmDS}; the persistence unit finds it under either, code that looks it up itself
 * tries both.
 */
public final class CrmDataSource {

    static final String[] JNDI_NAMES = {"java:/jdbc/crmDS", "jdbc/crmDS"};

    private CrmDataSource() {}

    public static DataSource lookup() {
        NamingException last = null;
        for (String name : JNDI_NAMES) {
            try {
                return (DataSource) new InitialContext().lookup(name);
            } catch (NamingException e) {
                last = e;
            }
        }
        throw new IllegalStateException("No data source bound at " + String.join(" or ", JNDI_NAMES), last);
    }
}
