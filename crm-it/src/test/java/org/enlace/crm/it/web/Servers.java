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
