package dev.sportello.adapters.webhooks;

import dev.sportello.ErrorCode;
import dev.sportello.requests.RequestEvents;
import dev.sportello.spi.RetryAfter;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static dev.sportello.adapters.webhooks.WebhookSignerTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

/** Entry points refuse bad settings with a coded error naming the field. */
class WebhookEventSinkBuilderTest {
    private static final WebhookSecret SECRET = Fixtures.secret(41);
    private static final URI ENDPOINT = URI.create("https://crm.example.it/hooks/sportello");

    private static WebhookEventSink.Builder builder() {
        return WebhookEventSink.builder();
    }

    @Test
    void required_settings_are_named_when_missing() {
        assertField(() -> builder().typePrefix("it.inps").subscriptions(t -> List.of()).build(), ErrorCode.VALUE_REQUIRED,
                "WebhookEventSink.source");
        assertField(() -> builder().source("urn:x").subscriptions(t -> List.of()).build(), ErrorCode.VALUE_REQUIRED,
                "WebhookEventSink.typePrefix");
        assertField(() -> builder().source("urn:x").typePrefix("it.inps").build(), ErrorCode.VALUE_REQUIRED,
                "WebhookEventSink.subscriptions");
    }

    @Test
    void null_and_bad_values_are_refused_by_each_setter() {
        String[] f = {"WebhookEventSink."};
        assertField(() -> builder().source(null), ErrorCode.VALUE_REQUIRED, f[0] + "source");
        for (String bad : List.of("", "  ", "urn:sportello inps", "http://x/%zz", "a\nb")) {
            assertField(() -> builder().source(bad), ErrorCode.CONFIG_INVALID, f[0] + "source");
        }
        assertField(() -> builder().typePrefix(null), ErrorCode.VALUE_REQUIRED, f[0] + "typePrefix");
        for (String bad : List.of("", "sportello", "it..inps", ".it.inps", "it.inps.", "it inps.x", "it.inps_x")) {
            assertField(() -> builder().typePrefix(bad), ErrorCode.CONFIG_INVALID, f[0] + "typePrefix");
        }
        assertField(() -> builder().subscriptions(null), ErrorCode.VALUE_REQUIRED, f[0] + "subscriptions");
        assertField(() -> builder().connectTimeout(null), ErrorCode.VALUE_REQUIRED, f[0] + "connectTimeout");
        assertField(() -> builder().connectTimeout(Duration.ZERO), ErrorCode.CONFIG_INVALID, f[0] + "connectTimeout");
        assertField(() -> builder().connectTimeout(Duration.ofMinutes(6)), ErrorCode.CONFIG_INVALID, f[0] + "connectTimeout");
        assertField(() -> builder().requestTimeout(null), ErrorCode.VALUE_REQUIRED, f[0] + "requestTimeout");
        assertField(() -> builder().requestTimeout(Duration.ofMillis(-1)), ErrorCode.CONFIG_INVALID, f[0] + "requestTimeout");
        assertField(() -> builder().clock(null), ErrorCode.VALUE_REQUIRED, f[0] + "clock");
        assertField(() -> builder().onSubscriberGone(null), ErrorCode.VALUE_REQUIRED, f[0] + "onSubscriberGone");
        assertField(() -> builder().sslContext(null), ErrorCode.VALUE_REQUIRED, f[0] + "sslContext");
        assertField(() -> builder().proxy(null), ErrorCode.VALUE_REQUIRED, f[0] + "proxy");
        assertField(() -> builder().rememberedEvents(0), ErrorCode.CONFIG_INVALID, f[0] + "rememberedEvents");
    }

    @Test
    void good_values_build() throws Exception {
        WebhookEventSink sink = builder().source("https://sportello.inps.it/").typePrefix("it.inps.sportello")
                .subscriptions(WebhookSubscriptions.fixed()).connectTimeout(Duration.ofMillis(10))
                .requestTimeout(Duration.ofMinutes(10)).sslContext(javax.net.ssl.SSLContext.getDefault())
                .proxy(java.net.ProxySelector.getDefault() == null ? java.net.ProxySelector.of(null) : java.net.ProxySelector.getDefault())
                .rememberedEvents(1).build();
        assertThat(sink.publish(Fixtures.event("evt-1"))).isEqualTo(dev.sportello.spi.DeliveryResult.accepted("evt-1"));
        assertThat(builder().source("urn:sportello:inps").typePrefix("IT.Inps-1.x").subscriptions(t -> List.of()).build())
                .isNotNull();
    }

    @Test
    void subscribers_are_checked_component_by_component() {
        String t = "WebhookSubscriber.";
        assertField(() -> WebhookSubscriber.toAll(null, ENDPOINT, SECRET), ErrorCode.VALUE_REQUIRED, t + "id");
        for (String bad : List.of("", "with space", "x".repeat(101), "crm/1", "mario@rossi.it")) {
            assertField(() -> WebhookSubscriber.toAll(bad, ENDPOINT, SECRET), ErrorCode.CONFIG_INVALID, t + "id");
        }
        assertField(() -> WebhookSubscriber.toAll("crm", null, SECRET), ErrorCode.VALUE_REQUIRED, t + "endpoint");
        for (String bad : List.of("/relative", "ftp://x/y", "mailto:a@b.it", "https:///nohost", "https://h/x#frag")) {
            assertField(() -> WebhookSubscriber.toAll("crm", URI.create(bad), SECRET), ErrorCode.CONFIG_INVALID, t + "endpoint");
        }
        assertField(() -> WebhookSubscriber.toAll("crm", ENDPOINT), ErrorCode.CONFIG_INVALID, t + "secrets");
        assertField(() -> WebhookSubscriber.toAll("crm", ENDPOINT, (WebhookSecret[]) null), ErrorCode.VALUE_REQUIRED, t + "secrets");
        assertField(() -> WebhookSubscriber.toAll("crm", ENDPOINT, SECRET, null), ErrorCode.VALUE_REQUIRED, t + "secrets");
        WebhookSecret[] six = new WebhookSecret[6];
        Arrays.fill(six, SECRET);
        assertField(() -> WebhookSubscriber.toAll("crm", ENDPOINT, six), ErrorCode.CONFIG_INVALID, t + "secrets");
        assertField(() -> new WebhookSubscriber("crm", ENDPOINT, List.of(SECRET), null), ErrorCode.VALUE_REQUIRED, t + "eventTypes");
        assertField(() -> new WebhookSubscriber("crm", ENDPOINT, List.of(SECRET), Set.of("Request.Submitted")),
                ErrorCode.CONFIG_INVALID, t + "eventTypes");
        java.util.Set<String> withNull = new java.util.HashSet<>();
        withNull.add(null);
        assertField(() -> new WebhookSubscriber("crm", ENDPOINT, List.of(SECRET), withNull), ErrorCode.VALUE_REQUIRED,
                t + "eventTypes");

        WebhookSubscriber some = new WebhookSubscriber("crm", URI.create("https://h:8443/x?y=1"), List.of(SECRET),
                Set.of("request.closed"));
        assertThat(some.wants(RequestEvents.CLOSED)).isTrue();
        assertThat(some.wants(RequestEvents.SUBMITTED)).isFalse();
        assertThat(WebhookSubscriber.toAll("crm", ENDPOINT, SECRET).wants(RequestEvents.SUBMITTED)).isTrue();
    }

    @Test
    void plain_http_is_refused_unless_the_host_is_a_loopback_one_or_it_is_allowed_explicitly() {
        for (String remote : List.of("http://crm.example.it/h", "HTTP://h:8080/x?y=1", "http://128.0.0.1/h",
                "http://127.0.0.1.nip.io/h", "http://localhost.example.it/h", "http://10.0.0.7/h", "http://[::2]/h")) {
            assertField(() -> WebhookSubscriber.toAll("crm", URI.create(remote), SECRET), ErrorCode.CONFIG_INVALID,
                    "WebhookSubscriber.endpoint");
            assertField(() -> new WebhookSubscriber("crm", URI.create(remote), List.of(SECRET), Set.of()),
                    ErrorCode.CONFIG_INVALID, "WebhookSubscriber.endpoint");
            WebhookSubscriber allowed = new WebhookSubscriber("crm", URI.create(remote), List.of(SECRET), Set.of(), true);
            assertThat(allowed.plainHttpAllowed()).isTrue();
            assertThat(allowed.toString()).contains("plainHttpAllowed").doesNotContain(remote);
        }
        for (String loopback : List.of("http://127.0.0.1:8080/h", "http://127.255.3.4/h", "http://localhost:9/h",
                "http://LocalHost/h", "http://[::1]:9/h")) {
            assertThat(WebhookSubscriber.toAll("crm", URI.create(loopback), SECRET).plainHttpAllowed()).as(loopback).isFalse();
        }
        assertThat(WebhookSubscriber.toAll("crm", ENDPOINT, SECRET).toString()).doesNotContain("plainHttp");
    }

    @Test
    void the_fixed_port_refuses_nulls_and_repeated_ids_and_filters_by_type() {
        WebhookSubscriber a = WebhookSubscriber.toAll("a", ENDPOINT, SECRET);
        WebhookSubscriber b = new WebhookSubscriber("b", ENDPOINT, List.of(SECRET), Set.of("request.closed"));
        assertField(() -> WebhookSubscriptions.fixed((java.util.Collection<WebhookSubscriber>) null), ErrorCode.VALUE_REQUIRED,
                "WebhookSubscriptions.subscribers");
        assertField(() -> WebhookSubscriptions.fixed((WebhookSubscriber[]) null), ErrorCode.VALUE_REQUIRED,
                "WebhookSubscriptions.subscribers");
        assertField(() -> WebhookSubscriptions.fixed(a, null), ErrorCode.VALUE_REQUIRED, "WebhookSubscriptions.subscribers");
        assertField(() -> WebhookSubscriptions.fixed(a, a), ErrorCode.CONFIG_INVALID, "WebhookSubscriptions.subscribers");
        WebhookSubscriptions port = WebhookSubscriptions.fixed(a, b);
        assertThat(port.subscribersFor(RequestEvents.SUBMITTED)).containsExactly(a);
        assertThat(port.subscribersFor(RequestEvents.CLOSED)).containsExactly(a, b);
    }

    @Test
    void retry_after_is_read_as_seconds_or_an_http_date_and_bounded() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(RetryAfter.parse("120", now)).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse(" 5 ", now)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse("Wed, 02 Dec 2026 10:00:30 GMT", now)).isEqualTo(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("99999999999999", now)).isEqualTo(RetryAfter.MAX);
        assertThat(RetryAfter.parse("172800", now)).isEqualTo(RetryAfter.MAX);
        for (String none : Arrays.asList(null, "", "0", "-1", "1.5", "tomorrow", "Wed, 02 Dec 2026 09:00:00 GMT")) {
            assertThat(RetryAfter.parse(none, now)).as(String.valueOf(none)).isNull();
        }
    }
}
