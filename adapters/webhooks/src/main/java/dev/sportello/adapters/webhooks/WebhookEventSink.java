package dev.sportello.adapters.webhooks;

import dev.sportello.DomainEvent;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.adapters.jackson.SportelloCloudEvents;
import dev.sportello.spi.EventSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLContext;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * An {@link EventSink} that posts each domain event as a CloudEvent 1.0 (JSON event format, structured
 * mode, {@code application/cloudevents+json}) to every subscriber that wants its type, signed per Standard
 * Webhooks 1.0.0: {@code webhook-id} is the event id (the same on every retry), {@code webhook-timestamp}
 * the send time in unix seconds, {@code webhook-signature} one {@code v1} HMAC-SHA256 per active secret of
 * the subscriber. The CloudEvent carries {@code specversion 1.0}, {@code id} (the event id), {@code source}
 * (configured), {@code type} (the configured prefix + the event type, {@code it.inps.sportello.request.submitted}),
 * {@code time}, {@code subject} ({@code subjectType/subjectId}), {@code datacontenttype application/json} and
 * {@code data} = {@code {actor, onBehalfOf, attributes}} (ids and codes only).
 *
 * <p>The SDK's outbox dispatcher calls it after commit, at least once, and owns retries with backoff and
 * dead letters. Subscribers are posted concurrently; each answer is classified: 2xx delivered; 410 Gone
 * refused for that subscriber, and the host is told ({@link Builder#onSubscriberGone(Consumer)}); other
 * 4xx except 408/429 refused for that subscriber; 408, 429, 3xx, 5xx, timeouts and connection errors failed
 * for now. The result: {@code Failed} (with the longest {@code Retry-After} asked for) if any subscriber
 * failed for now; otherwise {@code Accepted} (provider id = the event id) if at least one took it or there
 * are no subscribers, {@code Refused} if all refused. While an event is being retried, the subscribers
 * that already answered for good are remembered in a bounded in-memory map and not posted again; after a
 * restart, or once the map is full, they may receive it again, so receivers dedupe on {@code webhook-id}
 * (as {@link WebhookVerifier} does). An event published again after it ended is posted to all again.
 * Never throws: an unexpected exception becomes {@code Failed}.
 *
 * <p>Thread-safe.
 */
public final class WebhookEventSink implements EventSink {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookEventSink.class);

    private final SportelloCloudEvents cloudEvents;
    private final WebhookSubscriptions subscriptions;
    private final HttpClient client;
    private final Duration requestTimeout;
    private final Duration deadline;
    private final Clock clock;
    private final Consumer<String> onGone;
    private final Acknowledgements acknowledged;

    private WebhookEventSink(Builder b, HttpClient client) {
        this.cloudEvents = SportelloCloudEvents.of(b.source, b.typePrefix);
        this.subscriptions = b.subscriptions;
        this.client = client;
        this.requestTimeout = b.requestTimeout;
        this.deadline = b.connectTimeout.plus(b.requestTimeout).plusMillis(500);
        this.clock = b.clock;
        this.onGone = b.onGone;
        this.acknowledged = new Acknowledgements(b.rememberedEvents);
    }

    /**
     * A builder.
     *
     * @return a new builder, not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Posts the event to its subscribers.
     *
     * @param event the event, not null (null is refused)
     * @return the combined outcome as the class comment says; never null; never throws
     */
    @Override
    public DeliveryResult publish(DomainEvent event) {
        try {
            if (event == null) {
                return DeliveryResult.refused("no event");
            }
            if (!WebhookSigner.isUsableId(event.id())) {
                return DeliveryResult.refused("the event id cannot be a webhook-id (visible ASCII without '.' or ',')");
            }
            return deliver(event);
        } catch (RuntimeException e) {
            LOG.warn("webhook delivery of event {} failed unexpectedly: {}", event == null ? "-" : event.id(),
                    e.getClass().getName());
            return DeliveryResult.failed("unexpected " + e.getClass().getSimpleName());
        }
    }

    /** How many events with a partial delivery are remembered (for tests). */
    int rememberedEvents() {
        return acknowledged.size();
    }

    private DeliveryResult deliver(DomainEvent event) {
        String id = event.id();
        List<WebhookSubscriber> listed = subscriptions.subscribersFor(event.type());
        if (listed == null) {
            return DeliveryResult.failed("the subscriptions port answered null");
        }
        Map<String, WebhookSubscriber> wanted = new LinkedHashMap<>();
        for (WebhookSubscriber s : listed) {
            if (s != null && s.wants(event.type())) {
                wanted.putIfAbsent(s.id(), s);
            }
        }
        if (wanted.isEmpty()) {
            acknowledged.forget(id);
            return DeliveryResult.accepted(id);
        }
        Map<String, Outcome> known = acknowledged.of(id);
        byte[] body = cloudEvents.structured(event);
        long timestamp = clock.instant().getEpochSecond();
        Map<String, SubscriberPost.Pending> posts = new LinkedHashMap<>();
        for (WebhookSubscriber s : wanted.values()) {
            Outcome before = known.get(s.id());
            posts.put(s.id(), before != null ? SubscriberPost.Pending.done(before)
                    : SubscriberPost.start(client, s, id, timestamp, body, requestTimeout, clock));
        }
        long until = System.nanoTime() + deadline.toNanos();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, SubscriberPost.Pending> p : posts.entrySet()) {
            Outcome outcome = await(p.getValue(), until);
            outcomes.put(p.getKey(), outcome);
            if (!known.containsKey(p.getKey())) {
                noteNew(id, p.getKey(), outcome);
            }
        }
        Verdict verdict = Verdict.of(id, outcomes);
        if (verdict.pending()) {
            acknowledged.remember(id, verdict.answered());
        } else {
            acknowledged.forget(id);
        }
        if (!(verdict.result() instanceof DeliveryResult.Accepted)) {
            LOG.info("webhook event {}: {}", id, verdict.result());
        }
        return verdict.result();
    }

    private static Outcome await(SubscriberPost.Pending post, long until) {
        try {
            return post.outcome().get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            post.exchange().cancel(true);
            return new Outcome.Failed("timeout", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            post.exchange().cancel(true);
            return new Outcome.Failed("interrupted", null);
        } catch (Exception e) {
            return SubscriberPost.classify(e);
        }
    }

    private void noteNew(String eventId, String subscriberId, Outcome outcome) {
        LOG.debug("webhook event {} to subscriber {}: {}", eventId, subscriberId, outcome.reason());
        if (outcome instanceof Outcome.Refused r && r.gone()) {
            try {
                onGone.accept(subscriberId);
            } catch (RuntimeException e) {
                LOG.warn("the host's onSubscriberGone callback threw {}", e.getClass().getName());
            }
        }
    }

    /**
     * Configures a {@link WebhookEventSink}. Required: {@link #source(String)}, {@link #typePrefix(String)},
     * {@link #subscriptions(WebhookSubscriptions)}.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private String source;
        private String typePrefix;
        private WebhookSubscriptions subscriptions;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration requestTimeout = Duration.ofSeconds(15);
        private Clock clock = Clock.systemUTC();
        private Consumer<String> onGone = id -> LOG.warn("webhook subscriber {} answered 410 Gone: it no longer wants "
                + "events; remove it from the subscriptions", id);
        private SSLContext sslContext;
        private ProxySelector proxy;
        private int rememberedEvents = 10_000;

        private Builder() {
        }

        /**
         * The CloudEvents {@code source}: a URI reference naming this producer, e.g. {@code urn:sportello:inps}
         * or {@code https://sportello.inps.it}. Required.
         *
         * @param value the URI reference, not null, not blank, without spaces
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID}
         *                                             (field {@code WebhookEventSink.source})
         */
        public Builder source(String value) {
            Settings.required(value, "WebhookEventSink.source");
            if (!SportelloCloudEvents.isSource(value)) {
                throw Settings.invalid("WebhookEventSink.source", "a URI reference, e.g. urn:sportello:inps");
            }
            this.source = value;
            return this;
        }

        /**
         * The reverse-DNS prefix of the CloudEvents {@code type}: {@code it.inps.sportello} gives
         * {@code it.inps.sportello.request.submitted}. Required.
         *
         * @param value dot-separated labels of letters, digits and {@code -}, at least two, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID}
         *                                             (field {@code WebhookEventSink.typePrefix})
         */
        public Builder typePrefix(String value) {
            Settings.required(value, "WebhookEventSink.typePrefix");
            if (!SportelloCloudEvents.isTypePrefix(value)) {
                throw Settings.invalid("WebhookEventSink.typePrefix", "a reverse-DNS name, e.g. it.inps.sportello");
            }
            this.typePrefix = value;
            return this;
        }

        /**
         * Where the subscribers come from. Required.
         *
         * @param value the port, not null (e.g. {@link WebhookSubscriptions#fixed(WebhookSubscriber...)})
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} (field {@code WebhookEventSink.subscriptions})
         */
        public Builder subscriptions(WebhookSubscriptions value) {
            this.subscriptions = Settings.required(value, "WebhookEventSink.subscriptions");
            return this;
        }

        /**
         * The TCP/TLS connect timeout; default 5 s.
         *
         * @param value 10 ms to 5 minutes, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID}
         *                                             (field {@code WebhookEventSink.connectTimeout})
         */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = Settings.between(value, "WebhookEventSink.connectTimeout", Duration.ofMillis(10),
                    Duration.ofMinutes(5));
            return this;
        }

        /**
         * How long a subscriber has to answer once connected; default 15 s (the specification suggests 15-30 s).
         *
         * @param value 10 ms to 10 minutes, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} / {@code CONFIG_INVALID}
         *                                             (field {@code WebhookEventSink.requestTimeout})
         */
        public Builder requestTimeout(Duration value) {
            this.requestTimeout = Settings.between(value, "WebhookEventSink.requestTimeout", Duration.ofMillis(10),
                    Duration.ofMinutes(10));
            return this;
        }

        /**
         * The clock for {@code webhook-timestamp} and {@code Retry-After} dates; default the system UTC clock.
         *
         * @param value the clock, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} (field {@code WebhookEventSink.clock})
         */
        public Builder clock(Clock value) {
            this.clock = Settings.required(value, "WebhookEventSink.clock");
            return this;
        }

        /**
         * Told the id of a subscriber that answered 410 Gone (once per event it refused so), so that the host
         * disables it; default a warning in the log with the subscriber id. Called on the publishing thread;
         * an exception it throws is logged and ignored.
         *
         * @param value the callback, not null, thread-safe
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} (field {@code WebhookEventSink.onSubscriberGone})
         */
        public Builder onSubscriberGone(Consumer<String> value) {
            this.onGone = Settings.required(value, "WebhookEventSink.onSubscriberGone");
            return this;
        }

        /**
         * The TLS context (trust store, client certificate); default the JDK's.
         *
         * @param value the context, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} (field {@code WebhookEventSink.sslContext})
         */
        public Builder sslContext(SSLContext value) {
            this.sslContext = Settings.required(value, "WebhookEventSink.sslContext");
            return this;
        }

        /**
         * The proxy to go through (an egress proxy that blocks internal addresses guards against SSRF); default none.
         *
         * @param value the proxy selector, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} (field {@code WebhookEventSink.proxy})
         */
        public Builder proxy(ProxySelector value) {
            this.proxy = Settings.required(value, "WebhookEventSink.proxy");
            return this;
        }

        /**
         * How many partly delivered events are remembered for their retries; default 10,000.
         *
         * @param value 1 to 1,000,000
         * @return this builder
         * @throws dev.sportello.InvalidInputException {@code CONFIG_INVALID} (field {@code WebhookEventSink.rememberedEvents})
         */
        public Builder rememberedEvents(int value) {
            this.rememberedEvents = Settings.between(value, "WebhookEventSink.rememberedEvents", 1, 1_000_000);
            return this;
        }

        /**
         * Builds the sink.
         *
         * @return the sink
         * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} naming the first required setting missing
         */
        public WebhookEventSink build() {
            Settings.required(source, "WebhookEventSink.source");
            Settings.required(typePrefix, "WebhookEventSink.typePrefix");
            Settings.required(subscriptions, "WebhookEventSink.subscriptions");
            HttpClient.Builder http = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (sslContext != null) {
                http.sslContext(sslContext);
            }
            if (proxy != null) {
                http.proxy(proxy);
            }
            return new WebhookEventSink(this, http.build());
        }
    }
}
