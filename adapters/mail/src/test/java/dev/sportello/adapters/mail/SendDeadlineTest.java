package dev.sportello.adapters.mail;

import dev.sportello.adapters.mail.ScriptedSmtpServer.Script;
import dev.sportello.spi.DeliveryResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A server that trickles its replies, a byte every 200 ms, never trips the 500 ms read timeout: only the
 * overall send deadline ends the send, on a plain connection, after STARTTLS and over SMTPS.
 */
class SendDeadlineTest {
    private static final Duration READ_TIMEOUT = Duration.ofMillis(500);
    private static final Duration DEADLINE = Duration.ofMillis(1500);
    private static final DeliveryResult OVER_DEADLINE = DeliveryResult.failed("SMTP send exceeded its deadline");

    private ScriptedSmtpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Sends and checks that the send ended in about the deadline (the greeting alone would take 6 s). */
    private static DeliveryResult sendTimed(SmtpEmailChannel channel, String key) {
        long start = System.nanoTime();
        DeliveryResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> channel.send(Mails.plain(key)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isGreaterThanOrEqualTo(DEADLINE).isLessThan(DEADLINE.plusSeconds(2));
        return result;
    }

    @Test
    void a_server_that_trickles_its_replies_is_cut_off_by_the_send_deadline() throws Exception {
        server = new ScriptedSmtpServer();
        server.script(Script.TRICKLE);
        SmtpEmailChannel channel = SmtpEmailChannel.builder().host("127.0.0.1").port(server.port())
                .security(SmtpSecurity.NONE).sender(Mails.DEFAULT_SENDER).timeouts(READ_TIMEOUT).sendDeadline(DEADLINE)
                .build();

        assertThat(sendTimed(channel, "k-trickle")).isEqualTo(OVER_DEADLINE);
        assertThat(server.received()).isEmpty();

        server.script(Script.ACCEPT);   // the same channel delivers once the server answers promptly
        assertThat(channel.send(Mails.plain("k-trickle"))).isEqualTo(DeliveryResult.accepted("<k-trickle@sportello.example>"));
    }

    @Test
    void the_deadline_holds_after_starttls() throws Exception {
        server = new ScriptedSmtpServer(TestTls.loopbackServer());
        server.script(Script.TRICKLE_OVER_TLS);
        SmtpEmailChannel channel = SmtpEmailChannel.builder().host("127.0.0.1").port(server.port())
                .security(SmtpSecurity.STARTTLS).trust(TestTls.trustingLoopback()).sender(Mails.DEFAULT_SENDER)
                .timeouts(READ_TIMEOUT).sendDeadline(DEADLINE).build();

        assertThat(sendTimed(channel, "k-trickle-starttls")).isEqualTo(OVER_DEADLINE);
        assertThat(server.commands()).anyMatch(c -> c.equalsIgnoreCase("STARTTLS"));
    }

    @Test
    void the_deadline_holds_over_smtps_with_own_trust_material() throws Exception {
        server = new ScriptedSmtpServer(TestTls.loopbackServer(), true);
        server.script(Script.TRICKLE_OVER_TLS);
        SmtpEmailChannel channel = SmtpEmailChannel.builder().host("127.0.0.1").port(server.port())
                .security(SmtpSecurity.SMTPS).trust(TestTls.trustingLoopback()).sender(Mails.DEFAULT_SENDER)
                .timeouts(READ_TIMEOUT).sendDeadline(DEADLINE).build();

        assertThat(sendTimed(channel, "k-trickle-smtps")).isEqualTo(OVER_DEADLINE);
    }

    @Test
    void smtps_to_a_prompt_server_is_accepted_within_the_deadline() throws Exception {
        server = new ScriptedSmtpServer(TestTls.loopbackServer(), true);
        SmtpEmailChannel channel = SmtpEmailChannel.builder().host("127.0.0.1").port(server.port())
                .security(SmtpSecurity.SMTPS).trust(TestTls.trustingLoopback()).sender(Mails.DEFAULT_SENDER)
                .timeouts(Duration.ofSeconds(5)).sendDeadline(Duration.ofSeconds(10)).build();

        assertThat(channel.send(Mails.plain("k-smtps"))).isEqualTo(DeliveryResult.accepted("<k-smtps@sportello.example>"));
        assertThat(server.received()).singleElement().satisfies(r -> assertThat(r.overTls()).isTrue());
    }
}
