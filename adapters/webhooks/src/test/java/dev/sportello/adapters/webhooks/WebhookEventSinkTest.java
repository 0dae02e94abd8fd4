package dev.sportello.adapters.webhooks;

import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.requests.RequestEvents;
import dev.sportello.spi.DeliveryResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The sink against an in-process receiver that verifies with our verifier and the reference library. */
class WebhookEventSinkTest {
    private static final WebhookSecret SECRET = Fixtures.secret(21);

    private Receiver receiver;

    @BeforeEach
    void start() throws IOException {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    private static WebhookEventSink sinkTo(WebhookSubscriber... subscribers) {
        return Fixtures.sink(WebhookSubscriptions.fixed(subscribers)).build();
    }

    @Test
    void a_delivered_event_is_signed_valid_for_both_verifiers_and_accepted_with_the_event_id() {
        Receiver.Endpoint crm = receiver.endpoint("/crm", SECRET);
        long before = Instant.now().getEpochSecond();
        DeliveryResult result = sinkTo(WebhookSubscriber.toAll("crm", crm.uri(), SECRET)).publish(Fixtures.event("evt-a1"));
        long after = Instant.now().getEpochSecond();

        assertThat(result).isEqualTo(DeliveryResult.accepted("evt-a1"));
        assertThat(crm.received()).singleElement().satisfies(r -> {
            assertThat(r.ours()).isNull();
            assertThat(r.oracle()).isTrue();
            assertThat(r.header("webhook-id")).isEqualTo("evt-a1");
            assertThat(Long.parseLong(r.header("webhook-timestamp"))).isBetween(before, after);
            assertThat(r.header("webhook-signature")).matches("v1,[A-Za-z0-9+/]{43}=");
            assertThat(r.header("content-type")).isEqualTo("application/cloudevents+json; charset=utf-8");
        });
    }

    @Test
    void the_body_is_a_cloudevent_in_the_json_format_field_by_field() {
        Receiver.Endpoint crm = receiver.endpoint("/crm", SECRET);
        sinkTo(WebhookSubscriber.toAll("crm", crm.uri(), SECRET)).publish(Fixtures.event("evt-a2"));

        JsonNode json = JsonMapper.builder().build().readTree(crm.received().get(0).body());
        assertThat(json.propertyNames()).containsExactly("specversion", "id", "source", "type", "time", "subject",
                "datacontenttype", "data");
        assertThat(json.get("specversion").stringValue()).isEqualTo("1.0");
        assertThat(json.get("id").stringValue()).isEqualTo("evt-a2");
        assertThat(json.get("source").stringValue()).isEqualTo("urn:sportello:inps");
        assertThat(json.get("type").stringValue()).isEqualTo("it.inps.sportello.request.submitted");
        assertThat(json.get("time").stringValue()).isEqualTo("2026-12-01T09:00:00.123Z");
        assertThat(json.get("subject").stringValue()).isEqualTo("request/r-1");
        assertThat(json.get("datacontenttype").stringValue()).isEqualTo("application/json");
        JsonNode data = json.get("data");
        assertThat(data.propertyNames()).containsExactly("actor", "onBehalfOf", "attributes");
        assertThat(data.get("actor").stringValue()).isEqualTo("user:" + Fixtures.ACTOR.value());
        assertThat(data.get("onBehalfOf").stringValue()).isEqualTo("user:" + Fixtures.REPRESENTED.value());
        assertThat(data.get("attributes").propertyNames()).containsExactly("office", "protocol", "topic");
        assertThat(data.get("attributes").get("protocol").stringValue()).isEqualTo("INPS.0001.2026.0000042");
    }

    @Test
    void on_behalf_of_is_null_when_nobody_is_represented() {
        Receiver.Endpoint crm = receiver.endpoint("/crm", SECRET);
        DomainEvent e = Fixtures.event("evt-a3");
        DomainEvent self = new DomainEvent(e.id(), e.type(), e.occurredAt(), e.actor(), null, e.subjectType(), e.subjectId(),
                e.attributes());
        sinkTo(WebhookSubscriber.toAll("crm", crm.uri(), SECRET)).publish(self);
        JsonNode data = JsonMapper.builder().build().readTree(crm.received().get(0).body()).get("data");
        assertThat(data.get("onBehalfOf").isNull()).isTrue();
    }

    @Test
    void a_retry_carries_the_same_webhook_id_and_a_fresh_valid_signature() {
        Receiver.Endpoint crm = receiver.endpoint("/crm", SECRET).answer(503, "7");
        WebhookEventSink sink = sinkTo(WebhookSubscriber.toAll("crm", crm.uri(), SECRET));

        DeliveryResult first = sink.publish(Fixtures.event("evt-b1"));
        assertThat(first).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> {
            assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(7));
            assertThat(f.reason()).contains("crm: HTTP 503");
        });
        crm.verifyAndAnswer();
        assertThat(sink.publish(Fixtures.event("evt-b1"))).isEqualTo(DeliveryResult.accepted("evt-b1"));

        assertThat(crm.received()).hasSize(2).allSatisfy(r -> {
            assertThat(r.header("webhook-id")).isEqualTo("evt-b1");
            assertThat(r.oracle()).isTrue();
        });
        // the first attempt was verified and remembered by the receiver before it answered 503: it is a replay now
        assertThat(crm.received().get(1).ours()).isEqualTo(ErrorCode.TRN_REPLAYED);
    }

    @Test
    void a_replayed_request_with_an_old_timestamp_is_refused_by_the_receiver() throws Exception {
        Fixtures.MovableClock clock = new Fixtures.MovableClock(Instant.now());
        Receiver.Endpoint crm = receiver.endpoint("/crm", clock, SECRET);
        sinkTo(WebhookSubscriber.toAll("crm", crm.uri(), SECRET)).publish(Fixtures.event("evt-c1"));
        Receiver.Received original = crm.received().get(0);
        assertThat(original.ours()).isNull();

        HttpClient attacker = HttpClient.newHttpClient();
        HttpRequest.Builder replay = HttpRequest.newBuilder(crm.uri()).POST(HttpRequest.BodyPublishers.ofByteArray(original.body()));
        for (String h : List.of("webhook-id", "webhook-timestamp", "webhook-signature", "content-type")) {
            replay.header(h, original.header(h));
        }
        HttpResponse<Void> soon = attacker.send(replay.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(soon.statusCode()).isEqualTo(200);
        assertThat(crm.received().get(1).ours()).isEqualTo(ErrorCode.TRN_REPLAYED);

        clock.advance(Duration.ofMinutes(6));
        HttpResponse<Void> late = attacker.send(replay.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(late.statusCode()).isEqualTo(401);
        assertThat(crm.received().get(2).ours()).isEqualTo(ErrorCode.TRN_TIMESTAMP_OUT_OF_TOLERANCE);
    }

    @Test
    void during_a_rotation_a_receiver_that_knows_only_the_new_secret_still_verifies() {
        WebhookSecret fresh = Fixtures.secret(22);
        Receiver.Endpoint crm = receiver.endpoint("/crm", fresh);
        WebhookSubscriber rotating = new WebhookSubscriber("crm", crm.uri(), List.of(SECRET, fresh), Set.of());
        assertThat(sinkTo(rotating).publish(Fixtures.event("evt-d1"))).isInstanceOf(DeliveryResult.Accepted.class);
        Receiver.Received r = crm.received().get(0);
        assertThat(r.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(r.ours()).isNull();
        assertThat(r.oracle()).isTrue();
    }

    @Test
    void a_slow_receiver_is_cut_off_by_the_request_timeout_and_failed() {
        Receiver.Endpoint slow = receiver.endpoint("/slow", SECRET).hang();
        WebhookEventSink sink = Fixtures.sink(WebhookSubscriptions.fixed(WebhookSubscriber.toAll("slow", slow.uri(), SECRET)))
                .requestTimeout(Duration.ofMillis(300)).build();
        long start = System.nanoTime();
        DeliveryResult result = sink.publish(Fixtures.event("evt-e1"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> assertThat(f.reason()).contains("timeout"));
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_body_that_never_ends_is_cut_off_by_the_deadline_and_failed() {
        Receiver.Endpoint slow = receiver.endpoint("/trickle", SECRET).trickle();
        WebhookEventSink sink = Fixtures.sink(WebhookSubscriptions.fixed(WebhookSubscriber.toAll("slow", slow.uri(), SECRET)))
                .connectTimeout(Duration.ofMillis(200)).requestTimeout(Duration.ofMillis(300)).build();
        long start = System.nanoTime();
        DeliveryResult result = sink.publish(Fixtures.event("evt-e3"));
        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> assertThat(f.reason()).contains("timeout"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void subscribers_are_posted_concurrently_so_slow_ones_cost_one_timeout_not_one_each() {
        Receiver.Endpoint ok = receiver.endpoint("/ok", SECRET);
        Receiver.Endpoint slow1 = receiver.endpoint("/slow1", SECRET).hang();
        Receiver.Endpoint slow2 = receiver.endpoint("/slow2", SECRET).hang();
        Receiver.Endpoint slow3 = receiver.endpoint("/slow3", SECRET).hang();
        WebhookEventSink sink = Fixtures.sink(WebhookSubscriptions.fixed(WebhookSubscriber.toAll("slow1", slow1.uri(), SECRET),
                WebhookSubscriber.toAll("slow2", slow2.uri(), SECRET), WebhookSubscriber.toAll("slow3", slow3.uri(), SECRET),
                WebhookSubscriber.toAll("ok", ok.uri(), SECRET))).requestTimeout(Duration.ofMillis(400)).build();
        long start = System.nanoTime();
        DeliveryResult result = sink.publish(Fixtures.event("evt-e4"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1200));
        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("3 of 4 webhook subscribers failed for now"));
        assertThat(ok.received()).hasSize(1);
    }

    @Test
    void a_closed_port_is_failed_for_now() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        WebhookSubscriber nobody = WebhookSubscriber.toAll("gone", URI.create("http://127.0.0.1:" + port + "/x"), SECRET);
        assertThat(sinkTo(nobody).publish(Fixtures.event("evt-e2"))).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).contains("gone: connection refused"));
    }

    @Test
    void statuses_are_classified_per_subscriber() {
        record Case(int status, Class<? extends DeliveryResult> expected) {
        }
        List<Case> cases = List.of(new Case(200, DeliveryResult.Accepted.class), new Case(202, DeliveryResult.Accepted.class),
                new Case(301, DeliveryResult.Failed.class), new Case(400, DeliveryResult.Refused.class),
                new Case(401, DeliveryResult.Refused.class), new Case(404, DeliveryResult.Refused.class),
                new Case(408, DeliveryResult.Failed.class), new Case(410, DeliveryResult.Refused.class),
                new Case(413, DeliveryResult.Refused.class), new Case(429, DeliveryResult.Failed.class),
                new Case(500, DeliveryResult.Failed.class), new Case(502, DeliveryResult.Failed.class),
                new Case(503, DeliveryResult.Failed.class));
        for (Case c : cases) {
            Receiver.Endpoint e = receiver.endpoint("/s" + c.status(), SECRET).answer(c.status());
            assertThat(sinkTo(WebhookSubscriber.toAll("s", e.uri(), SECRET)).publish(Fixtures.event("evt-f" + c.status())))
                    .as("HTTP %d", c.status()).isInstanceOf(c.expected());
        }
    }

    @Test
    void retry_after_as_an_http_date_is_honoured_and_the_longest_wait_wins() {
        Fixtures.MovableClock clock = new Fixtures.MovableClock(Instant.parse("2026-12-02T10:00:00Z"));
        Receiver.Endpoint a = receiver.endpoint("/a", SECRET).answer(429, "Wed, 02 Dec 2026 10:02:00 GMT");
        Receiver.Endpoint b = receiver.endpoint("/b", SECRET).answer(503, "30");
        Receiver.Endpoint c = receiver.endpoint("/c", SECRET).answer(500, "soon");
        WebhookEventSink sink = Fixtures.sink(WebhookSubscriptions.fixed(WebhookSubscriber.toAll("a", a.uri(), SECRET),
                WebhookSubscriber.toAll("b", b.uri(), SECRET), WebhookSubscriber.toAll("c", c.uri(), SECRET)))
                .clock(clock).build();
        assertThat(sink.publish(Fixtures.event("evt-g1"))).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> {
            assertThat(f.retryAfter()).isEqualTo(Duration.ofMinutes(2));
            assertThat(f.reason()).startsWith("3 of 3 webhook subscribers failed for now");
        });
    }

    @Test
    void delivered_and_refused_is_accepted_and_all_refused_is_refused() {
        Receiver.Endpoint ok = receiver.endpoint("/ok", SECRET);
        Receiver.Endpoint bad = receiver.endpoint("/bad", SECRET).answer(400);
        Receiver.Endpoint bad2 = receiver.endpoint("/bad2", SECRET).answer(422);
        assertThat(sinkTo(WebhookSubscriber.toAll("ok", ok.uri(), SECRET), WebhookSubscriber.toAll("bad", bad.uri(), SECRET))
                .publish(Fixtures.event("evt-h1"))).isEqualTo(DeliveryResult.accepted("evt-h1"));
        assertThat(sinkTo(WebhookSubscriber.toAll("bad", bad.uri(), SECRET), WebhookSubscriber.toAll("bad2", bad2.uri(), SECRET))
                .publish(Fixtures.event("evt-h2"))).isInstanceOfSatisfying(DeliveryResult.Refused.class,
                        r -> assertThat(r.reason()).contains("bad: HTTP 400").contains("bad2: HTTP 422"));
    }

    @Test
    void an_acknowledged_subscriber_is_not_posted_again_on_the_retry() {
        Receiver.Endpoint ok = receiver.endpoint("/ok", SECRET);
        Receiver.Endpoint refusing = receiver.endpoint("/refusing", SECRET).answer(404);
        Receiver.Endpoint flaky = receiver.endpoint("/flaky", SECRET).answer(502);
        WebhookEventSink sink = sinkTo(WebhookSubscriber.toAll("ok", ok.uri(), SECRET),
                WebhookSubscriber.toAll("refusing", refusing.uri(), SECRET), WebhookSubscriber.toAll("flaky", flaky.uri(), SECRET));

        assertThat(sink.publish(Fixtures.event("evt-i1"))).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("1 of 3 webhook subscribers failed for now: flaky: HTTP 502"));
        assertThat(sink.rememberedEvents()).isEqualTo(1);
        flaky.verifyAndAnswer();
        assertThat(sink.publish(Fixtures.event("evt-i1"))).isEqualTo(DeliveryResult.accepted("evt-i1"));

        assertThat(ok.received()).hasSize(1);
        assertThat(refusing.received()).hasSize(1);
        assertThat(flaky.received()).hasSize(2);
        assertThat(sink.rememberedEvents()).isZero();
        // once the event ended, publishing it again (the dispatcher's at-least-once) posts to all again
        sink.publish(Fixtures.event("evt-i1"));
        assertThat(ok.received()).hasSize(2);
    }

    @Test
    void a_subscriber_that_is_gone_is_refused_and_the_host_is_told() {
        Receiver.Endpoint gone = receiver.endpoint("/gone", SECRET).answer(410);
        Receiver.Endpoint ok = receiver.endpoint("/ok", SECRET);
        List<String> told = new CopyOnWriteArrayList<>();
        WebhookEventSink sink = Fixtures.sink(WebhookSubscriptions.fixed(WebhookSubscriber.toAll("old-crm", gone.uri(), SECRET),
                WebhookSubscriber.toAll("ok", ok.uri(), SECRET))).onSubscriberGone(told::add).build();
        assertThat(sink.publish(Fixtures.event("evt-j1"))).isEqualTo(DeliveryResult.accepted("evt-j1"));
        assertThat(told).containsExactly("old-crm");

        WebhookEventSink alone = Fixtures.sink(WebhookSubscriptions.fixed(WebhookSubscriber.toAll("old-crm", gone.uri(), SECRET)))
                .onSubscriberGone(id -> {
                    throw new IllegalStateException("host bug");
                }).build();
        assertThat(alone.publish(Fixtures.event("evt-j2"))).isInstanceOfSatisfying(DeliveryResult.Refused.class,
                r -> assertThat(r.reason()).contains("old-crm: gone (HTTP 410)"));
    }

    @Test
    void no_subscriber_is_accepted_and_event_types_are_filtered() {
        Receiver.Endpoint other = receiver.endpoint("/other", SECRET);
        WebhookSubscriber wantsClosed = new WebhookSubscriber("other", other.uri(), List.of(SECRET), Set.of("request.closed"));
        assertThat(sinkTo().publish(Fixtures.event("evt-k1"))).isEqualTo(DeliveryResult.accepted("evt-k1"));
        // a port that ignores the wanted types is filtered by the sink too
        WebhookEventSink sink = Fixtures.sink(type -> List.of(wantsClosed, wantsClosed)).build();
        assertThat(sink.publish(Fixtures.event("evt-k2"))).isEqualTo(DeliveryResult.accepted("evt-k2"));
        assertThat(other.received()).isEmpty();
        DomainEvent closed = new DomainEvent("evt-k3", RequestEvents.CLOSED, Instant.parse("2026-12-01T09:00:00Z"),
                Fixtures.ACTOR, null, "request", "r-1", java.util.Map.of("office", "INPS-ROMA-EUR", "outcome", "GRANTED"));
        assertThat(sink.publish(closed)).isEqualTo(DeliveryResult.accepted("evt-k3"));
        assertThat(other.received()).as("listed twice, posted once").hasSize(1);
    }

    @Test
    void a_failing_port_an_unusable_id_and_a_null_event_never_throw() {
        WebhookEventSink throwing = Fixtures.sink(type -> {
            throw new IllegalStateException("database down");
        }).build();
        assertThat(throwing.publish(Fixtures.event("evt-l1"))).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("unexpected IllegalStateException"));
        assertThat(Fixtures.sink(type -> null).build().publish(Fixtures.event("evt-l2"))).isInstanceOf(DeliveryResult.Failed.class);
        WebhookEventSink sink = sinkTo();
        assertThat(sink.publish(Fixtures.event("evt.with.dots"))).isInstanceOf(DeliveryResult.Refused.class);
        assertThat(sink.publish(null)).isInstanceOf(DeliveryResult.Refused.class);
    }
}
