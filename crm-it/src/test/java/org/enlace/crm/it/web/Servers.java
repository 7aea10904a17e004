package org.enlace.crm.it.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the black-box tests find the deployed CRM, and the administrator password of this run. */
public final class Servers {

    private Servers() {}

    public static String wildfly() {
        return System.getProperty("crm.it.wildfly.url", "http://127.0.0.1:18080");
    }

    public static String payara() {
        return System.getProperty("crm.it.payara.url", "http://127.0.0.1:30080");
    }

    /**
     * Stops and starts the black-box WildFly with the same config/ script the run command uses,
     * and waits until it serves the CRM again.
     */
    public static void restartWildFly() throws IOException, InterruptedException {
        String script = System.getProperty("crm.it.config") + "/wildfly/server.sh";
        for (String command : new String[] {"stop", "start"}) {
            ProcessBuilder builder = new ProcessBuilder("bash", script, command).inheritIO();
            builder.environment().put("WILDFLY_HOME", System.getProperty("crm.it.wildfly.home"));
            builder.environment().put("CRM_DATA_DIR", System.getProperty("crm.it.wildfly.data"));
            builder.environment().put("CRM_EAR", System.getProperty("crm.it.ear"));
            builder.environment().put("PORT_OFFSET", System.getProperty("crm.it.wildfly.offset"));
            Process process = builder.start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("server.sh " + command + " failed");
            }
        }
    }

    /** Generated at random for each run by servers.sh and handed to the servers; never in the repository. */
    public static String adminPassword() {
        try {
            return Files.readString(Path.of(System.getProperty("crm.it.adminPasswordFile", "target/it/admin-password")))
                    .strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
