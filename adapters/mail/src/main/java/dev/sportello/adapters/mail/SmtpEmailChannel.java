package dev.sportello.adapters.mail;

import dev.sportello.Arguments;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EmailChannel;
import dev.sportello.spi.EmailMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Properties;

/**
 * An {@link EmailChannel} that hands each message to an SMTP server (a relay or a submission service)
 * with Jakarta Mail and Eclipse Angus Mail.
 *
 * <p>What it sends: {@code multipart/mixed} with a {@code multipart/alternative} (the text and the HTML,
 * UTF-8) and each attachment with its content type (an invitation as
 * {@code text/calendar; method=REQUEST}); {@code From} and {@code Reply-To} chosen by the message's
 * kind; a {@code Message-ID} derived from the idempotency key ({@code <key@domain>}, or the hex SHA-256
 * of the key when it is not a safe id), so every retry of a message carries the same id; that id is the
 * {@link DeliveryResult.Accepted#providerId()}.
 *
 * <p>How answers are classified: a 5xx reply about the message is {@link DeliveryResult.Refused} with the
 * reply and enhanced status codes ({@code recipient refused: 550 5.1.1}, {@code message refused: 552 5.3.4});
 * a 4xx reply, a refused, dropped or timed-out connection, a send over its deadline, a failed login, a
 * failed TLS handshake, a server without the required STARTTLS and the 5xx replies about the client rather
 * than the message are {@link DeliveryResult.Failed}, retried by the dispatcher. Those 5xx replies are 530,
 * 534, 535 and 538 (login or TLS required, credentials refused), every 5xx to {@code MAIL FROM} (the
 * sender is not allowed: {@code sender refused for the channel's settings: 553 5.7.1}) and every 5xx with
 * an enhanced status 5.7.x, security or policy ({@code recipient refused for the channel's settings: 554
 * 5.7.1}, relay access denied). They and the other settings problems are also logged as warnings, without
 * addresses: they need the host's attention, and refusing would drop every message until then. A message
 * that cannot be encoded as MIME (a malformed attachment content type) is refused without connecting.
 * Nothing is thrown for a message.
 *
 * <p>One {@link Session} serves every send; each send opens its own SMTP connection (connect, EHLO,
 * STARTTLS, AUTH, MAIL, RCPT, DATA, QUIT), so sends never share protocol state. Every connection has
 * connect, read and write timeouts, and every send an overall deadline
 * ({@link SmtpEmailChannelBuilder#sendDeadline(java.time.Duration)}): a shared daemon thread closes the connection
 * of a send that passes it, so a server that trickles its replies cannot hold the caller's thread. Logs
 * name the recipient masked only, and never the password.
 *
 * <p>Thread-safe.
 */
public final class SmtpEmailChannel implements EmailChannel {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpEmailChannel.class);
    /** What a send that its deadline cut off reports (whatever the closed socket made Angus throw). */
    private static final SmtpFailures.Outcome OVER_DEADLINE =
            new SmtpFailures.Outcome(DeliveryResult.failed("SMTP send exceeded its deadline"), false);

    private final SmtpSettings settings;
    private final Session session;
    private final MimeComposer composer;
    private final SendDeadline deadline;

    SmtpEmailChannel(SmtpSettings settings) {
        this.settings = settings;
        this.deadline = new SendDeadline(settings.sendDeadline());
        Properties properties = settings.properties();
        deadline.install(properties);
        this.session = Session.getInstance(properties);
        this.composer = new MimeComposer(session, settings.senders(), settings.messageIdDomain(), settings.clock());
        try {
            session.getTransport("smtp");
        } catch (MessagingException e) {
            throw SmtpSettings.invalid("SmtpEmailChannel.provider",
                    "no SMTP provider on the class path (add org.eclipse.angus:angus-mail)");
        }
        if (settings.user() != null && settings.security() == SmtpSecurity.NONE) {
            LOG.warn("SMTP channel to {}:{} sends its password without TLS: use STARTTLS or SMTPS unless the server "
                    + "is on this host", settings.host(), settings.port());
        }
    }

    /**
     * A builder; {@link SmtpEmailChannelBuilder#host(String)} and
     * {@link SmtpEmailChannelBuilder#sender(SenderIdentity)} are required.
     *
     * @return a new builder, never null
     */
    public static SmtpEmailChannelBuilder builder() {
        return new SmtpEmailChannelBuilder();
    }

    /**
     * Sends one message over a new SMTP connection, within the channel's send deadline.
     *
     * @param message the message, not null (null is refused with {@code VALUE_REQUIRED})
     * @return accepted with the Message-ID, refused for good, or failed for now; never null
     */
    @Override
    public DeliveryResult send(EmailMessage message) {
        Arguments.required(message, "SmtpEmailChannel", "message");
        String messageId = composer.messageId(message);
        MimeMessage mime;
        try {
            mime = composer.compose(message, messageId);
        } catch (MessagingException | RuntimeException e) {
            LOG.warn("e-mail {} to {} cannot be encoded as MIME ({}): refused", messageId, message.to().masked(),
                    e.getClass().getSimpleName());
            return DeliveryResult.refused("the message cannot be encoded as MIME");
        }
        try (SendDeadline.Watch watch = deadline.start()) {
            try {
                transmit(mime);
            } catch (Exception e) {
                return failure(watch.expired() ? OVER_DEADLINE : SmtpFailures.classify(e), messageId, message);
            }
        }
        LOG.debug("e-mail {} to {} accepted by {}:{}", messageId, message.to().masked(), settings.host(), settings.port());
        return DeliveryResult.accepted(messageId);
    }

    private void transmit(MimeMessage mime) throws MessagingException {
        Transport transport = session.getTransport("smtp");
        try {
            if (settings.user() == null) {
                transport.connect(settings.host(), settings.port(), null, null);
            } else {
                transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
            }
            transport.sendMessage(mime, mime.getAllRecipients());
        } finally {
            closeQuietly(transport);
        }
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            // the message was taken over (or the failure is already on its way); QUIT is a courtesy
            LOG.debug("closing the SMTP connection failed: {}", e.getClass().getSimpleName());
        }
    }

    private DeliveryResult failure(SmtpFailures.Outcome outcome, String messageId, EmailMessage message) {
        DeliveryResult result = outcome.result();
        String reason = result instanceof DeliveryResult.Refused r ? r.reason() : ((DeliveryResult.Failed) result).reason();
        if (outcome.configurationProblem()) {   // about the channel, not the recipient: no address, not even masked
            LOG.warn("e-mail {} failed at {}:{}: {} (check the channel's settings; will be retried)",
                    messageId, settings.host(), settings.port(), reason);
        } else if (result instanceof DeliveryResult.Refused) {
            LOG.info("e-mail {} to {} refused: {}", messageId, message.to().masked(), reason);
        } else {
            LOG.info("e-mail {} to {} failed for now: {}", messageId, message.to().masked(), reason);
        }
        return result;
    }

    /** The settings, for this package's tests. */
    SmtpSettings settingsForTests() {
        return settings;
    }

    /** Host, port, security, timeouts and send deadline; never the password. */
    @Override
    public String toString() {
        return "SmtpEmailChannel[" + settings + "]";
    }
}
