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
 * dropped connections (Angus: reply code -1) and other I/O errors are failed for now; so is a rejected login (535) and a TLS
 * failure, and the 5xx replies that are about the client rather than the message (530, 534, 535, 538: login
 * or TLS required, credentials refused), which are configuration problems: they are retried (a fixed password or certificate lets the
 * queue drain) and logged as warnings by the channel.
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
    private static final Pattern REPLY = Pattern.compile("^\\s*([2-5]\\d\\d)");
    private static final Pattern ENHANCED = Pattern.compile("^\\s*\\d{3}[ -]([245]\\.\\d{1,3}\\.\\d{1,3})\\b");
    private static final int MAX_DEPTH = 20;
    /**
     * 5xx replies about the client, not the message (RFC 4954 §6, RFC 3207 §4): authentication required
     * (530), mechanism too weak (534), credentials invalid (535), encryption required (538). Refusing would
     * drop every message until the host fixes its settings; they are failed for now instead.
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
            String phase = phase(smtp.getClass().getName());
            String status = code + enhanced(smtp.getMessage());
            if (code == -1) {   // Angus reports a closed connection (EOF while awaiting a reply) as code -1
                return new Outcome(DeliveryResult.failed("SMTP connection closed by the server"), false);
            }
            if (CONFIGURATION_CODES.contains(code)) {
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

    private static String phase(String className) {
        if (className.endsWith("SMTPAddressFailedException")) {
            return "recipient";
        }
        if (className.endsWith("SMTPSenderFailedException")) {
            return "sender";
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

    /** " 5.1.1" when the reply starts with an enhanced status code (RFC 3463), else "". */
    private static String enhanced(String replyText) {
        if (replyText == null) {
            return "";
        }
        Matcher m = ENHANCED.matcher(replyText);
        return m.find() ? " " + m.group(1) : "";
    }
}
