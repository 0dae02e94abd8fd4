package dev.sportello.adapters.pushhttp;

import dev.sportello.adapters.pushhttp.FakeFcm.Reply;
import dev.sportello.notifications.DevicePlatform;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.PushTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.sportello.adapters.pushhttp.Pushes.ANDROID;
import static dev.sportello.adapters.pushhttp.Pushes.BEARER;
import static dev.sportello.adapters.pushhttp.Pushes.BROWSER;
import static dev.sportello.adapters.pushhttp.Pushes.IPHONE;
import static dev.sportello.adapters.pushhttp.Pushes.assertNoPersonalData;
import static dev.sportello.adapters.pushhttp.Pushes.push;
import static org.assertj.core.api.Assertions.assertThat;

/** Waits, credentials, timeouts, dropped connections and malformed answers: failed or refused, never thrown. */
class HttpPushChannelFailureTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
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
                .accessTokens(() -> BEARER).connectTimeout(Duration.ofMillis(500)).requestTimeout(Duration.ofMillis(400))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
        settings.accept(builder);
        return builder.build();
    }

    private DeliveryResult sendOne(Reply reply) {
        fcm.otherwise(s -> reply);
        DeliveryResult result = channel(b -> { }).send(push("fail-" + System.nanoTime(), ANDROID));
        assertNoPersonalData(result);
        return result;
    }

    @Test
    void a_503_with_retry_after_fails_for_now_with_the_wait() {
        DeliveryResult result = sendOne(Reply.fcmError(503, "UNAVAILABLE", "UNAVAILABLE").withHeader("Retry-After", "7"));
        assertThat(result).isEqualTo(new DeliveryResult.Failed("push failed for now for 1 of 1 installation(s) (UNAVAILABLE)",
                Duration.ofSeconds(7)));
    }

    @Test
    void a_retry_after_as_an_http_date_is_read_against_the_clock() {
        DeliveryResult result = sendOne(Reply.raw(503, "").withHeader("Retry-After", "Wed, 02 Dec 2026 10:01:30 GMT"));
        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(90)));
    }

    @Test
    void a_quota_answer_with_retry_info_waits_as_asked_and_the_longest_wait_of_several_wins() {
        fcm.script(ANDROID.token(), Reply.raw(429, """
                {"error": {"code": 429, "status": "RESOURCE_EXHAUSTED", "details": [
                  {"@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "QUOTA_EXCEEDED"},
                  {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "2.5s"}]}}"""));
        fcm.script(IPHONE.token(), Reply.fcmError(500, "INTERNAL", "INTERNAL").withHeader("Retry-After", "1"));

        DeliveryResult result = channel(b -> { }).send(push("quota", ANDROID, IPHONE));

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> {
            assertThat(f.retryAfter()).isEqualTo(Duration.ofMillis(2500));
            assertThat(f.reason()).isEqualTo("push failed for now for 2 of 2 installation(s) (INTERNAL, QUOTA_EXCEEDED)");
        });
    }

    @Test
    void a_401_asks_the_supplier_again_and_the_fresh_token_works() {
        AtomicInteger issued = new AtomicInteger();
        List<String> rejected = new CopyOnWriteArrayList<>();
        BearerTokenSupplier tokens = new BearerTokenSupplier() {
            @Override
            public String accessToken() {
                return "ya29.secret-bearer-" + issued.incrementAndGet();
            }

            @Override
            public void rejected(String token) {
                rejected.add(token);
            }
        };
        fcm.otherwise(s -> "Bearer ya29.secret-bearer-1".equals(s.header("Authorization"))
                ? Reply.raw(401, "{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}") : Reply.ok(fcm.nextName()));

        DeliveryResult result = channel(b -> b.accessTokens(tokens)).send(push("auth", ANDROID, IPHONE));

        assertThat(result).isInstanceOf(DeliveryResult.Accepted.class);
        assertThat(rejected).containsExactly("ya29.secret-bearer-1");
        assertThat(issued).hasValue(2);
        assertThat(fcm.seen()).extracting(s -> s.header("Authorization"))
                .containsExactlyInAnyOrder("Bearer ya29.secret-bearer-1", "Bearer ya29.secret-bearer-1",
                        "Bearer ya29.secret-bearer-2", "Bearer ya29.secret-bearer-2");
    }

    @Test
    void a_token_refused_twice_fails_for_now_after_one_retry() {
        DeliveryResult result = sendOne(Reply.raw(401, "{\"error\":{\"code\":401,\"status\":\"UNAUTHENTICATED\"}}"));
        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).contains("UNAUTHENTICATED"));
        assertThat(fcm.seen()).hasSize(2);
    }

    static Stream<Arguments> configurationProblems() {
        return Stream.of(
                Arguments.of(Reply.fcmError(401, "UNAUTHENTICATED", "THIRD_PARTY_AUTH_ERROR"), "THIRD_PARTY_AUTH_ERROR"),
                Arguments.of(Reply.raw(403, "{\"error\":{\"code\":403,\"status\":\"PERMISSION_DENIED\"}}"), "PERMISSION_DENIED"),
                Arguments.of(Reply.raw(404, "<html>Not Found</html>"), "HTTP_404"),
                Arguments.of(Reply.raw(404, "{\"error\":{\"code\":404,\"status\":\"NOT_FOUND\"}}"), "NOT_FOUND"));
    }

    @ParameterizedTest
    @MethodSource("configurationProblems")
    void a_configuration_problem_fails_for_now_without_retiring_refusing_or_refreshing_the_token(Reply reply, String code) {
        AtomicInteger asked = new AtomicInteger();
        fcm.otherwise(s -> reply);
        HttpPushChannel channel = channel(b -> b.accessTokens(() -> "t-" + asked.incrementAndGet()));

        DeliveryResult result = channel.send(push("config", IPHONE, BROWSER));

        assertThat(result).isEqualTo(new DeliveryResult.Failed(
                "push failed for now for 2 of 2 installation(s) (" + code + ")", null));
        assertThat(asked).hasValue(1);
        assertThat(channel.rememberedMessages()).isZero();
    }

    @Test
    void a_supplier_without_a_token_fails_for_now_without_a_request() {
        DeliveryResult none = channel(b -> b.accessTokens(() -> null)).send(push("no-token", ANDROID));
        DeliveryResult broken = channel(b -> b.accessTokens(() -> {
            throw new IllegalStateException("refresh failed for secret " + BEARER);
        })).send(push("no-token", ANDROID));

        assertThat(none).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> assertThat(f.reason()).contains("NO_ACCESS_TOKEN"));
        assertThat(broken).isInstanceOf(DeliveryResult.Failed.class);
        assertNoPersonalData(broken);
        assertThat(fcm.seen()).isEmpty();
    }

    @Test
    void a_token_supplier_that_hangs_is_cut_off_and_the_send_fails_for_now() {
        CountDownLatch release = new CountDownLatch(1);
        HttpPushChannel channel = channel(b -> b.accessTokens(() -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return BEARER;
        }));
        try {
            long start = System.nanoTime();
            DeliveryResult result = channel.send(push("slow-token", ANDROID));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // bounded by connect (500 ms) + request (400 ms) timeout, far below the supplier's 5 s
            assertThat(result).isEqualTo(new DeliveryResult.Failed(
                    "push failed for now for 1 of 1 installation(s) (ACCESS_TOKEN_TIMEOUT)", null));
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofMillis(3000));
            assertThat(fcm.seen()).isEmpty();
        } finally {
            release.countDown();
        }
    }

    @Test
    void an_interrupted_send_keeps_the_answers_already_in_and_cancels_only_the_unfinished() {
        PushTarget hanging = new PushTarget("dev-hanging", DevicePlatform.ANDROID, "fcm-token-hanging-0009");
        fcm.script(hanging.token(), Reply.hang());
        FcmV1Format fcmFormat = FcmV1Format.forProject(FakeFcm.PROJECT);
        AtomicBoolean interruptOnce = new AtomicBoolean(true);
        PushWireFormat format = new PushWireFormat() {
            @Override
            public PushRequest request(PushMessage message, PushTarget target) {
                // with parallelism 2 the third request is built only once a permit is free: the hanging call holds
                // one, so the Android call has completed (Delivered) by now
                if (target.equals(BROWSER) && interruptOnce.getAndSet(false)) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("not built this time");
                }
                return fcmFormat.request(message, target);
            }

            @Override
            public TargetAnswer answer(int statusCode, HttpHeaders headers, String body) {
                return fcmFormat.answer(statusCode, headers, body);
            }
        };
        HttpPushChannel channel = HttpPushChannel.builder(format).endpoint(fcm.endpoint()).accessTokens(() -> BEARER)
                .parallelism(2).connectTimeout(Duration.ofSeconds(5)).requestTimeout(Duration.ofSeconds(5)).build();
        PushMessage message = push("interrupted", hanging, ANDROID, BROWSER);

        DeliveryResult first = channel.send(message);

        assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
        assertThat(first).isEqualTo(new DeliveryResult.Failed("push failed for now for 2 of 3 installation(s) "
                + "(INTERRUPTED, REQUEST_NOT_BUILT); 1 delivered, not sent again on the retry", null));

        DeliveryResult retry = channel.send(message);

        assertThat(retry).isInstanceOf(DeliveryResult.Accepted.class);
        assertThat(fcm.tokensSeen()).filteredOn(ANDROID.token()::equals).hasSize(1);
        assertThat(fcm.tokensSeen()).filteredOn(hanging.token()::equals).hasSize(2);
    }

    @Test
    void a_gateway_that_does_not_answer_is_cut_off_by_the_request_timeout() {
        fcm.otherwise(s -> Reply.hang());
        long start = System.nanoTime();
        DeliveryResult result = channel(b -> b.requestTimeout(Duration.ofMillis(300))).send(push("slow", ANDROID, IPHONE));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> assertThat(f.reason()).contains("TIMEOUT"));
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofMillis(2000));
    }

    @Test
    void a_body_that_stalls_after_the_headers_is_cut_off_by_the_guard() {
        long start = System.nanoTime();
        DeliveryResult result = sendOne(Reply.stall());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> assertThat(f.reason()).contains("TIMEOUT"));
        assertThat(took).isLessThan(Duration.ofMillis(3000));
    }

    @Test
    void a_dropped_connection_fails_for_now() {
        assertThat(sendOne(Reply.drop())).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).contains("CONNECTION_ERROR"));
    }

    @Test
    void a_refused_connection_fails_for_now() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        DeliveryResult result = channel(b -> b.endpoint(URI.create("http://127.0.0.1:" + port))).send(push("closed", ANDROID));
        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(Reply.raw(200, "this is not json"), DeliveryResult.Failed.class, "MALFORMED_ANSWER"),
                Arguments.of(Reply.raw(200, "{}"), DeliveryResult.Failed.class, "MALFORMED_ANSWER"),
                Arguments.of(Reply.raw(200, "{\"name\": 42}"), DeliveryResult.Failed.class, "MALFORMED_ANSWER"),
                Arguments.of(Reply.raw(200, "{\"name\": \"" + "x".repeat(300) + "\"}"), DeliveryResult.Failed.class, "MALFORMED_ANSWER"),
                Arguments.of(Reply.raw(200, "{\"name\":\"projects/p/messages/1\",\"pad\":\"" + "x".repeat(100_000) + "\"}"),
                        DeliveryResult.Failed.class, "MALFORMED_ANSWER"),
                Arguments.of(Reply.raw(502, "<html>Error 502 (Server Error)!!1</html>"), DeliveryResult.Failed.class, "HTTP_502"),
                Arguments.of(Reply.raw(302, ""), DeliveryResult.Failed.class, "HTTP_302"),
                Arguments.of(Reply.raw(400, "{\"error\": [1, 2"), DeliveryResult.Refused.class, "HTTP_400"),
                Arguments.of(Reply.raw(404, "<html>Not Found</html>"), DeliveryResult.Failed.class, "HTTP_404"),
                Arguments.of(Reply.raw(404, "{\"error\":{\"code\":404,\"status\":\"NOT_FOUND\"}}"), DeliveryResult.Failed.class, "NOT_FOUND"),
                Arguments.of(Reply.raw(400, "{\"error\":{\"status\":\"fcm-token-android-0001 is bad\"}}"),
                        DeliveryResult.Refused.class, "UNRECOGNISED"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void a_malformed_or_unattributed_answer_never_retires_and_never_throws(Reply reply, Class<?> expected, String code) {
        DeliveryResult result = sendOne(reply);
        assertThat(result).isInstanceOf(expected);
        String reason = result instanceof DeliveryResult.Refused r ? r.reason() : ((DeliveryResult.Failed) result).reason();
        assertThat(reason).contains(code);
        if (result instanceof DeliveryResult.Refused r) {
            assertThat(r.retiredTargets()).isEmpty();
        }
    }

    @Test
    void a_format_that_throws_fails_for_now_instead_of_throwing() {
        PushWireFormat broken = new PushWireFormat() {
            @Override
            public PushRequest request(PushMessage message, PushTarget target) {
                throw new IllegalStateException("bug");
            }

            @Override
            public TargetAnswer answer(int statusCode, HttpHeaders headers, String body) {
                throw new IllegalStateException("bug");
            }
        };
        HttpPushChannel channel = HttpPushChannel.builder(broken).endpoint(fcm.endpoint()).accessTokens(() -> BEARER).build();
        assertThat(channel.send(push("bug", ANDROID, BROWSER))).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).contains("REQUEST_NOT_BUILT"));
    }
}
