package dev.sportello.adapters.mail;

import dev.sportello.InvalidInputException;
import dev.sportello.SportelloException;
import dev.sportello.ErrorCode;
import dev.sportello.users.EmailAddress;

import javax.net.ssl.SSLSocketFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * The checked settings of a {@link SmtpEmailChannel}, and the Jakarta Mail properties they make. The
 * send deadline is not a Jakarta Mail property: {@link SendDeadline} enforces it.
 *
 * <p>Immutable and thread-safe. {@link #toString()} hides the password.
 */
record SmtpSettings(String host, int port, SmtpSecurity security, SSLSocketFactory socketFactory,
                    boolean verifyHostname, String user, String password, Duration connectTimeout,
                    Duration readTimeout, Duration writeTimeout, Duration sendDeadline, Senders senders, EmailAddress envelopeSender,
                    String messageIdDomain,
                    String heloName, Clock clock) {

    /** The session properties: the password is not among them (it is passed to {@code connect}). */
    Properties properties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", Integer.toString(port));
        p.put("mail.smtp.localhost", heloName);
        p.put("mail.smtp.connectiontimeout", Long.toString(connectTimeout.toMillis()));
        p.put("mail.smtp.timeout", Long.toString(readTimeout.toMillis()));
        p.put("mail.smtp.writetimeout", Long.toString(writeTimeout.toMillis()));
        p.put("mail.smtp.auth", Boolean.toString(user != null));
        p.put("mail.smtp.quitwait", "true");
        p.put("mail.smtp.sendpartial", "false");
        p.put("mail.smtp.ssl.checkserveridentity", Boolean.toString(verifyHostname));
        switch (security) {
            case NONE -> p.put("mail.smtp.starttls.enable", "false");
            case STARTTLS -> {
                p.put("mail.smtp.starttls.enable", "true");
                p.put("mail.smtp.starttls.required", "true");
            }
            case SMTPS -> p.put("mail.smtp.ssl.enable", "true");
        }
        if (envelopeSender != null) {
            p.put("mail.smtp.from", envelopeSender.value());
        }
        if (socketFactory != null) {
            p.put("mail.smtp.ssl.socketFactory", socketFactory);   // used for SMTPS and for STARTTLS
        }
        return p;
    }

    static InvalidInputException invalid(String field, String reason) {
        return SportelloException.invalidField(ErrorCode.CONFIG_INVALID, field, Map.of("reason", reason));
    }

    @Override
    public String toString() {
        return "host=" + host + ", port=" + port + ", security=" + security
                + (security != SmtpSecurity.NONE && !verifyHostname ? " (hostname not verified)" : "")
                + (socketFactory != null ? ", own trust material" : "")
                + (user != null ? ", with authentication (password=***)" : ", no authentication")
                + ", timeouts connect " + connectTimeout.toMillis() + " ms, read " + readTimeout.toMillis()
                + " ms, write " + writeTimeout.toMillis() + " ms, send deadline " + sendDeadline.toMillis() + " ms, from " + senders.fallback().address().masked()
                + ", " + senders.byKind().size() + " sender(s) by kind, Message-ID domain " + messageIdDomain;
    }
}
