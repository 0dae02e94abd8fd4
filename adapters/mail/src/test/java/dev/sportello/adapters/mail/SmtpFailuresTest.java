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
    void a_sender_failure_is_preferred_to_the_send_failure_that_wraps_it() {
        SMTPSenderFailedException sender = new SMTPSenderFailedException(address("noreply@sportello.example"),
                "MAIL FROM:<noreply@sportello.example>", 553, "553 5.7.1 not owned");
        SMTPSendFailedException send = new SMTPSendFailedException("MAIL FROM", 553, "553 5.7.1 not owned", sender,
                null, null, null);
        assertThat(SmtpFailures.classify(send).result()).isEqualTo(DeliveryResult.refused("sender refused: 553 5.7.1"));
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
