package org.enlace.crm.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.logging.Logger;
import org.enlace.crm.security.entity.Role;
import org.enlace.crm.security.entity.User;

/**
 * Creates the administrator on the first start. The password comes from the environment variable
 * {@code CRM_ADMIN_PASSWORD} or the system property {@code crm.admin.password}; without either, a
 * random one is printed once to the server console. No password is ever built in.
 */
@Singleton
@Startup
@DependsOn("SecurityDefaults")
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    static final String ENV = "CRM_ADMIN_PASSWORD";
    static final String PROPERTY = "crm.admin.password";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void createIfNoUserExists() {
        long users = em.createNamedQuery(User.COUNT_ALL, Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        String given = System.getenv(ENV);
        if (given == null || given.isBlank()) {
            given = System.getProperty(PROPERTY);
        }
        boolean generated = given == null || given.isBlank();
        String password = generated ? randomPassword() : given;

        User admin = new User(USERNAME, null, "Administrador", "admin@localhost.invalid");
        admin.setAdministrator(true);
        admin.setRole(em.createNamedQuery(Role.FIND_ALL, Role.class).getResultList().stream()
                .filter(r -> r.getName().equals(SecurityDefaults.TOP))
                .findFirst()
                .orElseThrow());
        admin.changePasswordHash(new PasswordHasher().hash(password.toCharArray()));
        admin.touch(null, Instant.now());
        em.persist(admin);

        if (generated) {
            String line = "=".repeat(72);
            LOG.warning(() -> "\n" + line + "\n Enlace CRM: first administrator created.\n"
                    + "   user:     " + USERNAME + "\n"
                    + "   password: " + password + "\n"
                    + " It is shown only this once: keep it somewhere safe.\n" + line);
        } else {
            LOG.info(() -> "Enlace CRM: first administrator '" + USERNAME + "' created with the given password");
        }
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
