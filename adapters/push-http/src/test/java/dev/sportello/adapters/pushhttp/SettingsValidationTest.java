package dev.sportello.adapters.pushhttp;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every entry point either works or throws a SportelloException with a code and the field. */
class SettingsValidationTest {

    private static void refused(ThrowingCallable call, ErrorCode code, String field) {
        SportelloException e = catchThrowableOfType(SportelloException.class, call);
        assertThat(e).as("expected %s for %s", code, field).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.details()).containsEntry("field", field);
    }

    private static HttpPushChannel.Builder builder() {
        return HttpPushChannel.fcm("demo-project");
    }

    @Test
    void the_project_id_is_required_and_checked() {
        refused(() -> HttpPushChannel.fcm(null), ErrorCode.VALUE_REQUIRED, "FcmV1Format.projectId");
        refused(() -> HttpPushChannel.fcm(""), ErrorCode.CONFIG_INVALID, "FcmV1Format.projectId");
        refused(() -> FcmV1Format.forProject("demo/../other"), ErrorCode.CONFIG_INVALID, "FcmV1Format.projectId");
        refused(() -> FcmV1Format.forProject("demo project"), ErrorCode.CONFIG_INVALID, "FcmV1Format.projectId");
        assertThat(FcmV1Format.forProject("example.com:legacy-project").projectId()).isEqualTo("example.com:legacy-project");
    }

    @Test
    void the_format_and_the_token_supplier_are_required() {
        refused(() -> HttpPushChannel.builder(null), ErrorCode.VALUE_REQUIRED, "HttpPushChannel.format");
        refused(() -> builder().accessTokens(null), ErrorCode.VALUE_REQUIRED, "HttpPushChannel.accessTokens");
        refused(() -> builder().build(), ErrorCode.VALUE_REQUIRED, "HttpPushChannel.accessTokens");
    }

    @Test
    void the_endpoint_is_an_http_uri_with_a_host_and_nothing_else() {
        refused(() -> builder().endpoint(null), ErrorCode.VALUE_REQUIRED, "HttpPushChannel.endpoint");
        for (String bad : new String[]{"ftp://fcm.example", "fcm.googleapis.com", "/v1", "https://fcm.example?x=1",
                "https://fcm.example#top", "https://user:pw@fcm.example", "mailto:a@b.it"}) {
            refused(() -> builder().endpoint(URI.create(bad)), ErrorCode.CONFIG_INVALID, "HttpPushChannel.endpoint");
        }
        assertThatCode(() -> builder().endpoint(URI.create("https://push.inps.example/gateway/")).accessTokens(() -> "t").build())
                .doesNotThrowAnyException();
    }

    @Test
    void plain_http_is_refused_at_build_unless_the_host_is_a_loopback_address() {
        for (String bad : new String[]{"http://fcm.googleapis.com", "http://push.inps.example:8080/gw",
                "http://127.0.0.1.evil.example", "http://10.0.0.5", "http://[::2]"}) {
            refused(() -> builder().endpoint(URI.create(bad)).accessTokens(() -> "t").build(),
                    ErrorCode.CONFIG_INVALID, "HttpPushChannel.endpoint");
        }
        for (String loopback : new String[]{"http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:9",
                "http://127.10.20.30", "http://[::1]:8080", "HTTP://127.0.0.1"}) {
            assertThatCode(() -> builder().endpoint(URI.create(loopback)).accessTokens(() -> "t").build())
                    .as(loopback).doesNotThrowAnyException();
        }
    }

    @Test
    void timeouts_are_positive_and_bounded() {
        refused(() -> builder().connectTimeout(null), ErrorCode.VALUE_REQUIRED, "HttpPushChannel.connectTimeout");
        refused(() -> builder().connectTimeout(Duration.ZERO), ErrorCode.CONFIG_INVALID, "HttpPushChannel.connectTimeout");
        refused(() -> builder().requestTimeout(null), ErrorCode.VALUE_REQUIRED, "HttpPushChannel.requestTimeout");
        refused(() -> builder().requestTimeout(Duration.ofMillis(-1)), ErrorCode.CONFIG_INVALID, "HttpPushChannel.requestTimeout");
        refused(() -> builder().requestTimeout(Duration.ofMinutes(6)), ErrorCode.CONFIG_INVALID, "HttpPushChannel.requestTimeout");
    }

    @Test
    void parallelism_memory_and_clock_are_checked() {
        refused(() -> builder().parallelism(0), ErrorCode.CONFIG_INVALID, "HttpPushChannel.parallelism");
        refused(() -> builder().parallelism(65), ErrorCode.CONFIG_INVALID, "HttpPushChannel.parallelism");
        refused(() -> builder().rememberedMessages(0), ErrorCode.CONFIG_INVALID, "HttpPushChannel.rememberedMessages");
        refused(() -> builder().rememberedMessages(1_000_001), ErrorCode.CONFIG_INVALID, "HttpPushChannel.rememberedMessages");
        refused(() -> builder().clock(null), ErrorCode.VALUE_REQUIRED, "HttpPushChannel.clock");
        assertThatCode(() -> builder().parallelism(64).rememberedMessages(1).accessTokens(() -> "t").build())
                .doesNotThrowAnyException();
    }

    @Test
    void a_push_request_is_checked() {
        refused(() -> new PushRequest(null, "application/json", "{}"), ErrorCode.VALUE_REQUIRED, "path");
        refused(() -> new PushRequest("/send", null, "{}"), ErrorCode.VALUE_REQUIRED, "contentType");
        refused(() -> new PushRequest("/send", "application/json", null), ErrorCode.VALUE_REQUIRED, "body");
        refused(() -> new PushRequest("/send", "application/json", "{}", null), ErrorCode.VALUE_REQUIRED, "headers");
        refused(() -> new PushRequest("send", "application/json", "{}"), ErrorCode.VALUE_INVALID, "path");
        refused(() -> new PushRequest("//evil.example/send", "application/json", "{}"), ErrorCode.VALUE_INVALID, "path");
        refused(() -> new PushRequest("/se nd", "application/json", "{}"), ErrorCode.VALUE_INVALID, "path");
        refused(() -> new PushRequest("/send", "application/json", "{}", Map.of("Authorization", "Basic x")),
                ErrorCode.VALUE_INVALID, "headers");
        assertThat(new PushRequest("/send", "application/json", "{\"token\":\"secret\"}").toString()).doesNotContain("secret");
    }

    @Test
    void target_answers_are_checked() {
        refused(() -> new TargetAnswer.Delivered(null), ErrorCode.VALUE_REQUIRED, "messageId");
        refused(() -> new TargetAnswer.Delivered(" "), ErrorCode.VALUE_INVALID, "messageId");
        refused(() -> new TargetAnswer.Delivered("m".repeat(201)), ErrorCode.VALUE_INVALID, "messageId");
        refused(() -> new TargetAnswer.Dead(null), ErrorCode.VALUE_REQUIRED, "errorCode");
        refused(() -> new TargetAnswer.Rejected(null), ErrorCode.VALUE_REQUIRED, "errorCode");
        refused(() -> new TargetAnswer.CredentialsRejected(null), ErrorCode.VALUE_REQUIRED, "errorCode");
        refused(() -> new TargetAnswer.RetryLater(null, null), ErrorCode.VALUE_REQUIRED, "errorCode");
        refused(() -> new TargetAnswer.RetryLater("UNAVAILABLE", Duration.ZERO), ErrorCode.VALUE_INVALID, "retryAfter");
    }
}
