package dev.sportello.adapters.pushhttp;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.LoopbackHosts;
import dev.sportello.spi.PushChannel;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.PushTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link PushChannel} over HTTP: for each installation in {@link PushMessage#targets()} one request to the
 * push gateway (Firebase Cloud Messaging HTTP v1 by default), up to {@code parallelism} at a time, each with a
 * connect and a request timeout. The answers combine into one result:
 * <ul>
 *   <li>any installation failed for now (429, 5xx, timeout, connection error) → {@code Failed}, with the longest
 *       {@code Retry-After} asked for. The installations already delivered (or found dead, or refused) are
 *       remembered for the idempotency key, so that the retry sends only to the others and no phone is notified
 *       twice; the memory is bounded ({@link Builder#rememberedMessages});</li>
 *   <li>else any delivered → {@code Accepted(first message name, retiredTargets)};</li>
 *   <li>else → {@code Refused("no live installation …", retiredTargets)}.</li>
 * </ul>
 * {@code retiredTargets} holds the {@linkplain PushTarget#deviceId() device ids} whose tokens the gateway declared
 * dead, for the SDK to retire. A message without targets is refused ("no registered installation"): this channel
 * sends only to the installations the SDK's device registry knows; a host whose own push service finds the
 * devices implements {@link PushChannel} itself.
 *
 * <p>An answer that blames the sender's configuration rather than the installation
 * ({@link TargetAnswer.Misconfigured}: for FCM a wrong project or service account, wrong APNs or web push
 * credentials, a 403 or a bare 404) retires nothing and refuses nothing: it fails for now, with a warning in the log.
 * Dead installations found on an attempt that fails for now are reported by the attempt that ends the message;
 * when the message is dead-lettered instead they are lost, and retired by the next push to them (see
 * {@code DeliveryResult.Failed}, which carries no {@code retiredTargets}).
 *
 * <p>On an HTTP 401 the channel tells its {@link BearerTokenSupplier} and retries the refused installations once
 * with a fresh token. The supplier is called on the channel's own threads and waited for at most the connect plus
 * the request timeout; past that the send fails for now. The endpoint is {@code https}; plain {@code http} only to
 * a loopback host (tests, a sidecar). It never throws from {@link #send}: an unexpected exception becomes
 * {@code Failed}. Tokens (bearer or device) never reach a log line or a reason.
 *
 * <p>Thread-safe.
 */
public final class HttpPushChannel implements PushChannel {
    private static final Logger LOG = LoggerFactory.getLogger(HttpPushChannel.class);
    private static final String NO_INSTALLATION = "no registered installation: the SDK sends pushes only to users "
            + "with an app installation in its device registry";

    private final URI endpoint;
    private final PushWireFormat format;
    private final AccessTokens tokens;
    private final TargetSender sender;
    private final DeliveryMemory memory;

    private HttpPushChannel(Builder b) {
        this.endpoint = b.endpoint;
        this.format = b.format;
        this.tokens = new AccessTokens(b.accessTokens, b.connectTimeout.plus(b.requestTimeout));
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version("https".equals(b.endpoint.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .build();
        this.sender = new TargetSender(client, b.endpoint, b.format, b.connectTimeout, b.requestTimeout, b.parallelism, b.clock);
        this.memory = new DeliveryMemory(b.rememberedMessages);
    }

    /**
     * A builder for Firebase Cloud Messaging HTTP v1 ({@link FcmV1Format}) at {@code https://fcm.googleapis.com}.
     *
     * @param projectId the Firebase project id, not null
     * @return the builder
     * @throws SportelloException {@code VALUE_REQUIRED} or {@code CONFIG_INVALID} for a bad id
     */
    public static Builder fcm(String projectId) {
        return new Builder(FcmV1Format.forProject(projectId));
    }

    /**
     * A builder for another push gateway; set its {@link Builder#endpoint endpoint}.
     *
     * @param format the gateway's request and answer format, not null
     * @return the builder
     * @throws SportelloException {@code VALUE_REQUIRED} for null
     */
    public static Builder builder(PushWireFormat format) {
        return new Builder(Arguments.required(format, "HttpPushChannel", "HttpPushChannel.format"));
    }

    /**
     * Sends the push to each of its targets not yet served for this idempotency key.
     *
     * @param message the push, not null (null is refused, not thrown)
     * @return the combined result, never null
     */
    @Override
    public DeliveryResult send(PushMessage message) {
        if (message == null) {
            return DeliveryResult.refused("no message given");
        }
        try {
            return deliver(message);
        } catch (RuntimeException e) {
            LOG.warn("push {}: unexpected {}", message.idempotencyKey(), e.getClass().getName());
            return DeliveryResult.failed("push failed for now: unexpected " + e.getClass().getSimpleName());
        }
    }

    private DeliveryResult deliver(PushMessage message) {
        String key = message.idempotencyKey();
        List<PushTarget> targets = message.targets();
        if (targets.isEmpty()) {
            LOG.debug("push {}: no installation", key);
            return DeliveryResult.refused(NO_INSTALLATION);
        }
        Map<String, TargetAnswer> known = memory.recall(key);
        Map<PushTarget, TargetAnswer> answers = new LinkedHashMap<>();
        List<PushTarget> pending = new ArrayList<>();
        for (PushTarget target : targets) {
            TargetAnswer before = known.get(target.deviceId());
            if (before != null) {
                answers.put(target, before);
            } else {
                pending.add(target);
            }
        }
        if (!pending.isEmpty()) {
            answers.putAll(sendWithToken(message, pending));
            warnIfMisconfigured(key, answers);
        }
        Tally tally = Tally.of(targets, answers);
        if (tally.result instanceof DeliveryResult.Failed) {
            memory.remember(key, tally.finalAnswers);
        } else {
            memory.forget(key);
        }
        if (!tally.retired.isEmpty() && !(tally.result instanceof DeliveryResult.Failed)) {
            LOG.info("push {}: the provider declared {} of {} installation(s) dead", key, tally.retired.size(), targets.size());
        }
        LOG.debug("push {}: {} installation(s), {} sent now: {}", key, targets.size(), pending.size(),
                tally.result.getClass().getSimpleName());
        return tally.result;
    }

    private Map<PushTarget, TargetAnswer> sendWithToken(PushMessage message, List<PushTarget> pending) {
        AccessTokens.Fetched token = tokens.current();
        if (!token.ok()) {
            return allFailed(pending, token.failure());
        }
        Map<PushTarget, TargetAnswer> answers = sender.sendAll(message, pending, token.token());
        List<PushTarget> refusedToken = new ArrayList<>();
        answers.forEach((target, answer) -> {
            if (answer instanceof TargetAnswer.CredentialsRejected) {
                refusedToken.add(target);
            }
        });
        if (refusedToken.isEmpty()) {
            return answers;
        }
        AccessTokens.Fetched fresh = tokens.afterRejection(token.token());
        Map<PushTarget, TargetAnswer> again = fresh.ok() ? sender.sendAll(message, refusedToken, fresh.token())
                : allFailed(refusedToken, fresh.failure());
        again.forEach((target, answer) -> {
            if (answer instanceof TargetAnswer.CredentialsRejected c) {
                answers.put(target, new TargetAnswer.RetryLater(c.errorCode(), null));
            } else {
                answers.put(target, answer);
            }
        });
        if (again.values().stream().anyMatch(TargetAnswer.CredentialsRejected.class::isInstance)) {
            LOG.warn("push {}: the provider refused a fresh access token too; check the credentials", message.idempotencyKey());
        }
        return answers;
    }

    private static void warnIfMisconfigured(String key, Map<PushTarget, TargetAnswer> answers) {
        Set<String> codes = new TreeSet<>();
        answers.values().forEach(a -> {
            if (a instanceof TargetAnswer.Misconfigured m) {
                codes.add(Tally.code(m.errorCode()));
            }
        });
        if (!codes.isEmpty()) {
            LOG.warn("push {}: the provider refused the sender's configuration ({}); check the project id, the service "
                    + "account's permission, the endpoint and the APNs/web push credentials of the provider's project; "
                    + "nothing retired, the push fails for now", key, String.join(", ", codes));
        }
    }

    private static Map<PushTarget, TargetAnswer> allFailed(List<PushTarget> targets, String code) {
        Map<PushTarget, TargetAnswer> answers = new LinkedHashMap<>();
        targets.forEach(t -> answers.put(t, new TargetAnswer.RetryLater(code, null)));
        return answers;
    }

    /** How many messages with installations still pending are remembered (for tests). */
    int rememberedMessages() {
        return memory.size();
    }

    @Override
    public String toString() {
        return "HttpPushChannel[" + endpoint + ", " + format + "]";
    }

    /**
     * The settings of an {@link HttpPushChannel}. Every setter checks its value and throws a
     * {@link SportelloException} ({@code VALUE_REQUIRED} for null, {@code CONFIG_INVALID} otherwise) naming the
     * setting.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);
        private final PushWireFormat format;
        private URI endpoint = URI.create("https://fcm.googleapis.com");
        private BearerTokenSupplier accessTokens;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(10);
        private int parallelism = 4;
        private int rememberedMessages = 10_000;
        private Clock clock = Clock.systemUTC();

        private Builder(PushWireFormat format) {
            this.format = format;
        }

        /**
         * The gateway's base URI, to which the format's paths are appended (default
         * {@code https://fcm.googleapis.com}); a host's own gateway or a test server.
         *
         * @param endpoint an absolute {@code https} URI with a host, without user info, query or fragment; {@code http}
         *                 only to a loopback host ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}), which
         *                 {@link #build()} checks: elsewhere the bearer token and the message would travel in clear;
         *                 not null
         * @return this builder
         */
        public Builder endpoint(URI endpoint) {
            Arguments.required(endpoint, "HttpPushChannel.Builder", "HttpPushChannel.endpoint");
            String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || endpoint.getHost() == null
                    || endpoint.getRawQuery() != null || endpoint.getRawFragment() != null || endpoint.getRawUserInfo() != null) {
                throw invalid("HttpPushChannel.endpoint", "an http(s) URI with a host, without user info, query or fragment");
            }
            this.endpoint = endpoint;
            return this;
        }

        /**
         * Where the bearer tokens come from (required).
         *
         * @param accessTokens the supplier, not null
         * @return this builder
         */
        public Builder accessTokens(BearerTokenSupplier accessTokens) {
            this.accessTokens = Arguments.required(accessTokens, "HttpPushChannel.Builder", "HttpPushChannel.accessTokens");
            return this;
        }

        /**
         * The longest wait to open a connection (default 5 s).
         *
         * @param timeout positive, at most 5 minutes, not null
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout("HttpPushChannel.connectTimeout", timeout);
            return this;
        }

        /**
         * The longest wait for a gateway's answer to one request (default 10 s).
         *
         * @param timeout positive, at most 5 minutes, not null
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout("HttpPushChannel.requestTimeout", timeout);
            return this;
        }

        /**
         * How many requests of one message may be in flight at once (default 4).
         *
         * @param parallelism 1 to 64
         * @return this builder
         */
        public Builder parallelism(int parallelism) {
            if (parallelism < 1 || parallelism > 64) {
                throw invalid("HttpPushChannel.parallelism", "1-64");
            }
            this.parallelism = parallelism;
            return this;
        }

        /**
         * How many partly delivered messages the channel remembers, so that their retries skip the installations
         * already served (default 10 000; beyond it the least recently used is forgotten).
         *
         * @param messages 1 to 1 000 000
         * @return this builder
         */
        public Builder rememberedMessages(int messages) {
            if (messages < 1 || messages > 1_000_000) {
                throw invalid("HttpPushChannel.rememberedMessages", "1-1000000");
            }
            this.rememberedMessages = messages;
            return this;
        }

        /**
         * The clock that reads an HTTP-date {@code Retry-After} (default the system clock).
         *
         * @param clock the clock, not null
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Arguments.required(clock, "HttpPushChannel.Builder", "HttpPushChannel.clock");
            return this;
        }

        /**
         * The channel.
         *
         * @return a new channel, never null
         * @throws SportelloException {@code VALUE_REQUIRED} when no {@link #accessTokens} were given;
         *                            {@code CONFIG_INVALID} on {@code HttpPushChannel.endpoint} for plain {@code http}
         *                            to a host that is not a loopback address
         */
        public HttpPushChannel build() {
            Arguments.required(accessTokens, "HttpPushChannel.Builder", "HttpPushChannel.accessTokens");
            if ("http".equalsIgnoreCase(endpoint.getScheme()) && !isLoopback(endpoint.getHost())) {
                throw invalid("HttpPushChannel.endpoint", "https (plain http only to a loopback host: localhost, "
                        + "127.0.0.0/8, [::1])");
            }
            return new HttpPushChannel(this);
        }

        /** A loopback host by its name or literal address only: no name is resolved. */
        static boolean isLoopback(String host) {
            return LoopbackHosts.is(host);
        }

        private static Duration timeout(String field, Duration timeout) {
            Arguments.required(timeout, "HttpPushChannel.Builder", field);
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
                throw invalid(field, "positive, at most 5 minutes");
            }
            return timeout;
        }

        private static SportelloException invalid(String field, String reason) {
            return SportelloException.invalidField(ErrorCode.CONFIG_INVALID, field, Map.of("reason", reason));
        }
    }
}
