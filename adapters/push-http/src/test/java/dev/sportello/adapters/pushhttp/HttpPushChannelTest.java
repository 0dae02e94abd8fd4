package dev.sportello.adapters.pushhttp;

import dev.sportello.adapters.pushhttp.FakeFcm.Reply;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.PushTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static dev.sportello.adapters.pushhttp.Pushes.ANDROID;
import static dev.sportello.adapters.pushhttp.Pushes.BEARER;
import static dev.sportello.adapters.pushhttp.Pushes.BROWSER;
import static dev.sportello.adapters.pushhttp.Pushes.IPHONE;
import static dev.sportello.adapters.pushhttp.Pushes.assertNoPersonalData;
import static dev.sportello.adapters.pushhttp.Pushes.push;
import static org.assertj.core.api.Assertions.assertThat;

/** The channel against an in-process FCM: what goes on the wire and how the installations' answers combine. */
class HttpPushChannelTest {
    private FakeFcm fcm;

    @BeforeEach
    void start() throws Exception {
        fcm = new FakeFcm();
    }

    @AfterEach
    void stop() {
        fcm.close();
    }

    private HttpPushChannel channel(Consumer<HttpPushChannel.Builder> settings) {
        HttpPushChannel.Builder builder = HttpPushChannel.fcm(FakeFcm.PROJECT).endpoint(fcm.endpoint())
                .accessTokens(() -> BEARER).connectTimeout(Duration.ofMillis(500)).requestTimeout(Duration.ofMillis(500));
        settings.accept(builder);
        return builder.build();
    }

    private HttpPushChannel channel() {
        return channel(b -> { });
    }

    @Test
    void each_request_carries_the_token_the_notification_the_data_and_the_bearer() {
        DeliveryResult result = channel().send(push("msg-1", ANDROID, IPHONE, BROWSER));

        assertThat(result).isInstanceOf(DeliveryResult.Accepted.class);
        assertThat(fcm.seen()).hasSize(3).allSatisfy(seen -> {
            assertThat(seen.method()).isEqualTo("POST");
            assertThat(seen.path()).isEqualTo("/v1/projects/demo-project/messages:send");
            assertThat(seen.header("Authorization")).isEqualTo("Bearer " + BEARER);
            assertThat(seen.header("Content-Type")).startsWith("application/json");
            JsonNode message = seen.body().path("message");
            assertThat(message.path("notification").path("title").asString()).isEqualTo("Pratica aggiornata");
            assertThat(message.path("notification").path("body").asString()).isEqualTo("La sua pratica è cambiata.");
            assertThat(message.path("data").path("kind").asString()).isEqualTo("REQUEST_STATUS");
            assertThat(message.path("data").path("request").asString()).isEqualTo("r-1");
            assertThat(message.path("data").path(FcmV1Format.MESSAGE_ID_DATA_KEY).asString()).isEqualTo("msg-1");
        });
        assertThat(fcm.tokensSeen()).containsExactlyInAnyOrder(ANDROID.token(), IPHONE.token(), BROWSER.token());
        JsonNode android = body(ANDROID);
        assertThat(android.path("android").path("notification").path("tag").asString()).isEqualTo("msg-1");
        assertThat(android.has("apns") || android.has("webpush")).isFalse();
        JsonNode iphone = body(IPHONE);
        assertThat(iphone.path("apns").path("headers").path("apns-collapse-id").asString()).isEqualTo("msg-1");
        assertThat(iphone.has("android")).isFalse();
        assertThat(body(BROWSER).path("webpush").path("notification").path("tag").asString()).isEqualTo("msg-1");
    }

    private JsonNode body(PushTarget target) {
        return fcm.seen().stream().filter(s -> s.token().equals(target.token())).findFirst().orElseThrow()
                .body().path("message");
    }

    @Test
    void a_key_longer_than_apns_allows_becomes_a_64_character_collapse_id() {
        String key = "k".repeat(100);
        channel().send(push(key, IPHONE));
        String collapseId = body(IPHONE).path("apns").path("headers").path("apns-collapse-id").asString();
        assertThat(collapseId).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(FcmV1Format.collapseId(key));
        assertThat(body(IPHONE).path("data").path(FcmV1Format.MESSAGE_ID_DATA_KEY).asString()).isEqualTo(key);
    }

    @Test
    void two_installations_are_accepted_with_the_first_message_name() {
        fcm.script(ANDROID.token(), Reply.ok("projects/demo-project/messages/0:android"));
        fcm.script(IPHONE.token(), Reply.ok("projects/demo-project/messages/0:iphone"));

        DeliveryResult result = channel().send(push("msg-2", ANDROID, IPHONE));

        assertThat(result).isEqualTo(new DeliveryResult.Accepted("projects/demo-project/messages/0:android", Set.of()));
        assertThat(fcm.seen()).hasSize(2);
    }

    @Test
    void one_unregistered_among_three_is_accepted_with_that_installation_retired() {
        fcm.script(ANDROID.token(), Reply.ok("projects/demo-project/messages/a"));
        fcm.script(IPHONE.token(), Reply.unregistered());

        DeliveryResult result = channel().send(push("msg-3", ANDROID, IPHONE, BROWSER));

        assertThat(result).isEqualTo(new DeliveryResult.Accepted("projects/demo-project/messages/a", Set.of("dev-iphone")));
    }

    @Test
    void all_installations_dead_is_refused_with_all_retired() {
        fcm.script(ANDROID.token(), Reply.unregistered());
        fcm.script(IPHONE.token(), Reply.unregistered());
        fcm.script(BROWSER.token(), Reply.raw(400, """
                {"error": {"code": 400, "message": "The registration token is not a valid FCM registration token",
                  "status": "INVALID_ARGUMENT", "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError",
                  "errorCode": "INVALID_ARGUMENT"}]}}"""));

        DeliveryResult result = channel().send(push("msg-4", ANDROID, IPHONE, BROWSER));

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Refused.class, r -> {
            assertThat(r.retiredTargets()).containsExactlyInAnyOrder("dev-android", "dev-iphone", "dev-browser");
            assertThat(r.reason()).startsWith("no live installation: 3 installation(s) retired")
                    .contains("UNREGISTERED", "INVALID_ARGUMENT");
        });
        assertNoPersonalData(result);
    }

    @Test
    void a_sender_id_mismatch_for_every_token_fails_for_now_and_retires_nothing() {
        // a wrong project id or service account: FCM answers SENDER_ID_MISMATCH for every token
        fcm.otherwise(s -> Reply.fcmError(403, "PERMISSION_DENIED", "SENDER_ID_MISMATCH"));
        HttpPushChannel channel = channel();
        PushMessage message = push("msg-mismatch", ANDROID, IPHONE);

        DeliveryResult first = channel.send(message);

        assertThat(first).isEqualTo(new DeliveryResult.Failed(
                "push failed for now for 2 of 2 installation(s) (SENDER_ID_MISMATCH)", null));
        assertThat(channel.rememberedMessages()).isZero();

        fcm.otherwise(s -> Reply.ok(fcm.nextName())); // the host fixed its configuration
        DeliveryResult retry = channel.send(message);

        assertThat(retry).isInstanceOfSatisfying(DeliveryResult.Accepted.class,
                a -> assertThat(a.retiredTargets()).isEmpty());
        assertThat(fcm.tokensSeen()).filteredOn(ANDROID.token()::equals).hasSize(2);
        assertThat(fcm.tokensSeen()).filteredOn(IPHONE.token()::equals).hasSize(2);
    }

    @Test
    void an_invalid_argument_about_the_payload_refuses_without_retiring_and_one_about_the_token_retires() {
        fcm.script(ANDROID.token(), Reply.raw(400, """
                {"error": {"code": 400, "message": "Invalid value at 'message.data[0].value'", "status": "INVALID_ARGUMENT",
                  "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest",
                    "fieldViolations": [{"field": "message.data[0].value", "description": "Invalid value"}]},
                   {"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "INVALID_ARGUMENT"}]}}"""));
        fcm.script(IPHONE.token(), Reply.raw(400, """
                {"error": {"code": 400, "message": "Request contains an invalid argument.", "status": "INVALID_ARGUMENT",
                  "details": [{"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "INVALID_ARGUMENT"},
                   {"@type": "type.googleapis.com/google.rpc.BadRequest",
                    "fieldViolations": [{"field": "message.token", "description": "Invalid registration token"}]}]}}"""));

        DeliveryResult result = channel().send(push("msg-5", ANDROID, IPHONE));

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Refused.class, r -> {
            assertThat(r.retiredTargets()).containsExactly("dev-iphone");
            assertThat(r.reason()).startsWith("push refused for all 2 installation(s): 1 refused, 1 retired");
        });
    }

    @Test
    void a_failure_after_a_partial_success_is_retried_only_towards_the_pending_installation() {
        fcm.script(ANDROID.token(), Reply.ok("projects/demo-project/messages/first"));
        fcm.script(IPHONE.token(), Reply.fcmError(503, "UNAVAILABLE", "UNAVAILABLE"));
        fcm.script(BROWSER.token(), Reply.unregistered());
        HttpPushChannel channel = channel();
        PushMessage message = push("msg-6", ANDROID, IPHONE, BROWSER);

        DeliveryResult first = channel.send(message);
        assertThat(first).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> assertThat(f.reason())
                .isEqualTo("push failed for now for 1 of 3 installation(s) (UNAVAILABLE); 1 delivered, not sent again on the retry"));
        assertThat(channel.rememberedMessages()).isEqualTo(1);

        DeliveryResult retry = channel.send(message);

        assertThat(retry).isEqualTo(new DeliveryResult.Accepted("projects/demo-project/messages/first", Set.of("dev-browser")));
        assertThat(fcm.tokensSeen()).filteredOn(ANDROID.token()::equals).hasSize(1);
        assertThat(fcm.tokensSeen()).filteredOn(BROWSER.token()::equals).hasSize(1);
        assertThat(fcm.tokensSeen()).filteredOn(IPHONE.token()::equals).hasSize(2);
        assertThat(channel.rememberedMessages()).isZero();
    }

    @Test
    void the_memory_of_partial_deliveries_is_bounded() {
        HttpPushChannel channel = channel(b -> b.rememberedMessages(1));
        fcm.script(IPHONE.token(), Reply.fcmError(503, "UNAVAILABLE", "UNAVAILABLE"), Reply.fcmError(503, "UNAVAILABLE", "UNAVAILABLE"));
        assertThat(channel.send(push("old", ANDROID, IPHONE))).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(channel.send(push("new", ANDROID, IPHONE))).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(channel.rememberedMessages()).isEqualTo(1);

        assertThat(channel.send(push("old", ANDROID, IPHONE))).isInstanceOf(DeliveryResult.Accepted.class);

        // "old" was forgotten to make room for "new": its retry reached the Android installation again
        assertThat(fcm.seen()).filteredOn(s -> s.key().equals("old") && s.token().equals(ANDROID.token())).hasSize(2);
        // "new" was still remembered (until "old" took its place again); a fresh channel state is checked here
        HttpPushChannel roomy = channel(b -> b.rememberedMessages(2));
        fcm.script(IPHONE.token(), Reply.fcmError(503, "UNAVAILABLE", "UNAVAILABLE"));
        assertThat(roomy.send(push("kept", ANDROID, IPHONE))).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(roomy.send(push("other", ANDROID))).isInstanceOf(DeliveryResult.Accepted.class);
        assertThat(roomy.send(push("kept", ANDROID, IPHONE))).isInstanceOf(DeliveryResult.Accepted.class);
        assertThat(fcm.seen()).filteredOn(s -> s.key().equals("kept") && s.token().equals(ANDROID.token())).hasSize(1);
    }

    @Test
    void an_accepted_key_is_forgotten_so_that_a_later_send_reaches_the_provider_again() {
        HttpPushChannel channel = channel();
        channel.send(push("msg-7", ANDROID));
        channel.send(push("msg-7", ANDROID));
        assertThat(fcm.seen()).hasSize(2);
        assertThat(channel.rememberedMessages()).isZero();
    }

    @Test
    void a_message_without_installations_is_refused_without_a_request_or_a_token() {
        AtomicInteger asked = new AtomicInteger();
        HttpPushChannel channel = channel(b -> b.accessTokens(() -> {
            asked.incrementAndGet();
            return BEARER;
        }));

        DeliveryResult result = channel.send(push("msg-8"));

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Refused.class, r -> {
            assertThat(r.reason()).startsWith("no registered installation");
            assertThat(r.retiredTargets()).isEmpty();
        });
        assertThat(fcm.seen()).isEmpty();
        assertThat(asked).hasValue(0);
        assertThat(channel.send(null)).isInstanceOf(DeliveryResult.Refused.class);
    }

    @Test
    void the_sends_of_one_message_go_in_parallel_up_to_the_bound() {
        CyclicBarrier pairs = new CyclicBarrier(2);
        fcm.onArrival(() -> {
            try {
                pairs.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the requests did not arrive in pairs", e);
            }
        });
        PushTarget fourth = new PushTarget("dev-tablet", dev.sportello.notifications.DevicePlatform.ANDROID, "fcm-token-tablet-0004");
        HttpPushChannel channel = channel(b -> b.parallelism(2).requestTimeout(Duration.ofSeconds(3)));

        DeliveryResult result = channel.send(push("msg-9", ANDROID, IPHONE, BROWSER, fourth));

        assertThat(result).isInstanceOf(DeliveryResult.Accepted.class);
        assertThat(fcm.maxInFlight()).isEqualTo(2);
        assertThat(fcm.seen()).hasSize(4);
    }

    @Test
    void another_gateway_plugs_in_through_its_own_format_under_the_endpoints_path() {
        PushWireFormat gateway = new PushWireFormat() {
            @Override
            public PushRequest request(PushMessage message, PushTarget target) {
                return new PushRequest("/push", "application/json",
                        "{\"message\":{\"token\":\"" + target.token() + "\"}}", java.util.Map.of("X-Tenant", "inps"));
            }

            @Override
            public TargetAnswer answer(int statusCode, HttpHeaders headers, String body) {
                return statusCode == 200 ? new TargetAnswer.Delivered("gw-1") : new TargetAnswer.Rejected("GW_" + statusCode);
            }
        };
        HttpPushChannel channel = HttpPushChannel.builder(gateway).endpoint(URI.create(fcm.endpoint() + "/gateway/"))
                .accessTokens(() -> BEARER).build();

        assertThat(channel.send(push("msg-10", ANDROID))).isEqualTo(new DeliveryResult.Accepted("gw-1", Set.of()));
        assertThat(fcm.seen()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("/gateway/push");
            assertThat(s.header("X-Tenant")).isEqualTo("inps");
            assertThat(s.header("Authorization")).isEqualTo("Bearer " + BEARER);
        });
        assertThat(channel.toString()).doesNotContain(BEARER);
    }

    @Test
    void the_provider_id_is_the_first_delivered_installation_in_target_order() {
        fcm.script(IPHONE.token(), Reply.ok("projects/demo-project/messages/iphone"));
        fcm.script(BROWSER.token(), Reply.ok("projects/demo-project/messages/browser"));
        assertThat(channel().send(push("msg-11", IPHONE, BROWSER)))
                .isEqualTo(new DeliveryResult.Accepted("projects/demo-project/messages/iphone", Set.of()));
        assertThat(fcm.tokensSeen()).containsExactlyInAnyOrderElementsOf(List.of(IPHONE.token(), BROWSER.token()));
    }
}
