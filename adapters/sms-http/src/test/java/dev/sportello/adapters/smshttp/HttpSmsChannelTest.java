package dev.sportello.adapters.smshttp;

import dev.sportello.notifications.SmsEncoding;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.PhoneNumber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The channel against an in-process gateway: what it sends, and how it classifies each kind of answer. */
class HttpSmsChannelTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final String UCS2_TEXT = "Città di Roma: la pratica n° 42 è pronta ✓ — Ελλάδα 😀";

    private GatewayStub gateway;
    private HttpSmsChannel channel;

    @BeforeEach
    void start() throws IOException {
        gateway = new GatewayStub();
        channel = builder().build();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    private HttpSmsChannelBuilder builder() {
        return HttpSmsChannel.builder().endpoint(gateway.uri()).allowPlainHttpOnLoopback()
                .bearerToken("tok-SECRET-123").senderId("INPS")
                .connectTimeout(Duration.ofMillis(500)).requestTimeout(Duration.ofMillis(500))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static SmsMessage sms(String key) {
        return new SmsMessage(key, new PhoneNumber("+393471234567"), UCS2_TEXT, SmsEncoding.UCS_2, 2);
    }

    private DeliveryResult answerWith(GatewayStub.Answer answer) {
        gateway.answer(answer);
        return channel.send(sms("k-1"));
    }

    @Test
    void an_accepted_message_carries_the_providers_id_as_text_or_number() {
        assertThat(answerWith(GatewayStub.json(200, "{\"id\":\"gw-77\",\"status\":\"queued\"}")))
                .isEqualTo(DeliveryResult.accepted("gw-77"));
        assertThat(answerWith(GatewayStub.json(201, "{\"id\":9876543210123}")))
                .isEqualTo(DeliveryResult.accepted("9876543210123"));
    }

    @Test
    void the_request_is_a_json_post_with_the_key_the_auth_and_the_text_intact() {
        answerWith(GatewayStub.json(202, "{\"id\":\"gw-1\"}"));
        GatewayStub.Request request = gateway.last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/sms");
        assertThat(request.header("Authorization")).isEqualTo("Bearer tok-SECRET-123");
        assertThat(request.header("Idempotency-Key")).isEqualTo("k-1");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        JsonNode body = Json.read(request.body());
        assertThat(body.get("sender").stringValue()).isEqualTo("INPS");
        assertThat(body.get("recipient").stringValue()).isEqualTo("+393471234567");
        assertThat(body.get("text").stringValue()).isEqualTo(UCS2_TEXT);
        assertThat(body.get("encoding").stringValue()).isEqualTo("UCS_2");
        assertThat(body.get("parts").intValue()).isEqualTo(2);
        assertThat(body.get("clientReference").stringValue()).isEqualTo("k-1");
        assertThat(body.size()).isEqualTo(6);
        assertThat(request.text()).contains("😀");
    }

    @Test
    void basic_auth_and_api_key_headers_are_sent() {
        channel = builder().basicAuth("sportello", "pà:ss").build();
        answerWith(GatewayStub.json(200, "{\"id\":\"a\"}"));
        String expected = Base64.getEncoder().encodeToString("sportello:pà:ss".getBytes(StandardCharsets.UTF_8));
        assertThat(gateway.last().header("Authorization")).isEqualTo("Basic " + expected);

        channel = builder().apiKey("X-API-Key", "key-42").build();
        answerWith(GatewayStub.json(200, "{\"id\":\"a\"}"));
        assertThat(gateway.last().header("X-API-Key")).isEqualTo("key-42");
        assertThat(gateway.last().header("Authorization")).isNull();
    }

    @Test
    void a_2xx_without_a_readable_id_is_failed_so_that_the_same_key_is_retried() {
        for (String body : new String[]{"{\"status\":\"ok\"}", "{\"id\":\"\"}", "{\"id\":{\"x\":1}}", "not json",
                "{\"id\":\"" + "x".repeat(201) + "\"}", "{\"id\":\"a\u0000b\"}"}) {
            assertThat(answerWith(GatewayStub.json(200, body))).as(body)
                    .isInstanceOfSatisfying(DeliveryResult.Failed.class,
                            f -> assertThat(f.reason()).contains("HTTP 200 without a readable message id"));
        }
        assertThat(answerWith(GatewayStub.json(204, ""))).isInstanceOf(DeliveryResult.Failed.class);
    }

    @Test
    void the_message_id_pointer_is_configurable() {
        channel = builder().messageIdPointer("/messages/0/message-id").build();
        assertThat(answerWith(GatewayStub.json(200, "{\"messages\":[{\"message-id\":\"v-9\"}]}")))
                .isEqualTo(DeliveryResult.accepted("v-9"));
    }

    @Test
    void client_errors_are_refused_with_the_status_and_the_providers_code() {
        assertThat(answerWith(GatewayStub.json(400, "{\"error\":{\"code\":\"INVALID_NUMBER\",\"message\":\"+39347…\"}}")))
                .isEqualTo(DeliveryResult.refused("HTTP 400 INVALID_NUMBER"));
        assertThat(answerWith(GatewayStub.json(422, "{\"error\":{\"code\":21211}}")))
                .isEqualTo(DeliveryResult.refused("HTTP 422 21211"));
        assertThat(answerWith(GatewayStub.json(404, "<html>not found</html>")))
                .isEqualTo(DeliveryResult.refused("HTTP 404"));
        assertThat(answerWith(GatewayStub.json(410, "")))
                .isEqualTo(DeliveryResult.refused("HTTP 410"));
    }

    @Test
    void an_error_code_that_could_be_personal_data_is_left_out() {
        assertThat(answerWith(GatewayStub.json(400, "{\"error\":{\"code\":\"3471234567\"}}")))
                .isEqualTo(DeliveryResult.refused("HTTP 400"));
        assertThat(answerWith(GatewayStub.json(400, "{\"error\":{\"code\":\"bad number +393471234567\"}}")))
                .isEqualTo(DeliveryResult.refused("HTTP 400"));
    }

    @Test
    void credential_problems_are_failed_not_refused_so_that_a_fixed_setting_delivers_them() {
        for (int status : new int[]{401, 403, 407}) {
            assertThat(answerWith(GatewayStub.json(status, "{\"error\":{\"code\":\"AUTH\"}}")))
                    .isInstanceOfSatisfying(DeliveryResult.Failed.class, f -> assertThat(f.reason())
                            .isEqualTo("HTTP " + status + " AUTH (check the gateway credentials)"));
        }
        assertThat(answerWith(GatewayStub.json(415, ""))).isInstanceOf(DeliveryResult.Failed.class);
    }

    @Test
    void server_errors_throttling_and_timeouts_of_the_provider_are_failed() {
        for (int status : new int[]{408, 409, 425, 429, 500, 502, 503, 504}) {
            assertThat(answerWith(GatewayStub.json(status, "{}")))
                    .isEqualTo(DeliveryResult.failed("HTTP " + status, null));
        }
        assertThat(answerWith(GatewayStub.json(302, "", Map.of("Location", "https://elsewhere.example/"))))
                .isInstanceOfSatisfying(DeliveryResult.Failed.class,
                        f -> assertThat(f.reason()).startsWith("HTTP 302"));
        assertThat(gateway.requests()).hasSize(9);
    }

    @Test
    void retry_after_in_seconds_and_as_an_http_date_is_honoured() {
        assertThat(answerWith(GatewayStub.json(503, "", Map.of("Retry-After", "120"))))
                .isEqualTo(DeliveryResult.failed("HTTP 503", Duration.ofSeconds(120)));
        assertThat(answerWith(GatewayStub.json(429, "", Map.of("Retry-After", "Wed, 02 Dec 2026 10:01:30 GMT"))))
                .isEqualTo(DeliveryResult.failed("HTTP 429", Duration.ofSeconds(90)));
    }

    @Test
    void retry_after_in_the_past_unreadable_or_huge_is_ignored_or_capped() {
        assertThat(answerWith(GatewayStub.json(503, "", Map.of("Retry-After", "Wed, 02 Dec 2026 09:00:00 GMT"))))
                .isEqualTo(DeliveryResult.failed("HTTP 503", null));
        assertThat(answerWith(GatewayStub.json(503, "", Map.of("Retry-After", "soon"))))
                .isEqualTo(DeliveryResult.failed("HTTP 503", null));
        assertThat(answerWith(GatewayStub.json(503, "", Map.of("Retry-After", "0"))))
                .isEqualTo(DeliveryResult.failed("HTTP 503", null));
        assertThat(answerWith(GatewayStub.json(429, "", Map.of("Retry-After", "99999999999"))))
                .isEqualTo(DeliveryResult.failed("HTTP 429", Duration.ofDays(1)));
    }

    @Test
    void a_gateway_that_never_answers_is_cut_off_by_the_request_timeout() {
        long start = System.nanoTime();
        DeliveryResult result = answerWith(GatewayStub.hanging());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("no answer within"));
        assertThat(took).isBetween(Duration.ofMillis(400), Duration.ofMillis(2500));
    }

    @Test
    void an_answer_whose_body_stalls_is_cut_off_by_the_deadline() {
        long start = System.nanoTime();
        DeliveryResult result = answerWith(GatewayStub.stallingBody());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(took).isLessThan(Duration.ofMillis(3000));
    }

    @Test
    void a_dropped_connection_before_or_during_the_answer_is_failed() {
        assertThat(answerWith(GatewayStub.dropping())).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).startsWith("connection failed or dropped"));
        assertThat(answerWith(GatewayStub.droppingMidBody())).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(answerWith(GatewayStub.json(200, "{\"id\":\"back\"}"))).isEqualTo(DeliveryResult.accepted("back"));
    }

    @Test
    void a_refused_connection_is_failed() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        channel = builder().endpoint(URI.create("http://127.0.0.1:" + port + "/sms")).build();
        assertThat(channel.send(sms("k-2"))).isEqualTo(DeliveryResult.failed("connection refused"));
    }

    @Test
    void an_oversized_answer_counts_by_its_status_only() {
        String huge = "{\"id\":\"gw-1\",\"pad\":\"" + "x".repeat(HttpSmsChannel.MAX_ANSWER_BYTES) + "\"}";
        assertThat(answerWith(GatewayStub.json(200, huge))).isInstanceOf(DeliveryResult.Failed.class);
        String hugeError = "{\"error\":{\"code\":\"TOO_LONG\"},\"pad\":\"" + "x".repeat(100_000) + "\"}";
        assertThat(answerWith(GatewayStub.json(400, hugeError))).isEqualTo(DeliveryResult.refused("HTTP 400"));
    }

    @Test
    void hostile_answers_are_failed_not_thrown() {
        assertThat(answerWith(GatewayStub.json(200, "[".repeat(5000)))).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(answerWith(GatewayStub.json(200, "{\"id\":1" + "0".repeat(5000) + "}")))
                .isInstanceOf(DeliveryResult.Failed.class);
        assertThat(answerWith(GatewayStub.json(200, "{\"id\":\"a\",\"id\":\"b\"}")))
                .isInstanceOf(DeliveryResult.Failed.class);
    }

    @Test
    void a_custom_request_format_writes_the_body_and_a_failing_one_is_failed() {
        channel = builder().requestFormat((message, sender) -> new SmsRequestBody("application/x-www-form-urlencoded",
                ("from=" + sender + "&to=" + message.to().e164()).getBytes(StandardCharsets.US_ASCII))).build();
        assertThat(answerWith(GatewayStub.json(200, "{\"id\":\"f-1\"}"))).isEqualTo(DeliveryResult.accepted("f-1"));
        assertThat(gateway.last().text()).isEqualTo("from=INPS&to=+393471234567");
        assertThat(gateway.last().header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");

        channel = builder().requestFormat((message, sender) -> {
            throw new IllegalStateException("boom " + message.to().e164());
        }).build();
        assertThat(channel.send(sms("k-3"))).isInstanceOfSatisfying(DeliveryResult.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("the request format failed with IllegalStateException"));
        channel = builder().requestFormat((message, sender) -> null).build();
        assertThat(channel.send(sms("k-4"))).isInstanceOf(DeliveryResult.Failed.class);
    }

    @Test
    void a_key_that_cannot_be_a_header_is_refused() {
        assertThat(channel.send(sms("bad\r\nkey"))).isInstanceOf(DeliveryResult.Refused.class);
    }

    @Test
    void a_host_client_is_used() {
        channel = HttpSmsChannel.builder().endpoint(gateway.uri()).allowPlainHttpOnLoopback().noAuthentication()
                .senderId("+393331234567")
                .httpClient(HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build()).build();
        assertThat(answerWith(GatewayStub.json(200, "{\"id\":\"h-1\"}"))).isEqualTo(DeliveryResult.accepted("h-1"));
        assertThat(gateway.last().header("Authorization")).isNull();
    }

    @Test
    void an_interrupted_sender_gets_failed_and_keeps_its_interrupt() {
        gateway.answer(GatewayStub.hanging());
        Thread.currentThread().interrupt();
        try {
            assertThat(channel.send(sms("k-5"))).isInstanceOf(DeliveryResult.Failed.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void to_string_shows_no_secret_and_no_query() {
        HttpSmsChannel withQuery = builder().endpoint(URI.create(gateway.uri() + "?api_key=QUERYSECRET"))
                .basicAuth("user", "PASSWORD-XYZ").build();
        assertThat(withQuery.toString()).contains("127.0.0.1", "/v1/sms", "basic(user, ***)", "INPS")
                .doesNotContain("PASSWORD-XYZ", "QUERYSECRET");
        assertThat(channel.toString()).doesNotContain("tok-SECRET-123");
        assertThat(builder().toString()).doesNotContain("tok-SECRET-123");
        assertThat(sms("k").toString()).doesNotContain("3471234567", "Città");
    }
}
