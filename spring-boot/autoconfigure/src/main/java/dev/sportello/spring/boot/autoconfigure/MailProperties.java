package dev.sportello.spring.boot.autoconfigure;

import java.time.Duration;

/**
 * {@code sportello.mail.*}: the SMTP e-mail channel, made when {@code sportello.mail.host} is set, adapters/mail is on the class path and the application defines no {@code EmailChannel} bean. The password never appears in logs.
 *
 * <p>Not thread-safe: Spring binds it once at start-up.
 */
public class MailProperties {
    /** The SMTP server's host name; setting it turns the SMTP channel on. */
    private String host;
    /** The SMTP port; by default 587 for STARTTLS, 465 for SMTPS, 25 for NONE. */
    private Integer port;
    /** Transport security: STARTTLS (required), SMTPS (implicit TLS) or NONE. */
    private String security = "STARTTLS";
    /** The user name for SMTP authentication; none when unset. */
    private String username;
    /** The password for SMTP authentication. */
    private String password;
    /** The From address of every message; required with sportello.mail.host. */
    private String from;
    /** The display name beside the From address. */
    private String fromName;
    /** The Reply-To address; replies go to From when unset. */
    private String replyTo;
    /** Connect, read and write timeout of the SMTP connection (1 ms to 10 minutes). */
    private Duration timeout = Duration.ofSeconds(10);
    /** The domain of the Message-IDs; by default the domain of the From address. */
    private String messageIdDomain;

    /** {@return the SMTP server's host name; null when unset} */
    public String getHost() {
        return host;
    }

    /** @param host the SMTP server's host name; null to unset */
    public void setHost(String host) {
        this.host = host;
    }

    /** {@return the SMTP port; null when unset} */
    public Integer getPort() {
        return port;
    }

    /** @param port the SMTP port; null to unset */
    public void setPort(Integer port) {
        this.port = port;
    }

    /** {@return transport security: STARTTLS; null only if bound so} */
    public String getSecurity() {
        return security;
    }

    /** @param security transport security: STARTTLS; null to unset */
    public void setSecurity(String security) {
        this.security = security;
    }

    /** {@return the user name for SMTP authentication; null when unset} */
    public String getUsername() {
        return username;
    }

    /** @param username the user name for SMTP authentication; null to unset */
    public void setUsername(String username) {
        this.username = username;
    }

    /** {@return the password for SMTP authentication; null when unset} */
    public String getPassword() {
        return password;
    }

    /** @param password the password for SMTP authentication; null to unset */
    public void setPassword(String password) {
        this.password = password;
    }

    /** {@return the From address of every message; null when unset} */
    public String getFrom() {
        return from;
    }

    /** @param from the From address of every message; null to unset */
    public void setFrom(String from) {
        this.from = from;
    }

    /** {@return the display name beside the From address; null when unset} */
    public String getFromName() {
        return fromName;
    }

    /** @param fromName the display name beside the From address; null to unset */
    public void setFromName(String fromName) {
        this.fromName = fromName;
    }

    /** {@return the Reply-To address; null when unset} */
    public String getReplyTo() {
        return replyTo;
    }

    /** @param replyTo the Reply-To address; null to unset */
    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }

    /** {@return connect, read and write timeout of the SMTP connection; null only if bound so} */
    public Duration getTimeout() {
        return timeout;
    }

    /** @param timeout connect, read and write timeout of the SMTP connection; null to unset */
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** {@return the domain of the Message-IDs; null when unset} */
    public String getMessageIdDomain() {
        return messageIdDomain;
    }

    /** @param messageIdDomain the domain of the Message-IDs; null to unset */
    public void setMessageIdDomain(String messageIdDomain) {
        this.messageIdDomain = messageIdDomain;
    }
}
