package org.enlace.crm.contact.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContactTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    @Test
    void theSupportEndMayNotComeBeforeItsStart() {
        Contact contact = new Contact();
        contact.setSupportStart(DEC_31);
        contact.setSupportEnd(JAN_1);
        assertThat(contact.isSupportEndValid()).isFalse();

        contact.setSupportEnd(DEC_31);
        assertThat(contact.isSupportEndValid()).isTrue();
    }

    @Test
    void thePortalIsOpenOnlyToPortalUsersWithinTheSupportDates() {
        Contact contact = new Contact();
        contact.setEmail("ana@example.com");
        contact.setSupportStart(JAN_1);
        contact.setSupportEnd(DEC_31);
        assertThat(contact.mayUsePortalOn(JAN_1.plusDays(10))).isFalse();

        contact.setPortalUser(true);
        assertThat(contact.mayUsePortalOn(JAN_1)).isTrue();
        assertThat(contact.mayUsePortalOn(DEC_31)).isTrue();
        assertThat(contact.mayUsePortalOn(DEC_31.plusDays(1))).isFalse();
        assertThat(contact.mayUsePortalOn(JAN_1.minusDays(1))).isFalse();
    }

    @Test
    void aPortalUserSignsInWithHisEmail() {
        Contact contact = new Contact();
        contact.setPortalUser(true);
        assertThat(contact.isPortalUserValid()).isFalse();

        contact.setEmail("Ana@Example.com");
        assertThat(contact.isPortalUserValid()).isTrue();
        assertThat(contact.getPortalLogin()).isEqualTo("ana@example.com");

        contact.setPortalUser(false);
        assertThat(contact.getPortalLogin()).isNull();
    }

    @Test
    void aContactCannotReportToHimself() {
        Contact boss = new Contact();
        Contact clerk = new Contact();
        clerk.reportTo(boss);
        assertThatThrownBy(() -> boss.reportTo(clerk)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> boss.reportTo(boss)).isInstanceOf(IllegalArgumentException.class);
    }
}
