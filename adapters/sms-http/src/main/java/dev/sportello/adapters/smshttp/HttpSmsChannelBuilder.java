package dev.sportello.adapters.smshttp;

import tools.jackson.core.JsonPointer;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Builds an {@link HttpSmsChannel} from validated settings. Every setter checks its value and throws a
 * {@link dev.sportello.SportelloException} — {@code VALUE_REQUIRED} for null, {@code CONFIG_INVALID} otherwise —
 * whose field names the setting, e.g. {@code HttpSmsChannel.senderId}; {@link #build()} checks the settings
 * that depend on each other.
 *
 * <p>Required: {@link #endpoint}, {@link #senderId}, and one authentication: {@link #bearerToken},
 * {@link #basicAuth}, {@link #apiKey} or {@link #noAuthentication} (the last one called wins). Defaults:
 * connect timeout 5 s, request timeout 10 s, {@link SmsRequestFormat#json()}, message id at {@code /id},
 * provider error code at {@code /error/code}, the system UTC clock, a client of the channel's own with the
 * JDK's default executor.
 *
 * <p>{@link #toString()} never shows a secret. Not thread-safe: build on one thread, then share the channel.
 */
public final class HttpSmsChannelBuilder {
    private static final String TYPE = "HttpSmsChannel";

    URI endpoint;
    private boolean plainLoopbackAllowed;
    Credentials credentials;
    String senderId;
    Duration connectTimeout = Duration.ofSeconds(5);
    private boolean connectTimeoutSet;
    Duration requestTimeout = Duration.ofSeconds(10);
    HttpClient httpClient;
    Executor executor;
    SmsRequestFormat format = SmsRequestFormat.json();
    JsonPointer messageIdPointer = JsonPointer.compile("/id");
    JsonPointer errorCodePointer = JsonPointer.compile("/error/code");
    Clock clock = Clock.systemUTC();

    HttpSmsChannelBuilder() {
    }

    /**
     * The gateway's URL that each message is posted to. It must be {@code https} (plain {@code http} only to
     * a loopback host after {@link #allowPlainHttpOnLoopback()}), absolute, without user info or fragment. A
     * query is allowed but never shown by {@code toString()}.
     *
     * @param endpoint the URL, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder endpoint(URI endpoint) {
        Settings.required(endpoint, TYPE, "endpoint");
        this.endpoint = Settings.endpoint(endpoint, TYPE + ".endpoint", true);
        return this;
    }

    /**
     * Allows a plain {@code http} endpoint on a loopback host ({@code localhost}, {@code 127.0.0.0/8},
     * {@code [::1]}), for tests and a gateway sidecar on the same machine. Any other {@code http} endpoint is
     * still refused.
     *
     * @return this builder
     */
    public HttpSmsChannelBuilder allowPlainHttpOnLoopback() {
        this.plainLoopbackAllowed = true;
        return this;
    }

    /**
     * Authenticates with {@code Authorization: Bearer <token>}.
     *
     * @param token the token, visible ASCII without spaces, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder bearerToken(String token) {
        Settings.required(token, TYPE, "bearerToken");
        this.credentials = new Credentials.Bearer(Settings.visible(token, TYPE + ".bearerToken"));
        return this;
    }

    /**
     * Authenticates with HTTP Basic (RFC 7617, UTF-8).
     *
     * @param user     the user, not empty, without {@code :}, not null
     * @param password the password, not empty, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder basicAuth(String user, String password) {
        Settings.required(user, TYPE, "basicAuth.user");
        Settings.required(password, TYPE, "basicAuth.password");
        this.credentials = new Credentials.Basic(Settings.basicUser(user, TYPE + ".basicAuth.user"),
                Settings.password(password, TYPE + ".basicAuth.password"));
        return this;
    }

    /**
     * Authenticates with a key in a header of the provider's choosing, e.g. {@code X-API-Key}.
     *
     * @param header the header name, not one the channel sets itself ({@code Content-Type},
     *               {@code Idempotency-Key}, {@code Accept}…), not null
     * @param key    the key, visible ASCII without spaces, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder apiKey(String header, String key) {
        Settings.required(header, TYPE, "apiKey.header");
        Settings.required(key, TYPE, "apiKey.key");
        this.credentials = new Credentials.ApiKey(Settings.headerName(header, TYPE + ".apiKey.header"),
                Settings.visible(key, TYPE + ".apiKey.key"));
        return this;
    }

    /**
     * Sends no authentication header: the gateway trusts the network, or a client certificate configured on
     * the host's {@link #httpClient(HttpClient) HttpClient}. Must be chosen explicitly.
     *
     * @return this builder
     */
    public HttpSmsChannelBuilder noAuthentication() {
        this.credentials = new Credentials.None();
        return this;
    }

    /**
     * The sender id the recipient sees: a number (E.164 with {@code +}, or 3–15 digits for a short code), or
     * an alphanumeric alias of 1–11 characters (letters, digits, and space, {@code .}, {@code -}, {@code _}
     * inside) with at least one letter, as GSM networks carry it. Italian aliases must also be registered
     * with the AGCOM alias registry; that is not checked here.
     *
     * @param senderId the sender id, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder senderId(String senderId) {
        Settings.required(senderId, TYPE, "senderId");
        this.senderId = Settings.senderId(senderId, TYPE + ".senderId");
        return this;
    }

    /**
     * How long connecting to the gateway may take; default 5 s. Not with a host
     * {@link #httpClient(HttpClient) HttpClient}, which brings its own.
     *
     * @param timeout positive, at most 5 minutes, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder connectTimeout(Duration timeout) {
        Settings.required(timeout, TYPE, "connectTimeout");
        this.connectTimeout = Settings.timeout(timeout, TYPE + ".connectTimeout");
        this.connectTimeoutSet = true;
        return this;
    }

    /**
     * How long the gateway may take to answer once the request is sent; default 10 s. The whole call is cut
     * off after the connect timeout plus this, even when the answer's body trickles in.
     *
     * @param timeout positive, at most 5 minutes, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder requestTimeout(Duration timeout) {
        Settings.required(timeout, TYPE, "requestTimeout");
        this.requestTimeout = Settings.timeout(timeout, TYPE + ".requestTimeout");
        return this;
    }

    /**
     * A client of the host (its proxy, TLS context, client certificate, executor) instead of one of the
     * channel's own. It must have a connect timeout ({@code HttpClient.Builder.connectTimeout}); the channel
     * still sets the request timeout on every request. Excludes {@link #executor} and {@link #connectTimeout}.
     *
     * @param client the client, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder httpClient(HttpClient client) {
        Settings.required(client, TYPE, "httpClient");
        if (client.connectTimeout().isEmpty()) {
            throw Settings.invalid(TYPE + ".httpClient", "a client with a connect timeout");
        }
        this.httpClient = client;
        return this;
    }

    /**
     * The executor for the channel's own client's asynchronous work; default the JDK's. Not with a host
     * {@link #httpClient(HttpClient) HttpClient}.
     *
     * @param executor the executor, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder executor(Executor executor) {
        this.executor = Settings.required(executor, TYPE, "executor");
        return this;
    }

    /**
     * The request body; default {@link SmsRequestFormat#json()}.
     *
     * @param format the format, thread-safe, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder requestFormat(SmsRequestFormat format) {
        this.format = Settings.required(format, TYPE, "requestFormat");
        return this;
    }

    /**
     * Where the provider's message id sits in a 2xx JSON answer, as a JSON pointer (RFC 6901); default
     * {@code /id}, e.g. {@code /messages/0/message-id}. A string or an integer is accepted, 1–200 characters.
     *
     * @param pointer the pointer, starting with {@code /}, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder messageIdPointer(String pointer) {
        Settings.required(pointer, TYPE, "messageIdPointer");
        this.messageIdPointer = compile(pointer, "messageIdPointer");
        return this;
    }

    /**
     * Where the provider's error code sits in an error answer, as a JSON pointer; default {@code /error/code}.
     * The code goes into the reason only when it is a short code-like word (never a number of 7 digits or
     * more, which could be a phone number).
     *
     * @param pointer the pointer, starting with {@code /}, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder errorCodePointer(String pointer) {
        Settings.required(pointer, TYPE, "errorCodePointer");
        this.errorCodePointer = compile(pointer, "errorCodePointer");
        return this;
    }

    /**
     * The clock that an HTTP-date in {@code Retry-After} is measured against; default the system UTC clock.
     *
     * @param clock the clock, not null
     * @return this builder
     */
    public HttpSmsChannelBuilder clock(Clock clock) {
        this.clock = Settings.required(clock, TYPE, "clock");
        return this;
    }

    /**
     * Builds the channel.
     *
     * @return the channel, immutable and thread-safe
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} for a missing endpoint, sender id or
     *                                             authentication, or {@code CONFIG_INVALID} for settings that
     *                                             exclude each other or a plain {@code http} endpoint not allowed
     */
    public HttpSmsChannel build() {
        Settings.required(endpoint, TYPE, "endpoint");
        Settings.endpoint(endpoint, TYPE + ".endpoint", plainLoopbackAllowed);
        Settings.required(senderId, TYPE, "senderId");
        Settings.required(credentials, TYPE, "authentication");
        if (httpClient != null && executor != null) {
            throw Settings.invalid(TYPE + ".executor", "set the executor on the host HttpClient");
        }
        if (httpClient != null && connectTimeoutSet) {
            throw Settings.invalid(TYPE + ".connectTimeout", "set the connect timeout on the host HttpClient");
        }
        return HttpSmsChannel.create(this);
    }

    private static JsonPointer compile(String pointer, String field) {
        JsonPointer compiled = Json.pointer(pointer);
        if (compiled == null) {
            throw Settings.invalid(TYPE + "." + field, "a JSON pointer (RFC 6901) such as /id");
        }
        return compiled;
    }

    /** The settings, without secrets. */
    @Override
    public String toString() {
        return "HttpSmsChannelBuilder[" + (endpoint == null ? "no endpoint" : endpoint.getHost()) + ", auth "
                + credentials + ", sender " + senderId + "]";
    }
}
