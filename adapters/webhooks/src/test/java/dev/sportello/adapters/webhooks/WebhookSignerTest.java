package dev.sportello.adapters.webhooks;

import com.standardwebhooks.Webhook;
import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The signer against the specification's published test vector and the reference library. */
class WebhookSignerTest {
    // Standard Webhooks test vector (libraries/go/webhook_test.go; checked in LIBRARY-PICKS.md §2)
    static final String VECTOR_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String VECTOR_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long VECTOR_TS = 1614265330L;
    static final String VECTOR_BODY = "{\"test\": 2432232314}";
    static final String VECTOR_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static byte[] body() {
        return VECTOR_BODY.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_published_test_vector_is_signed_exactly() {
        String header = WebhookSigner.signature(VECTOR_ID, VECTOR_TS, body(), List.of(WebhookSecret.parse(VECTOR_SECRET)));
        assertThat(header).isEqualTo(VECTOR_SIGNATURE);
    }

    @Test
    void the_published_test_vector_verifies_in_the_verifier_at_its_time() {
        WebhookVerifier verifier = WebhookVerifier.builder().secret(WebhookSecret.parse(VECTOR_SECRET))
                .clock(Clock.fixed(Instant.ofEpochSecond(VECTOR_TS + 10), ZoneOffset.UTC)).build();
        VerifiedWebhook verified = verifier.verify(VECTOR_ID, Long.toString(VECTOR_TS), VECTOR_SIGNATURE, body());
        assertThat(verified.id()).isEqualTo(VECTOR_ID);
        assertThat(verified.timestamp()).isEqualTo(Instant.ofEpochSecond(VECTOR_TS));
    }

    @Test
    void the_reference_library_signs_the_same() throws Exception {
        Webhook oracle = new Webhook(VECTOR_SECRET);
        assertThat(oracle.sign(VECTOR_ID, VECTOR_TS, VECTOR_BODY)).isEqualTo(VECTOR_SIGNATURE);
        WebhookSecret other = Fixtures.secret(7);
        assertThat(WebhookSigner.signature("evt-1", 1_700_000_000L, body(), List.of(other)))
                .isEqualTo(new Webhook(other.reveal()).sign("evt-1", 1_700_000_000L, VECTOR_BODY));
    }

    @Test
    void two_secrets_give_two_signatures_each_verifiable_by_the_reference_library() throws Exception {
        WebhookSecret old = Fixtures.secret(1);
        WebhookSecret fresh = Fixtures.secret(2);
        long now = Instant.now().getEpochSecond();
        String header = WebhookSigner.signature("evt-2", now, body(), List.of(old, fresh));
        assertThat(header.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        HttpHeaders headers = HttpHeaders.of(Map.of("webhook-id", List.of("evt-2"),
                "webhook-timestamp", List.of(Long.toString(now)), "webhook-signature", List.of(header)), (a, b) -> true);
        new Webhook(fresh.reveal()).verify(VECTOR_BODY, headers);
        new Webhook(old.reveal()).verify(VECTOR_BODY, headers);
    }

    @Test
    void bad_arguments_are_coded_errors_naming_the_field() {
        List<WebhookSecret> one = List.of(Fixtures.secret(1));
        assertField(() -> WebhookSigner.signature(null, 1, body(), one), ErrorCode.VALUE_REQUIRED, "id");
        assertField(() -> WebhookSigner.signature("a.b", 1, body(), one), ErrorCode.VALUE_INVALID, "id");
        assertField(() -> WebhookSigner.signature("", 1, body(), one), ErrorCode.VALUE_INVALID, "id");
        assertField(() -> WebhookSigner.signature("a b", 1, body(), one), ErrorCode.VALUE_INVALID, "id");
        assertField(() -> WebhookSigner.signature("a", -1, body(), one), ErrorCode.VALUE_INVALID, "timestamp");
        assertField(() -> WebhookSigner.signature("a", 1, null, one), ErrorCode.VALUE_REQUIRED, "body");
        assertField(() -> WebhookSigner.signature("a", 1, body(), null), ErrorCode.VALUE_REQUIRED, "secrets");
        assertField(() -> WebhookSigner.signature("a", 1, body(), List.of()), ErrorCode.VALUE_INVALID, "secrets");
        assertField(() -> WebhookSigner.signature("a", 1, body(), java.util.Arrays.asList((WebhookSecret) null)),
                ErrorCode.VALUE_REQUIRED, "secrets[0]");
    }

    static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.details()).containsEntry("field", field);
        });
    }
}
