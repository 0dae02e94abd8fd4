package dev.sportello.adapters.pushhttp;

import dev.sportello.spi.RetryAfter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The FCM v1 answers, one by one, without a server; and Retry-After. */
class FcmV1FormatTest {
    private static final FcmV1Format FCM = FcmV1Format.forProject("demo-project");
    private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (a, b) -> true);

    private static TargetAnswer answer(int status, String errorCode) {
        return FCM.answer(status, NO_HEADERS, "{\"error\":{\"code\":" + status + ",\"status\":\"X\",\"details\":[{\"@type\":"
                + "\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"" + errorCode + "\"}]}}");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "404, UNREGISTERED, Dead",
            "403, SENDER_ID_MISMATCH, Misconfigured",
            "400, INVALID_ARGUMENT, Rejected",
            "401, THIRD_PARTY_AUTH_ERROR, Misconfigured",
            "429, QUOTA_EXCEEDED, RetryLater",
            "503, UNAVAILABLE, RetryLater",
            "500, INTERNAL, RetryLater",
            "500, UNSPECIFIED_ERROR, RetryLater",
            "403, UNSPECIFIED_ERROR, Misconfigured",
            "404, UNSPECIFIED_ERROR, Misconfigured",
            "400, UNSPECIFIED_ERROR, Rejected",
            "401, UNSPECIFIED_ERROR, CredentialsRejected"})
    void each_fcm_error_code_has_its_meaning(int status, String errorCode, String meaning) {
        TargetAnswer answer = answer(status, errorCode);
        assertThat(answer.getClass().getSimpleName()).isEqualTo(meaning);
        assertThat(answer.toString()).contains(errorCode);
    }

    @Test
    void an_answer_without_details_is_read_from_the_http_status() {
        assertThat(FCM.answer(401, NO_HEADERS, "")).isEqualTo(new TargetAnswer.CredentialsRejected("HTTP_401"));
        assertThat(FCM.answer(403, NO_HEADERS, "{\"error\":{\"status\":\"PERMISSION_DENIED\"}}"))
                .isEqualTo(new TargetAnswer.Misconfigured("PERMISSION_DENIED"));
        assertThat(FCM.answer(404, NO_HEADERS, "<html>Not Found</html>")).isEqualTo(new TargetAnswer.Misconfigured("HTTP_404"));
        assertThat(FCM.answer(404, NO_HEADERS, "{\"error\":{\"code\":404,\"status\":\"NOT_FOUND\"}}"))
                .isEqualTo(new TargetAnswer.Misconfigured("NOT_FOUND"));
        assertThat(FCM.answer(413, NO_HEADERS, "")).isEqualTo(new TargetAnswer.Rejected("HTTP_413"));
        assertThat(FCM.answer(408, NO_HEADERS, "")).isEqualTo(new TargetAnswer.RetryLater("HTTP_408", null));
        assertThat(FCM.answer(504, NO_HEADERS, "gateway timeout")).isEqualTo(new TargetAnswer.RetryLater("HTTP_504", null));
        assertThat(FCM.answer(200, NO_HEADERS, "{\"name\":\"projects/demo-project/messages/1\"}"))
                .isEqualTo(new TargetAnswer.Delivered("projects/demo-project/messages/1"));
        assertThat(FCM.answer(200, NO_HEADERS, "{\"name\":\"line\\nbreak\"}")).isInstanceOf(TargetAnswer.RetryLater.class);
    }

    @Test
    void a_retry_info_detail_gives_the_wait_and_a_nonsense_one_is_ignored() {
        String body = "{\"error\":{\"code\":429,\"details\":[{\"@type\":\"type.googleapis.com/google.rpc.RetryInfo\","
                + "\"retryDelay\":\"%s\"}]}}";
        assertThat(FCM.answer(429, NO_HEADERS, String.format(body, "30s")))
                .isEqualTo(new TargetAnswer.RetryLater("HTTP_429", Duration.ofSeconds(30)));
        assertThat(FCM.answer(429, NO_HEADERS, String.format(body, "0s"))).isEqualTo(new TargetAnswer.RetryLater("HTTP_429", null));
        assertThat(FCM.answer(429, NO_HEADERS, String.format(body, "-3s"))).isEqualTo(new TargetAnswer.RetryLater("HTTP_429", null));
        assertThat(FCM.answer(429, NO_HEADERS, String.format(body, "999999999s")))
                .isEqualTo(new TargetAnswer.RetryLater("HTTP_429", RetryAfter.MAX));
    }

    @Test
    void retry_after_reads_seconds_and_dates_and_ignores_the_rest() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
        assertThat(RetryAfter.parse("120", clock.instant())).isEqualTo(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse(" 5 ", clock.instant())).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryAfter.parse("Wed, 02 Dec 2026 10:00:10 GMT", clock.instant())).isEqualTo(Duration.ofSeconds(10));
        assertThat(RetryAfter.parse("Wed, 02 Dec 2026 09:00:00 GMT", clock.instant())).isNull();
        assertThat(RetryAfter.parse("0", clock.instant())).isNull();
        assertThat(RetryAfter.parse("-5", clock.instant())).isNull();
        assertThat(RetryAfter.parse("soon", clock.instant())).isNull();
        assertThat(RetryAfter.parse(null, clock.instant())).isNull();
        assertThat(RetryAfter.parse("99999999999", clock.instant())).isEqualTo(RetryAfter.MAX);
    }

    @Test
    void error_codes_outside_the_plain_form_stay_out_of_reasons() {
        assertThat(Tally.code("UNREGISTERED")).isEqualTo("UNREGISTERED");
        assertThat(Tally.code("token abc is bad")).isEqualTo("UNRECOGNISED");
        assertThat(Tally.code("X".repeat(41))).isEqualTo("UNRECOGNISED");
        assertThat(Tally.code(null)).isEqualTo("UNRECOGNISED");
    }
}
