package dev.sportello.adapters.mail;

import dev.sportello.spi.DeliveryResult;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** The classification of what Angus throws, on exceptions built as Angus builds them. */
class SmtpFailuresTest {
    private static final InternetAddress RCPT = address("mario.rossi@example.it");

    private static InternetAddress address(String a) {
        try {
            return new InternetAddress(a);
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static SendFailedException invalidRecipient(int code, String reply) {
        SMTPAddressFailedException next = new SMTPAddressFailedException(RCPT, "RCPT TO:<mario.rossi@example.it>", code, reply);
        return new SendFailedException("Invalid Addresses", next, new Address[0], new Address[0], new Address[] {RCPT});
    }

    @Test
    void the_recipient_failure_behind_a_send_failed_exception_decides_and_the_reason_has_no_address() {
        DeliveryResult refused = SmtpFailures.classify(invalidRecipient(550, "550 5.1.1 <mario.rossi@example.it>: unknown")).result();
        assertThat(refused).isEqualTo(DeliveryResult.refused("recipient refused: 550 5.1.1"));
        assertThat(SmtpFailures.classify(invalidRecipient(452, "452 4.5.3 Too many recipients")).result())
                .isEqualTo(DeliveryResult.failed("recipient deferred: 452 4.5.3"));
        assertThat(SmtpFailures.classify(invalidRecipient(550, "550 No such user mario.rossi")).result())
                .isEqualTo(DeliveryResult.refused("recipient refused: 550"));
    }

    @Test
    void a_sender_failure_is_preferred_to_the_send_failure_that_wraps_it_and_is_a_settings_problem() {
        SMTPSenderFailedException sender = new SMTPSenderFailedException(address("noreply@sportello.example"),
                "MAIL FROM:<noreply@sportello.example>", 550, "550 5.1.8 <noreply@sportello.example>: domain not found");
        SMTPSendFailedException send = new SMTPSendFailedException("DATA", 550, "550 5.1.8 domain not found", sender,
                null, null, null);
        SmtpFailures.Outcome outcome = SmtpFailures.classify(send);
        assertThat(outcome.result()).isEqualTo(DeliveryResult.failed("sender refused for the channel's settings: 550 5.1.8"));
        assertThat(outcome.configurationProblem()).isTrue();
    }

    @Test
    void every_5xx_to_mail_from_is_a_settings_problem_even_without_a_sender_exception() {
        SMTPSendFailedException send = new SMTPSendFailedException("MAIL FROM:<noreply@sportello.example>", 554,
                "554 5.5.0 <noreply@sportello.example>: blocked", null, null, null, null);
        SmtpFailures.Outcome outcome = SmtpFailures.classify(send);
        assertThat(outcome.result()).isEqualTo(DeliveryResult.failed("sender refused for the channel's settings: 554 5.5.0"));
        assertThat(outcome.configurationProblem()).isTrue();
    }

    @Test
    void a_5_7_x_policy_refusal_is_a_settings_problem_in_any_phase_and_other_5xx_stay_refused() {
        SmtpFailures.Outcome relay = SmtpFailures.classify(invalidRecipient(554, "554 5.7.1 <mario.rossi@example.it>: Relay access denied"));
        assertThat(relay.result()).isEqualTo(DeliveryResult.failed("recipient refused for the channel's settings: 554 5.7.1"));
        assertThat(relay.configurationProblem()).isTrue();
        SmtpFailures.Outcome dmarc = SmtpFailures.classify(
                new SMTPSendFailedException(".", 550, "550-5.7.26 unauthenticated mail", null, null, null, null));
        assertThat(dmarc.result()).isEqualTo(DeliveryResult.failed("message refused for the channel's settings: 550 5.7.26"));
        assertThat(dmarc.configurationProblem()).isTrue();

        SmtpFailures.Outcome mailbox = SmtpFailures.classify(invalidRecipient(550, "550 5.1.1 <mario.rossi@example.it>: unknown"));
        assertThat(mailbox.result()).isEqualTo(DeliveryResult.refused("recipient refused: 550 5.1.1"));
        assertThat(mailbox.configurationProblem()).isFalse();
        assertThat(SmtpFailures.classify(new SMTPSendFailedException(".", 552, "552 5.3.4 too big", null, null, null, null))
                .result()).isEqualTo(DeliveryResult.refused("message refused: 552 5.3.4"));
        assertThat(SmtpFailures.classify(new SMTPSendFailedException(".", 554, "554 Transaction failed", null, null, null, null))
                .result()).isEqualTo(DeliveryResult.refused("message refused: 554"));
        assertThat(SmtpFailures.classify(invalidRecipient(553, "553 5.70.1 not a 5.7 status")).result())
                .isEqualTo(DeliveryResult.refused("recipient refused: 553 5.70.1"));
    }

    @Test
    void io_failures_login_failures_and_surprises_are_failed_for_now() {
        assertThat(SmtpFailures.classify(new MessagingException("x", new ConnectException("refused"))).result())
                .isEqualTo(DeliveryResult.failed("SMTP server refused the connection"));
        assertThat(SmtpFailures.classify(new MessagingException("x", new SocketTimeoutException("Read timed out"))).result())
                .isEqualTo(DeliveryResult.failed("SMTP server timed out"));
        SmtpFailures.Outcome auth = SmtpFailures.classify(new AuthenticationFailedException("535 5.7.8 bad credentials"));
        assertThat(auth.result()).isEqualTo(DeliveryResult.failed("SMTP authentication failed"));
        assertThat(auth.configurationProblem()).isTrue();
        SmtpFailures.Outcome surprise = SmtpFailures.classify(new IllegalStateException("boom"));
        assertThat(surprise.result()).isEqualTo(DeliveryResult.failed("unexpected failure: IllegalStateException"));
        assertThat(surprise.configurationProblem()).isTrue();
    }

    @Test
    void a_cycle_of_causes_ends() {
        MessagingException a = new MessagingException("a");
        MessagingException b = new MessagingException("b", a);
        a.setNextException(b);
        assertThat(SmtpFailures.classify(a).result()).isEqualTo(DeliveryResult.failed("SMTP exchange failed: MessagingException"));
    }
}
