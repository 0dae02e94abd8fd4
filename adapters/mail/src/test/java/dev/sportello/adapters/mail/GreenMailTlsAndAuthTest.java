package dev.sportello.adapters.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.sportello.spi.DeliveryResult;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** GreenMail over implicit TLS (SMTPS) and with SMTP authentication. */
class GreenMailTlsAndAuthTest {
    private static final String PASSWORD = "S3cr3t-pa55word";

    @Nested
    class Smtps {
        @RegisterExtension
        final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort());

        private SmtpEmailChannelBuilder builder() {
            return SmtpEmailChannel.builder().host("127.0.0.1").port(greenMail.getSmtps().getPort())
                    .security(SmtpSecurity.SMTPS).sender(Mails.DEFAULT_SENDER).timeouts(Duration.ofSeconds(5));
        }

        @Test
        void a_message_is_delivered_over_implicit_tls_trusting_greenmails_certificate() throws Exception {
            // GreenMail's certificate (greenmail.p12 in its jar) names no host: trusted, but not for 127.0.0.1
            SmtpEmailChannel channel = builder().trust(TestTls.trustingGreenMail()).withoutHostnameVerification().build();

            assertThat(channel.send(Mails.invitation("k-smtps"))).isEqualTo(DeliveryResult.accepted("<k-smtps@sportello.example>"));
            assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
            MimeMessage received = greenMail.getReceivedMessages()[0];
            assertThat(received.getMessageID()).isEqualTo("<k-smtps@sportello.example>");
            assertThat(received.getSubject()).isEqualTo(Mails.SUBJECT);
        }

        @Test
        void hostname_verification_is_on_by_default_and_refuses_a_certificate_for_another_name() throws Exception {
            SmtpEmailChannel channel = builder().trust(TestTls.trustingGreenMail()).build();

            assertThat(channel.send(Mails.plain("k-name"))).isEqualTo(DeliveryResult.failed("TLS with the SMTP server failed"));
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        }

        @Test
        void an_untrusted_certificate_is_failed_with_the_jdk_trust_store() {
            SmtpEmailChannel channel = builder().withoutHostnameVerification().build();

            assertThat(channel.send(Mails.plain("k-trust"))).isEqualTo(DeliveryResult.failed("TLS with the SMTP server failed"));
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        }
    }

    @Nested
    class Authentication {
        @RegisterExtension
        final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("noreply@sportello.example", "sportello", PASSWORD));

        private SmtpEmailChannel channel(String password) {
            return SmtpEmailChannel.builder().host("127.0.0.1").port(greenMail.getSmtp().getPort())
                    .security(SmtpSecurity.NONE).authentication("sportello", password).sender(Mails.DEFAULT_SENDER)
                    .timeouts(Duration.ofSeconds(5)).build();
        }

        @Test
        void the_right_password_logs_in_and_delivers() {
            assertThat(channel(PASSWORD).send(Mails.plain("k-auth"))).isEqualTo(DeliveryResult.accepted("<k-auth@sportello.example>"));
            assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        }

        @Test
        void a_wrong_password_is_failed_for_now_and_logged_as_a_warning_without_the_password_or_an_address() {
            SmtpEmailChannel channel = channel("wrong-" + PASSWORD);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream original = System.err;
            DeliveryResult result;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                result = channel.send(Mails.plain("k-wrong"));
            } finally {
                System.setErr(original);
            }

            assertThat(result).isEqualTo(DeliveryResult.failed("SMTP authentication failed"));
            assertThat(greenMail.getReceivedMessages()).isEmpty();
            String log = err.toString(StandardCharsets.UTF_8);
            assertThat(log).contains("WARN").contains("SMTP authentication failed").contains("check the channel's settings")
                    .doesNotContain("m***@example.it").doesNotContain(PASSWORD).doesNotContain("mario.rossi");
            assertThat(channel.toString()).contains("password=***").doesNotContain(PASSWORD);
        }
    }
}
