package org.enlace.crm.security.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be: 12 to 128 characters, not one of the commonest passwords, not the
 * user name. Answers the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN = 12;
    public static final int MAX = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN) {
            return Optional.of("crm.password.tooShort");
        }
        if (password.length() > MAX) {
            return Optional.of("crm.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            return Optional.of("crm.password.common");
        }
        if (username != null && username.length() >= 4 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("crm.password.username");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
