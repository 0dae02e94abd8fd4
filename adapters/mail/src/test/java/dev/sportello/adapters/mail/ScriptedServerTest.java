package dev.sportello.adapters.mail;

import dev.sportello.adapters.mail.ScriptedSmtpServer.Script;
import dev.sportello.Language;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.spi.EmailMessage;
import dev.sportello.users.EmailAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Servers that refuse, defer, drop the connection or never greet: how each answer is classified. */
class ScriptedServerTest {
    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private ScriptedSmtpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private DeliveryResult sendWith(Script script) throws Exception {
        server = new ScriptedSmtpServer();
        server.script(script);
        return plainChannel(server.port()).send(Mails.invitation("k-" + script));
    }

    private static SmtpEmailChannel plainChannel(int port) {
        return SmtpEmailChannel.builder().host("127.0.0.1").port(port).security(SmtpSecurity.NONE)
                .sender(Mails.DEFAULT_SENDER).timeouts(TIMEOUT).build();
    }

    @Test
    void a_refused_recipient_is_refused_with_the_codes_and_without_the_address() throws Exception {
        DeliveryResult result = sendWith(Script.REFUSE_RECIPIENT);
        assertThat(result).isEqualTo(DeliveryResult.refused("recipient refused: 550 5.1.1"));
        assertThat(server.received()).isEmpty();
    }

    @Test
    void a_sender_that_is_not_allowed_is_a_settings_problem_failed_for_now_not_refused() throws Exception {
        assertThat(sendWith(Script.REFUSE_SENDER))
                .isEqualTo(DeliveryResult.failed("sender refused for the channel's settings: 553 5.7.1"));
        stop();
        assertThat(sendWith(Script.UNKNOWN_SENDER))
                .isEqualTo(DeliveryResult.failed("sender refused for the channel's settings: 550 5.1.8"));
    }

    @Test
    void a_530_authentication_required_is_a_settings_problem_failed_for_now_not_refused() throws Exception {
        assertThat(sendWith(Script.REQUIRE_AUTH))
                .isEqualTo(DeliveryResult.failed("sender refused for the channel's settings: 530 5.7.0"));
    }

    @Test
    void relay_access_denied_at_rcpt_is_a_settings_problem_failed_for_now_and_logged_without_an_address() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        DeliveryResult result;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            result = sendWith(Script.DENY_RELAY);
        } finally {
            System.setErr(original);
        }
        assertThat(result).isEqualTo(DeliveryResult.failed("recipient refused for the channel's settings: 554 5.7.1"));
        assertThat(server.received()).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("WARN", "554 5.7.1", "check the channel's settings")
                .doesNotContain("m***@example.it").doesNotContain("mario.rossi").doesNotContain("Relay access");
    }

    @Test
    void a_421_to_mail_from_is_failed_for_now() throws Exception {
        assertThat(sendWith(Script.DEFER_SENDER)).isEqualTo(DeliveryResult.failed("sender deferred: 421 4.7.0"));
    }

    @Test
    void a_deferred_recipient_is_failed_for_now() throws Exception {
        assertThat(sendWith(Script.DEFER_RECIPIENT)).isEqualTo(DeliveryResult.failed("recipient deferred: 450 4.2.1"));
    }

    @Test
    void a_451_at_the_end_of_data_is_failed_for_now() throws Exception {
        assertThat(sendWith(Script.DEFER_DATA)).isEqualTo(DeliveryResult.failed("message deferred: 451 4.3.0"));
    }

    @Test
    void a_message_specific_5xx_at_the_end_of_data_is_refused() throws Exception {
        assertThat(sendWith(Script.REFUSE_DATA)).isEqualTo(DeliveryResult.refused("message refused: 552 5.3.4"));
    }

    @Test
    void a_policy_5_7_x_at_the_end_of_data_is_failed_for_now() throws Exception {
        assertThat(sendWith(Script.REFUSE_DATA_BY_POLICY))
                .isEqualTo(DeliveryResult.failed("message refused for the channel's settings: 554 5.7.1"));
    }

    @Test
    void a_connection_dropped_in_the_middle_of_data_is_failed_for_now() throws Exception {
        DeliveryResult result = sendWith(Script.DROP_IN_DATA);
        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).isIn("SMTP connection closed by the server", "SMTP connection failed"));
        assertThat(server.received()).isEmpty();
    }

    @Test
    void a_server_that_never_greets_is_cut_off_by_the_read_timeout() throws Exception {
        long start = System.nanoTime();
        DeliveryResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> sendWith(Script.NO_GREETING));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result).isEqualTo(DeliveryResult.failed("SMTP server timed out"));
        assertThat(took).isGreaterThanOrEqualTo(TIMEOUT).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a_message_that_cannot_be_encoded_is_refused_without_reaching_the_server() throws Exception {
        server = new ScriptedSmtpServer();
        EmailMessage bad = new EmailMessage("k-bad", Mails.TO, Language.IT, "s", "t", "<p>t</p>",
                List.of(new EmailAttachment("x.bin", "not a content type", new byte[] {1})));
        assertThat(plainChannel(server.port()).send(bad)).isEqualTo(DeliveryResult.refused("the message cannot be encoded as MIME"));
        assertThat(server.commands()).isEmpty();
    }

    @Test
    void a_refused_connection_is_failed_for_now() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        assertThat(plainChannel(port).send(Mails.plain("k-1")))
                .isEqualTo(DeliveryResult.failed("SMTP server refused the connection"));
    }

    @Test
    void after_a_deferral_the_same_channel_delivers() throws Exception {
        server = new ScriptedSmtpServer();
        SmtpEmailChannel channel = plainChannel(server.port());
        server.script(Script.DEFER_DATA);
        assertThat(channel.send(Mails.plain("k-9"))).isInstanceOf(DeliveryResult.Failed.class);
        server.script(Script.ACCEPT);
        assertThat(channel.send(Mails.plain("k-9"))).isEqualTo(DeliveryResult.accepted("<k-9@sportello.example>"));
        assertThat(server.received()).singleElement()
                .satisfies(r -> assertThat(r.messageId()).isEqualTo("<k-9@sportello.example>"));
    }

    @Test
    void the_envelope_sender_is_the_from_address_or_the_configured_bounce_address() throws Exception {
        server = new ScriptedSmtpServer();
        plainChannel(server.port()).send(Mails.plain("k-env-1"));
        SmtpEmailChannel.builder().host("127.0.0.1").port(server.port()).security(SmtpSecurity.NONE)
                .sender(Mails.DEFAULT_SENDER).envelopeSender(new EmailAddress("bounces@sportello.example"))
                .timeouts(TIMEOUT).build().send(Mails.plain("k-env-2"));

        assertThat(server.received()).hasSize(2);
        assertThat(server.received().get(0).commands()).contains("MAIL FROM:<noreply@sportello.example>");
        assertThat(server.received().get(1).commands()).contains("MAIL FROM:<bounces@sportello.example>");
    }

    @Test
    void starttls_upgrades_before_anything_is_said_and_checks_the_host_name() throws Exception {
        server = new ScriptedSmtpServer(TestTls.loopbackServer());
        SmtpEmailChannel channel = SmtpEmailChannel.builder().host("127.0.0.1").port(server.port())
                .security(SmtpSecurity.STARTTLS).trust(TestTls.trustingLoopback()).sender(Mails.DEFAULT_SENDER)
                .timeouts(Duration.ofSeconds(5)).build();

        assertThat(channel.send(Mails.invitation("k-tls"))).isEqualTo(DeliveryResult.accepted("<k-tls@sportello.example>"));

        ScriptedSmtpServer.Received received = server.received().get(0);
        assertThat(received.overTls()).isTrue();
        assertThat(received.commands().get(0)).startsWith("EHLO sportello.example");
        assertThat(received.commands().get(1)).isEqualToIgnoringCase("STARTTLS");
        assertThat(received.raw()).contains("Message-ID: <k-tls@sportello.example>");
    }

    @Test
    void starttls_is_required_a_server_without_it_gets_nothing_in_clear() throws Exception {
        server = new ScriptedSmtpServer();
        SmtpEmailChannel channel = SmtpEmailChannel.builder().host("127.0.0.1").port(server.port())
                .security(SmtpSecurity.STARTTLS).trust(TestTls.trustingLoopback()).sender(Mails.DEFAULT_SENDER)
                .timeouts(TIMEOUT).build();

        assertThat(channel.send(Mails.plain("k-clear")))
                .isEqualTo(DeliveryResult.failed("the SMTP server does not offer STARTTLS"));
        assertThat(server.commands()).noneMatch(c -> c.toUpperCase().startsWith("MAIL") || c.toUpperCase().startsWith("AUTH"));
        assertThat(server.received()).isEmpty();
    }

    @Test
    void starttls_to_a_server_with_an_untrusted_certificate_is_failed_before_mail_from() throws Exception {
        server = new ScriptedSmtpServer(TestTls.loopbackServer());
        SmtpEmailChannel channel = SmtpEmailChannel.builder().host("127.0.0.1").port(server.port())
                .security(SmtpSecurity.STARTTLS).sender(Mails.DEFAULT_SENDER).timeouts(Duration.ofSeconds(5)).build();

        assertThat(channel.send(Mails.plain("k-untrusted")))
                .isEqualTo(DeliveryResult.failed("TLS with the SMTP server failed"));
        assertThat(server.commands()).noneMatch(c -> c.toUpperCase().startsWith("MAIL"));
    }
}
