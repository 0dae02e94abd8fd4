package dev.sportello.adapters.mail;

import dev.sportello.Arguments;
import dev.sportello.notifications.MessageKind;
import dev.sportello.users.EmailAddress;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configures a {@link SmtpEmailChannel}. Required: {@link #host(String)} and {@link #sender(SenderIdentity)}.
 * Defaults: {@link SmtpSecurity#STARTTLS} (required), the security's port (587, 465 or 25), the JDK's
 * trust store, hostname verification on, no authentication, timeouts of 10 s (connect, read, write), an
 * overall deadline per send of connect + 3 × read + write timeout (50 s with the default timeouts),
 * the Message-ID domain and the EHLO name taken from the default sender's domain, the system UTC clock.
 *
 * <p>Every setter checks its value at once and throws {@link dev.sportello.SportelloException} with
 * {@code VALUE_REQUIRED} (a null) or {@code CONFIG_INVALID} (a bad value), naming the field
 * ({@code SmtpEmailChannel.port}, …); {@link #build()} checks what is missing.
 *
 * <p>Not thread-safe (configure it on one thread, then share the channel).
 */
public final class SmtpEmailChannelBuilder {
    private static final String TYPE = "SmtpEmailChannel";
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MAX_DEADLINE = Duration.ofHours(1);

    private String host;
    private Integer port;
    private SmtpSecurity security = SmtpSecurity.STARTTLS;
    private SSLSocketFactory socketFactory;
    private boolean verifyHostname = true;
    private String user;
    private String password;
    private Duration connectTimeout = DEFAULT_TIMEOUT;
    private Duration readTimeout = DEFAULT_TIMEOUT;
    private Duration writeTimeout = DEFAULT_TIMEOUT;
    private Duration sendDeadline;
    private SenderIdentity sender;
    private final Map<MessageKind, SenderIdentity> byKind = new LinkedHashMap<>();
    private EmailAddress envelopeSender;
    private String messageIdDomain;
    private String heloName;
    private Clock clock = Clock.systemUTC();

    SmtpEmailChannelBuilder() {
    }

    /**
     * The SMTP server's host name or IP address.
     *
     * @param host the host, not null, not blank, no spaces
     * @return this builder
     */
    public SmtpEmailChannelBuilder host(String host) {
        String h = Arguments.required(host, TYPE, TYPE + ".host").strip();
        if (h.isEmpty() || h.length() > 253 || !h.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            throw SmtpSettings.invalid(TYPE + ".host", "a host name or IP address");
        }
        this.host = h;
        return this;
    }

    /**
     * The server's port; without it, the default port of the security.
     *
     * @param port 1–65535
     * @return this builder
     */
    public SmtpEmailChannelBuilder port(int port) {
        if (port < 1 || port > 65535) {
            throw SmtpSettings.invalid(TYPE + ".port", "1-65535");
        }
        this.port = port;
        return this;
    }

    /**
     * How the connection is protected.
     *
     * @param security the security, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder security(SmtpSecurity security) {
        this.security = Arguments.required(security, TYPE, TYPE + ".security");
        return this;
    }

    /**
     * Trust material for a private CA or a test server: TLS sockets (SMTPS and STARTTLS) come from this
     * context instead of the JDK's defaults.
     *
     * @param context an initialised context, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder trust(SSLContext context) {
        SSLContext c = Arguments.required(context, TYPE, TYPE + ".sslContext");
        try {
            return trust(c.getSocketFactory());
        } catch (IllegalStateException e) {
            throw SmtpSettings.invalid(TYPE + ".sslContext", "an initialised SSLContext");
        }
    }

    /**
     * Trust material as a socket factory (SMTPS and STARTTLS sockets come from it).
     *
     * @param factory the factory, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder trust(SSLSocketFactory factory) {
        this.socketFactory = Arguments.required(factory, TYPE, TYPE + ".sslSocketFactory");
        return this;
    }

    /**
     * Accepts a server certificate that does not name the configured host. Only for test servers whose
     * certificate names another host: the certificate must still be trusted.
     *
     * @return this builder
     */
    public SmtpEmailChannelBuilder withoutHostnameVerification() {
        this.verifyHostname = false;
        return this;
    }

    /**
     * Logs in with {@code AUTH} (PLAIN or LOGIN, as the server offers). The password is held for the
     * channel's life and never shown by {@code toString()} or logged.
     *
     * @param user     the user name, not null, not blank
     * @param password the password, not null, not empty
     * @return this builder
     */
    public SmtpEmailChannelBuilder authentication(String user, String password) {
        String u = Arguments.required(user, TYPE, TYPE + ".user").strip();
        if (u.isEmpty() || u.chars().anyMatch(Character::isISOControl)) {
            throw SmtpSettings.invalid(TYPE + ".user", "not blank, no control characters");
        }
        String p = Arguments.required(password, TYPE, TYPE + ".password");
        if (p.isEmpty() || p.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
            throw SmtpSettings.invalid(TYPE + ".password", "not empty, no line breaks");
        }
        this.user = u;
        this.password = p;
        return this;
    }

    /**
     * How long connecting may take.
     *
     * @param timeout positive, at most 10 minutes, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout(timeout, "connectTimeout");
        return this;
    }

    /**
     * How long the server may take for each reply.
     *
     * @param timeout positive, at most 10 minutes, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout(timeout, "readTimeout");
        return this;
    }

    /**
     * How long each write may block.
     *
     * @param timeout positive, at most 10 minutes, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder writeTimeout(Duration timeout) {
        this.writeTimeout = timeout(timeout, "writeTimeout");
        return this;
    }

    /**
     * Sets the connect, read and write timeouts at once.
     *
     * @param timeout positive, at most 10 minutes, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder timeouts(Duration timeout) {
        Duration t = timeout(timeout, "timeout");
        this.connectTimeout = t;
        this.readTimeout = t;
        this.writeTimeout = t;
        return this;
    }

    /**
     * How long one send may take in all, from connecting to the end of {@code QUIT}. The timeouts bound
     * each socket operation only: a server that trickles its replies, each byte within the read timeout,
     * could otherwise hold a send (and the caller's thread) indefinitely. When the deadline passes, the
     * connection is closed and the send returns {@code Failed("SMTP send exceeded its deadline")}, retried
     * like any failure. Without this setting: connect + 3 × read + write timeout, as they are at
     * {@link #build()}.
     *
     * @param deadline at least 1 ms, at most 1 hour, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder sendDeadline(Duration deadline) {
        Duration d = Arguments.required(deadline, TYPE, TYPE + ".sendDeadline");
        if (d.toMillis() < 1 || d.compareTo(MAX_DEADLINE) > 0) {
            throw SmtpSettings.invalid(TYPE + ".sendDeadline", "at least 1 ms, at most 1 hour");
        }
        this.sendDeadline = d;
        return this;
    }

    /**
     * The default sender: of messages without a kind and of kinds without a sender of their own.
     *
     * @param sender the sender, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder sender(SenderIdentity sender) {
        this.sender = Arguments.required(sender, TYPE, TYPE + ".sender");
        return this;
    }

    /**
     * The sender (and reply-to) of the messages of one kind, e.g. appointments from the office's desk.
     *
     * @param kind   the kind, not null
     * @param sender the sender, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder sender(MessageKind kind, SenderIdentity sender) {
        Arguments.required(kind, TYPE, TYPE + ".senderByKind.kind");
        byKind.put(kind, Arguments.required(sender, TYPE, TYPE + ".senderByKind.sender"));
        return this;
    }

    /**
     * The envelope sender ({@code MAIL FROM}, where bounces go) of every message; without it, the
     * {@code From} address of each message.
     *
     * @param address the bounce address, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder envelopeSender(EmailAddress address) {
        this.envelopeSender = Arguments.required(address, TYPE, TYPE + ".envelopeSender");
        return this;
    }

    /**
     * The right-hand side of every Message-ID ({@code <key@domain>}); a domain the host controls.
     *
     * @param domain a host name, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder messageIdDomain(String domain) {
        this.messageIdDomain = domainName(domain, "messageIdDomain");
        return this;
    }

    /**
     * The name this client gives in {@code EHLO}; set so that Jakarta Mail never looks up the local host
     * name (a DNS call without a timeout).
     *
     * @param name a host name, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder heloName(String name) {
        this.heloName = domainName(name, "heloName");
        return this;
    }

    /**
     * The clock of the {@code Date} header.
     *
     * @param clock the clock, not null
     * @return this builder
     */
    public SmtpEmailChannelBuilder clock(Clock clock) {
        this.clock = Arguments.required(clock, TYPE, TYPE + ".clock");
        return this;
    }

    /**
     * Builds the channel.
     *
     * @return the channel, never null
     * @throws dev.sportello.SportelloException {@code VALUE_REQUIRED} naming {@code SmtpEmailChannel.host}
     *         or {@code SmtpEmailChannel.sender} when missing; {@code CONFIG_INVALID} naming
     *         {@code SmtpEmailChannel.provider} when Angus Mail is not on the class path
     */
    public SmtpEmailChannel build() {
        Arguments.required(host, TYPE, TYPE + ".host");
        Arguments.required(sender, TYPE, TYPE + ".sender");
        String address = sender.address().value();
        String senderDomain = address.substring(address.lastIndexOf('@') + 1);
        String idDomain = messageIdDomain != null ? messageIdDomain : senderDomain;
        SmtpSettings settings = new SmtpSettings(host, port != null ? port : security.defaultPort(), security,
                socketFactory, verifyHostname, user, password, connectTimeout, readTimeout, writeTimeout,
                sendDeadline != null ? sendDeadline : connectTimeout.plus(readTimeout.multipliedBy(3)).plus(writeTimeout),
                new Senders(sender, byKind), envelopeSender, idDomain, heloName != null ? heloName : idDomain, clock);
        return new SmtpEmailChannel(settings);
    }

    private static Duration timeout(Duration timeout, String name) {
        Duration t = Arguments.required(timeout, TYPE, TYPE + "." + name);
        if (t.toMillis() < 1 || t.compareTo(MAX_TIMEOUT) > 0) {
            throw SmtpSettings.invalid(TYPE + "." + name, "at least 1 ms, at most 10 minutes");
        }
        return t;
    }

    private static String domainName(String domain, String name) {
        String d = Arguments.required(domain, TYPE, TYPE + "." + name).strip();
        if (!MessageIds.DOMAIN.matcher(d).matches()) {
            throw SmtpSettings.invalid(TYPE + "." + name, "a host name (letters, digits, hyphens, dots)");
        }
        return d.toLowerCase(java.util.Locale.ROOT);
    }

    /** The settings so far, without the password. */
    @Override
    public String toString() {
        return "SmtpEmailChannelBuilder[host=" + host + ", security=" + security
                + (user != null ? ", with authentication (password=***)" : "") + "]";
    }
}
