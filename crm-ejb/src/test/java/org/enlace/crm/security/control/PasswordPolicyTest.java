package org.enlace.crm.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shortLongCommonAndNameLikePasswordsAreRefused() {
        assertThat(PasswordPolicy.problem("corta", "ana")).contains("crm.password.tooShort");
        assertThat(PasswordPolicy.problem("x".repeat(129), "ana")).contains("crm.password.tooLong");
        assertThat(PasswordPolicy.problem("Contraseña123", "ana")).contains("crm.password.common");
        assertThat(PasswordPolicy.problem("aaaaabbbbbbbb", "ana")).contains("crm.password.common");
        assertThat(PasswordPolicy.problem("ana.perez-del-sur", "ana.perez")).contains("crm.password.username");
    }

    @Test
    void aLongUncommonPasswordPasses() {
        assertThat(PasswordPolicy.problem("tres tigres tristes", "ana")).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(40) + "yz1!", "ana")).isEmpty();
    }
}
