package org.enlace.crm.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.enlace.crm.notification.entity.MailEvent;
import org.enlace.crm.notification.entity.MailTemplate;
import org.enlace.crm.notification.entity.OutboxMessage;
import org.junit.jupiter.api.Test;

class MergeTest {

    private static final Map<String, String> VALUES =
            Map.of("contact.firstName", "<script>alert('x')</script> & Cía", "company.name", "Andina");

    @Test
    void htmlGetsEscapedValuesTextGetsThemAsTheyAre() {
        String template = "<p>Hola {{contact.firstName}}, de {{ company.name }}</p>";
        assertThat(Merge.html(template, VALUES))
                .isEqualTo("<p>Hola &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Cía, de Andina</p>");
        assertThat(Merge.text("Hola {{contact.firstName}}", VALUES))
                .isEqualTo("Hola <script>alert('x')</script> & Cía");
    }

    @Test
    void aValueInASubjectCannotBreakTheLine() {
        assertThat(Merge.line("Hola {{contact.firstName}}", Map.of("contact.firstName", "Ana\r\nBcc: x@example.com")))
                .isEqualTo("Hola Ana Bcc: x@example.com");
    }

    @Test
    void aKnownFieldWithoutValueMergesEmptyAndDollarsStayLiteral() {
        assertThat(Merge.text("[{{company.phone}}] {{company.name}}", Map.of("company.name", "$1 \\ Cía")))
                .isEqualTo("[] $1 \\ Cía");
    }

    @Test
    void unknownAndBrokenFieldsAreNamed() {
        Set<String> allowed = MailEvent.TEST.fields();
        assertThat(Merge.unknownField("Hola {{user.firstName}}", allowed)).isEmpty();
        assertThat(Merge.unknownField("Hola {{contact.firstName}}", allowed)).contains("contact.firstName");
        assertThat(Merge.unknownField("Hola {{user.firstName", allowed)).contains("{{user.firstName");
        assertThat(Merge.unknownField("{{user.firstName}} {{ nope }}", allowed)).contains("nope");
        assertThat(Merge.unknownField("a {{ b {{user.firstName}}", allowed)).contains("{{ b {{user.firstName}}");
    }

    @Test
    void everyTemplateThatComesWithTheCrmUsesOnlyItsEventsFieldsInBothLanguages() {
        for (MailEvent event : MailEvent.values()) {
            for (String language : MailTemplates.LANGUAGES) {
                MailTemplate t = MailTemplates.standard(event, language);
                assertThat(t.getSubject())
                        .as(event + " " + language)
                        .isNotBlank()
                        .doesNotContain("\n");
                for (String part : new String[] {t.getSubject(), t.getBodyHtml(), t.getBodyText()}) {
                    assertThat(Merge.unknownField(part, event.fields()))
                            .as(event + " " + language)
                            .isEmpty();
                }
                assertThat(t.getBodyHtml()).contains("<p>");
                assertThat(t.getBodyText()).doesNotContain("<p>");
            }
        }
        assertThat(MailTemplates.standard(MailEvent.USER_WELCOME, "es").getSubject())
                .startsWith("Bienvenido a {{company.name}}");
        assertThat(MailTemplates.standard(MailEvent.USER_WELCOME, "fr").getLanguage())
                .isEqualTo("es");
    }

    @Test
    void waitsDoubleFromTheFirstUpToSixHours() {
        Duration first = Duration.ofSeconds(60);
        assertThat(OutboxMessage.backoff(1, first)).isEqualTo(Duration.ofSeconds(60));
        assertThat(OutboxMessage.backoff(2, first)).isEqualTo(Duration.ofSeconds(120));
        assertThat(OutboxMessage.backoff(4, first)).isEqualTo(Duration.ofSeconds(480));
        assertThat(OutboxMessage.backoff(30, first)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void anSmtpNoIsToldFromATryLater() {
        assertThat(MailSender.isPermanent(new jakarta.mail.SendFailedException(
                        "Invalid Addresses", new jakarta.mail.MessagingException("550 5.1.1 no such mailbox"))))
                .isTrue();
        assertThat(MailSender.isPermanent(new jakarta.mail.MessagingException("451 4.3.0 try later")))
                .isFalse();
        assertThat(MailSender.isPermanent(new jakarta.mail.MessagingException(
                        "Couldn't connect to host, port: 127.0.0.1, 10025; timeout -1")))
                .isFalse();
    }
}
