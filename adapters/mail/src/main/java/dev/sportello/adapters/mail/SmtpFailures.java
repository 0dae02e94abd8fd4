package dev.sportello.adapters.mail;

import dev.sportello.spi.DeliveryResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies what {@code Transport} threw (LIBRARY-PICKS.md §2). The chain of {@code getNextException()}
 * and {@code getCause()} is walked; the SMTP reply exceptions of Angus ({@code SMTPAddressFailedException},
 * {@code SMTPSenderFailedException}, {@code SMTPSendFailedException}) carry the server's reply code: 4xx
 * is failed for now (retried), 5xx refused for good. A recipient or sender failure is preferred to the
 * generic send failure that wraps it. The reason holds the reply code and the enhanced status code only
 * ({@code 550 5.1.1}), never the reply text, which often echoes the address. Connection refused, timeouts,
 * dropped connections (Angus: reply code -1) and other I/O errors are failed for now; so is a rejected
 * login (535) and a TLS failure.
 *
 * <p>Some 5xx replies are about the client rather than the message, so refusing would drop every message
 * until the host fixes its settings. They are failed for now (a fixed setting lets the queue drain) and
 * flagged as configuration problems, which the channel logs as warnings:
 * <ul>
 *   <li>530, 534, 535, 538: login or TLS required, mechanism too weak, credentials refused;</li>
 *   <li>every 5xx to {@code MAIL FROM} (the sender phase: "550/553 sender not allowed", "554 5.7.1"), since
 *       the sender is the channel's setting and the same for every message;</li>
 *   <li>every 5xx with an enhanced status 5.7.x (RFC 3463 security or policy: "554 5.7.1 relay access
 *       denied" at RCPT, "530 5.7.0 authentication required", "550 5.7.26" DMARC), in any phase.</li>
 * </ul>
 * The other 5xx replies stay refused for good: a bad mailbox at RCPT (5.1.x), a message too large (5.3.4),
 * and any other 5xx without a 5.7.x status to {@code RCPT} or at the end of {@code DATA}.
 *
 * <p>Angus is a runtime dependency only, so its classes are recognised by name and the reply code read
 * through their public {@code getReturnCode()}, with the code at the start of the reply text as a fallback.
 *
 * <p>Thread-safe (stateless).
 */
final class SmtpFailures {
    private static final String ANGUS_SMTP = "org.eclipse.angus.mail.smtp.";
    private static final Set<String> RECIPIENT_OR_SENDER =
            Set.of(ANGUS_SMTP + "SMTPAddressFailedException", ANGUS_SMTP + "SMTPSenderFailedException");
    private static final String SEND_FAILED = ANGUS_SMTP + "SMTPSendFailedException";
    private static final String SENDER = "sender";
    private static final Pattern REPLY = Pattern.compile("^\\s*([2-5]\\d\\d)");
    private static final Pattern ENHANCED = Pattern.compile("^\\s*\\d{3}[ -]([245]\\.\\d{1,3}\\.\\d{1,3})\\b");
    private static final int MAX_DEPTH = 20;
    /**
     * 5xx replies about the client, not the message (RFC 4954 §6, RFC 3207 §4): authentication required
     * (530), mechanism too weak (534), credentials invalid (535), encryption required (538). Refusing would
     * drop every message until the host fixes its settings; they are failed for now instead, as are every
     * sender-phase 5xx and every 5xx with an enhanced status 5.7.x (see the class comment).
     */
    private static final Set<Integer> CONFIGURATION_CODES = Set.of(530, 534, 535, 538);

    /** What the channel reports, and whether the failure points at its configuration. */
    record Outcome(DeliveryResult result, boolean configurationProblem) {
    }

    private SmtpFailures() {
    }

    static Outcome classify(Throwable failure) {
        Throwable reply = null;
        Throwable replyFallback = null;
        boolean auth = false;
        boolean tls = false;
        boolean timeout = false;
        boolean refusedConnection = false;
        boolean io = false;
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.size() < MAX_DEPTH && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            String name = t.getClass().getName();
            if (reply == null && RECIPIENT_OR_SENDER.contains(name)) {
                reply = t;
            } else if (replyFallback == null && SEND_FAILED.equals(name)) {
                replyFallback = t;
            }
            auth |= t instanceof AuthenticationFailedException;
            tls |= t instanceof SSLException;
            timeout |= t instanceof SocketTimeoutException;
            refusedConnection |= t instanceof ConnectException;
            io |= t instanceof IOException;
        }
        Throwable smtp = reply != null ? reply : replyFallback;
        if (smtp != null) {
            int code = returnCode(smtp);
            String phase = phase(smtp);
            String enhanced = enhanced(smtp.getMessage());
            String status = enhanced == null ? Integer.toString(code) : code + " " + enhanced;
            if (code == -1) {   // Angus reports a closed connection (EOF while awaiting a reply) as code -1
                return new Outcome(DeliveryResult.failed("SMTP connection closed by the server"), false);
            }
            if (code / 100 == 5 && (CONFIGURATION_CODES.contains(code) || SENDER.equals(phase)
                    || enhanced != null && enhanced.startsWith("5.7."))) {
                return new Outcome(DeliveryResult.failed(phase + " refused for the channel's settings: " + status), true);
            }
            if (code / 100 == 5) {
                return new Outcome(DeliveryResult.refused(phase + " refused: " + status), false);
            }
            if (code / 100 == 4) {
                return new Outcome(DeliveryResult.failed(phase + " deferred: " + status), false);
            }
        }
        if (auth) {
            return new Outcome(DeliveryResult.failed("SMTP authentication failed"), true);
        }
        if (tls) {
            return new Outcome(DeliveryResult.failed("TLS with the SMTP server failed"), true);
        }
        if (timeout) {
            return new Outcome(DeliveryResult.failed("SMTP server timed out"), false);
        }
        if (refusedConnection) {
            return new Outcome(DeliveryResult.failed("SMTP server refused the connection"), false);
        }
        if (io) {
            return new Outcome(DeliveryResult.failed("SMTP connection failed"), false);
        }
        if (failure instanceof MessagingException m && m.getMessage() != null && m.getMessage().contains("STARTTLS")) {
            return new Outcome(DeliveryResult.failed("the SMTP server does not offer STARTTLS"), true);
        }
        if (failure instanceof MessagingException) {
            return new Outcome(DeliveryResult.failed("SMTP exchange failed: " + failure.getClass().getSimpleName()), false);
        }
        return new Outcome(DeliveryResult.failed("unexpected failure: " + failure.getClass().getSimpleName()), true);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause();
    }

    /**
     * Recipient (RCPT), sender (MAIL FROM) or message (the rest, mostly the end of DATA). Angus gives a
     * {@code SMTPSenderFailedException} only for 501, 503, 550, 551 and 553 to MAIL FROM; any other reply
     * to MAIL FROM is a {@code SMTPSendFailedException} whose {@code getCommand()} is that command.
     */
    private static String phase(Throwable smtp) {
        String className = smtp.getClass().getName();
        if (className.endsWith("SMTPAddressFailedException")) {
            return "recipient";
        }
        if (className.endsWith("SMTPSenderFailedException")) {
            return SENDER;
        }
        try {
            Object command = smtp.getClass().getMethod("getCommand").invoke(smtp);
            if (command instanceof String c && c.regionMatches(true, 0, "MAIL FROM", 0, 9)) {
                return SENDER;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no command: the message phase
        }
        return "message";
    }

    private static int returnCode(Throwable smtp) {
        try {
            Method method = smtp.getClass().getMethod("getReturnCode");
            Object code = method.invoke(smtp);
            if (code instanceof Integer i && (i == -1 || i >= 200 && i <= 599)) {
                return i;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // fall back on the reply text
        }
        Matcher m = REPLY.matcher(String.valueOf(smtp.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** "5.1.1" when the reply starts with an enhanced status code (RFC 3463), else null. */
    private static String enhanced(String replyText) {
        if (replyText == null) {
            return null;
        }
        Matcher m = ENHANCED.matcher(replyText);
        return m.find() ? m.group(1) : null;
    }
}
