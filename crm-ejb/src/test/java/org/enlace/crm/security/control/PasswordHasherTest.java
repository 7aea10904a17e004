package org.enlace.crm.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void storesAlgorithmIterationsSaltAndHash() {
        String stored = hasher.hash("correct horse".toCharArray());

        assertThat(stored.split(":")).hasSize(4);
        assertThat(stored).startsWith("pbkdf2-sha512:210000:");
        assertThat(stored).doesNotContain("correct horse");
    }

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = hasher.hash("correct horse".toCharArray());

        assertThat(hasher.verify("correct horse".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("Correct horse".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void saltsEachHash() {
        assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
    }

    @Test
    void refusesMalformedStoredValues() {
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "plain")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "md5:1:a:b")).isFalse();
    }

    @Test
    void randomAdministratorPasswordsAreLongAndDiffer() {
        String a = FirstAdministrator.randomPassword();
        assertThat(a).hasSize(20).isNotEqualTo(FirstAdministrator.randomPassword());
    }
}
