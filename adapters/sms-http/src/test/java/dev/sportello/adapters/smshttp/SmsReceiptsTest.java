package dev.sportello.adapters.smshttp;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.notifications.ReceiptOutcome;
import dev.sportello.notifications.ReportReceipt;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Receipts: the signature and timestamp checks, the body's reading, the status words and the per-part rule. */
class SmsReceiptsTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final String SECRET = "receipt-secret-0123456789";
    private static final String NEW_SECRET = "receipt-secret-rotated-ABCDEF";
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final SmsReceipts receipts = SmsReceipts.builder().addSecret(SECRET).clock(CLOCK).build();

    static String hex(String secret, byte[] content) {
        return HexFormat.of().formatHex(mac(secret, content));
    }

    static byte[] mac(String secret, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(content);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<ReportReceipt> signedRead(SmsReceipts reader, String json) {
        byte[] body = utf8(json);
        return reader.read(Map.of("X-Signature", List.of(hex(SECRET, body))), body);
    }

    private List<ReportReceipt> read(String json) {
        return signedRead(receipts, json);
    }

    static SportelloException failure(ThrowingCallable call, ErrorCode code) {
        SportelloException e = catchThrowableOfType(SportelloException.class, call);
        assertThat(e).as("expected %s", code).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        return e;
    }

    private static void malformed(ThrowingCallable call, String field) {
        assertThat(failure(call, ErrorCode.TRN_RECEIPT_MALFORMED).details()).containsEntry("field", field);
    }

    @Test
    void a_validly_signed_receipt_is_read() {
        assertThat(read("{\"id\":\"gw-1\",\"status\":\"DELIVERED\",\"at\":\"2026-12-02T09:59:30Z\"}"))
                .containsExactly(new ReportReceipt(Channel.SMS, "gw-1", ReceiptOutcome.DELIVERED,
                        Instant.parse("2026-12-02T09:59:30Z")));
    }

    @Test
    void base64_signatures_with_a_scheme_prefix_and_lower_case_header_names_are_accepted() {
        byte[] body = utf8("{\"id\":\"gw-1\",\"status\":\"failed\"}");
        String b64 = Base64.getEncoder().encodeToString(mac(SECRET, body));
        assertThat(receipts.read(Map.of("x-signature", List.of("sha256=" + b64)), body))
                .extracting(ReportReceipt::outcome).containsExactly(ReceiptOutcome.FAILED);
        assertThat(receipts.read(name -> name.equalsIgnoreCase("X-Signature") ? "v1," + b64 : null, body))
                .hasSize(1);
    }

    @Test
    void a_wrong_signature_is_refused() {
        byte[] body = utf8("{\"id\":\"gw-1\",\"status\":\"DELIVERED\"}");
        failure(() -> receipts.read(Map.of("X-Signature", List.of(hex("another-secret-0123456789", body))), body),
                ErrorCode.TRN_SIGNATURE_INVALID);
        failure(() -> receipts.read(Map.of("X-Signature", List.of("not a signature")), body),
                ErrorCode.TRN_SIGNATURE_INVALID);
        byte[] tampered = utf8("{\"id\":\"gw-2\",\"status\":\"DELIVERED\"}");
        failure(() -> receipts.read(Map.of("X-Signature", List.of(hex(SECRET, body))), tampered),
                ErrorCode.TRN_SIGNATURE_INVALID);
    }

    @Test
    void during_a_rotation_both_secrets_are_accepted_and_others_are_not() {
        SmsReceipts rotating = SmsReceipts.builder().addSecret(SECRET).addSecret(utf8(NEW_SECRET)).clock(CLOCK).build();
        byte[] body = utf8("{\"id\":\"gw-1\",\"status\":\"DELIVERED\"}");
        assertThat(rotating.read(Map.of("X-Signature", List.of(hex(SECRET, body))), body)).hasSize(1);
        assertThat(rotating.read(Map.of("X-Signature", List.of(hex(NEW_SECRET, body))), body)).hasSize(1);
        assertThat(rotating.read(Map.of("X-Signature", List.of("deadbeef " + hex(NEW_SECRET, body))), body)).hasSize(1);
        failure(() -> rotating.read(Map.of("X-Signature", List.of(hex("third-secret-0123456789", body))), body),
                ErrorCode.TRN_SIGNATURE_INVALID);
        assertThat(rotating.toString()).contains("2 secret(s)").doesNotContain(SECRET, NEW_SECRET);
    }

    @Test
    void a_missing_signature_or_timestamp_header_names_the_header() {
        byte[] body = utf8("{\"id\":\"gw-1\",\"status\":\"DELIVERED\"}");
        assertThat(failure(() -> receipts.read(Map.of(), body), ErrorCode.TRN_HEADER_MISSING).details())
                .containsEntry("field", "X-Signature");
        assertThat(failure(() -> receipts.read(Map.of("X-Signature", List.of(" ")), body), ErrorCode.TRN_HEADER_MISSING)
                .details()).containsEntry("field", "X-Signature");
        SmsReceipts timed = SmsReceipts.builder().addSecret(SECRET).signatureHeader("X-Provider-Signature")
                .timestampHeader("X-Timestamp", Duration.ofMinutes(5)).signedContent(SignedContent.TIMESTAMP_DOT_BODY)
                .clock(CLOCK).build();
        assertThat(failure(() -> timed.read(Map.of("X-Provider-Signature", List.of(hex(SECRET, body))), body),
                ErrorCode.TRN_HEADER_MISSING).details()).containsEntry("field", "X-Timestamp");
    }

    @Test
    void a_timestamp_outside_the_tolerance_is_refused() {
        SmsReceipts timed = SmsReceipts.builder().addSecret(SECRET).timestampHeader("X-Timestamp", Duration.ofMinutes(5))
                .signedContent(SignedContent.TIMESTAMP_DOT_BODY).clock(CLOCK).build();
        String json = "{\"id\":\"gw-1\",\"status\":\"DELIVERED\"}";
        byte[] body = utf8(json);
        long now = NOW.getEpochSecond();
        String ok = Long.toString(now - 299);
        assertThat(timed.read(Map.of("X-Signature", List.of(hex(SECRET, utf8(ok + "." + json))), "X-Timestamp", List.of(ok)),
                body)).hasSize(1);
        for (String ts : new String[]{Long.toString(now - 301), Long.toString(now + 301), "yesterday", "-5", "1e9"}) {
            String signature = hex(SECRET, utf8(ts + "." + json));
            failure(() -> timed.read(Map.of("X-Signature", List.of(signature), "X-Timestamp", List.of(ts)), body),
                    ErrorCode.TRN_TIMESTAMP_OUT_OF_TOLERANCE);
        }
    }

    @Test
    void a_signed_timestamp_cannot_be_refreshed_by_a_replayer() {
        SmsReceipts timed = SmsReceipts.builder().addSecret(SECRET).timestampHeader("X-Timestamp", Duration.ofMinutes(5))
                .signedContent(SignedContent.TIMESTAMP_DOT_BODY).clock(CLOCK).build();
        byte[] body = utf8("{\"id\":\"gw-1\",\"status\":\"DELIVERED\"}");
        String ts = Long.toString(NOW.getEpochSecond());
        String old = Long.toString(NOW.getEpochSecond() - 3600);
        String signedNow = hex(SECRET, utf8(ts + "." + new String(body, StandardCharsets.UTF_8)));
        String signedOld = hex(SECRET, utf8(old + "." + new String(body, StandardCharsets.UTF_8)));
        assertThat(timed.read(Map.of("X-Signature", List.of(signedNow), "X-Timestamp", List.of(ts)), body)).hasSize(1);
        failure(() -> timed.read(Map.of("X-Signature", List.of(signedOld), "X-Timestamp", List.of(ts)), body),
                ErrorCode.TRN_SIGNATURE_INVALID);
        failure(() -> timed.read(Map.of("X-Signature", List.of(hex(SECRET, body)), "X-Timestamp", List.of(ts)), body),
                ErrorCode.TRN_SIGNATURE_INVALID);
    }

    @Test
    void the_signature_is_checked_before_the_body_is_parsed() {
        byte[] hostile = utf8("[".repeat(10_000));
        failure(() -> receipts.read(Map.of("X-Signature", List.of(hex("wrong-secret-0123456789", hostile))), hostile),
                ErrorCode.TRN_SIGNATURE_INVALID);
    }

    @Test
    void hostile_or_broken_json_is_a_coded_error() {
        Map<String, String> cases = Map.of(
                "not json", "not well-formed JSON",
                "[".repeat(5_000), "nested deeper than 32",
                "{\"id\":\"a\",\"status\":\"DELIVERED\",\"at\":1" + "0".repeat(1_000) + "}", "a number longer than 40 characters",
                "{\"id\":\"a\",\"id\":\"b\",\"status\":\"DELIVERED\"}", "a duplicate key",
                "{\"id\":\"a\",\"status\":\"DELIVERED\"} {}", "not readable");
        cases.forEach((json, reason) -> assertThat(failure(() -> read(json), ErrorCode.TRN_JSON_MALFORMED).details())
                .as(json.substring(0, Math.min(40, json.length())))
                .containsEntry("field", "$").containsKey("reason"));
        assertThat(failure(() -> read("[".repeat(5_000)), ErrorCode.TRN_JSON_MALFORMED).details())
                .containsEntry("reason", "nested deeper than 32");
        assertThat(failure(() -> read("{\"id\":\"a\",\"id\":\"b\",\"status\":\"DELIVERED\"}"), ErrorCode.TRN_JSON_MALFORMED)
                .details()).containsEntry("reason", "a duplicate key");
    }

    @Test
    void a_body_over_the_cap_is_refused_before_anything_else() {
        SmsReceipts small = SmsReceipts.builder().addSecret(SECRET).maxBodyBytes(1024).build();
        byte[] big = utf8("{\"id\":\"a\",\"status\":\"DELIVERED\",\"pad\":\"" + "x".repeat(1024) + "\"}");
        assertThat(failure(() -> small.read(Map.of(), big), ErrorCode.TRN_JSON_MALFORMED).details())
                .containsEntry("reason", "larger than 1024 bytes");
    }

    @Test
    void malformed_receipts_name_the_json_path() {
        malformed(() -> read("{\"status\":\"DELIVERED\"}"), "$.id");
        malformed(() -> read("{\"id\":\"\",\"status\":\"DELIVERED\"}"), "$.id");
        malformed(() -> read("{\"id\":\"" + "x".repeat(201) + "\",\"status\":\"DELIVERED\"}"), "$.id");
        malformed(() -> read("{\"id\":\"a\"}"), "$.status");
        malformed(() -> read("[{\"id\":\"a\",\"status\":\"DELIVERED\"},{\"id\":\"b\"}]"), "$[1].status");
        malformed(() -> read("{\"id\":\"a\",\"status\":\"TELEPORTED\"}"), "$.status");
        malformed(() -> read("{\"id\":\"a\",\"status\":\"DELIVERED\",\"at\":\"yesterday\"}"), "$.at");
        malformed(() -> read("{\"id\":\"a\",\"status\":\"DELIVERED\",\"at\":-1}"), "$.at");
        malformed(() -> read("{\"id\":\"a\",\"status\":\"DELIVERED\",\"part\":3,\"parts\":2}"), "$.part");
        malformed(() -> read("{\"id\":\"a\",\"status\":\"DELIVERED\",\"part\":1}"), "$.parts");
        malformed(() -> read("{\"id\":\"a\",\"status\":\"DELIVERED\",\"part\":0,\"parts\":2}"), "$.part");
        malformed(() -> read("\"DELIVERED\""), "$");
        malformed(() -> read("[1]"), "$[0]");
        malformed(() -> read("[" + "{\"id\":\"a\",\"status\":\"ENROUTE\"},".repeat(1_000) + "{}]"), "$");
    }

    @Test
    void status_words_map_case_insensitively_and_interim_words_give_no_receipt() {
        assertThat(read("[{\"id\":\"a\",\"status\":\"DELIVRD\"},{\"id\":\"b\",\"status\":\"undeliv\"},"
                + "{\"id\":\"c\",\"status\":\"Expired\"},{\"id\":\"d\",\"status\":\"ENROUTE\"},"
                + "{\"id\":\"e\",\"status\":\"rejectd\"}]"))
                .extracting(ReportReceipt::providerId, ReportReceipt::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", ReceiptOutcome.DELIVERED),
                        org.assertj.core.groups.Tuple.tuple("b", ReceiptOutcome.FAILED),
                        org.assertj.core.groups.Tuple.tuple("c", ReceiptOutcome.EXPIRED),
                        org.assertj.core.groups.Tuple.tuple("e", ReceiptOutcome.FAILED));
        assertThat(read("[]")).isEmpty();
    }

    @Test
    void the_mapping_and_the_fields_are_configurable() {
        SmsReceipts custom = SmsReceipts.builder().addSecret(SECRET).clock(CLOCK)
                .providerIdPointer("/message/id").statusPointer("/delivery/code").timePointer("/delivery/ts")
                .statusMapping(Map.of("0", ReceiptOutcome.DELIVERED, "ko", ReceiptOutcome.FAILED))
                .interimStatuses(Set.of("1")).build();
        assertThat(signedRead(custom, "[{\"message\":{\"id\":42},\"delivery\":{\"code\":0,\"ts\":1764669600}},"
                + "{\"message\":{\"id\":\"43\"},\"delivery\":{\"code\":\"KO\",\"ts\":1764669600123}},"
                + "{\"message\":{\"id\":\"44\"},\"delivery\":{\"code\":1}}]"))
                .containsExactly(
                        new ReportReceipt(Channel.SMS, "42", ReceiptOutcome.DELIVERED, Instant.ofEpochSecond(1764669600)),
                        new ReportReceipt(Channel.SMS, "43", ReceiptOutcome.FAILED, Instant.ofEpochMilli(1764669600123L)));
        malformed(() -> signedRead(custom, "{\"message\":{\"id\":\"45\"},\"delivery\":{\"code\":\"DELIVERED\"}}"),
                "$.delivery.code");
    }

    @Test
    void times_in_iso_with_an_offset_and_absent_times_are_read() {
        assertThat(read("{\"id\":\"a\",\"status\":\"DELIVERED\",\"at\":\"2026-12-02T10:30:00+01:00\"}").get(0).at())
                .isEqualTo(Instant.parse("2026-12-02T09:30:00Z"));
        assertThat(read("{\"id\":\"a\",\"status\":\"DELIVERED\"}").get(0).at()).isEqualTo(NOW);
        assertThat(read("{\"id\":\"a\",\"status\":\"DELIVERED\",\"at\":null}").get(0).at()).isEqualTo(NOW);
    }

    @Test
    void a_delivered_part_counts_only_when_it_is_the_last() {
        assertThat(read("{\"id\":\"m\",\"status\":\"DELIVERED\",\"part\":1,\"parts\":2}")).isEmpty();
        assertThat(read("{\"id\":\"m\",\"status\":\"DELIVERED\",\"part\":2,\"parts\":2}"))
                .extracting(ReportReceipt::outcome).containsExactly(ReceiptOutcome.DELIVERED);
        assertThat(read("{\"id\":\"m\",\"status\":\"DELIVERED\",\"part\":1,\"parts\":1}"))
                .extracting(ReportReceipt::outcome).containsExactly(ReceiptOutcome.DELIVERED);
    }

    @Test
    void any_failed_or_expired_part_fails_the_message_and_wins_within_a_body() {
        assertThat(read("{\"id\":\"m\",\"status\":\"FAILED\",\"part\":1,\"parts\":3}"))
                .extracting(ReportReceipt::outcome).containsExactly(ReceiptOutcome.FAILED);
        assertThat(read("[{\"id\":\"m\",\"status\":\"DELIVERED\",\"part\":2,\"parts\":2,\"at\":\"2026-12-02T09:00:00Z\"},"
                + "{\"id\":\"m\",\"status\":\"EXPIRED\",\"part\":1,\"parts\":2,\"at\":\"2026-12-02T09:01:00Z\"},"
                + "{\"id\":\"m\",\"status\":\"FAILED\",\"part\":1,\"parts\":2}]"))
                .containsExactly(new ReportReceipt(Channel.SMS, "m", ReceiptOutcome.EXPIRED,
                        Instant.parse("2026-12-02T09:01:00Z")));
        assertThat(read("[{\"id\":\"m\",\"status\":\"DELIVERED\",\"part\":1,\"parts\":2},"
                + "{\"id\":\"n\",\"status\":\"DELIVERED\"},"
                + "{\"id\":\"m\",\"status\":\"DELIVERED\",\"part\":2,\"parts\":2}]"))
                .extracting(ReportReceipt::providerId).containsExactly("n", "m");
    }

    @Test
    void out_of_order_parts_in_separate_bodies_each_decide_alone_as_documented() {
        // stateless: the last part's delivery decides its body; the SDK then refuses the later failure as a conflict
        assertThat(read("{\"id\":\"m\",\"status\":\"DELIVERED\",\"part\":2,\"parts\":2}"))
                .extracting(ReportReceipt::outcome).containsExactly(ReceiptOutcome.DELIVERED);
        assertThat(read("{\"id\":\"m\",\"status\":\"FAILED\",\"part\":1,\"parts\":2}"))
                .extracting(ReportReceipt::outcome).containsExactly(ReceiptOutcome.FAILED);
    }

    @Test
    void null_arguments_are_value_required() {
        assertThat(failure(() -> receipts.read((Map<String, List<String>>) null, new byte[0]), ErrorCode.VALUE_REQUIRED)
                .details()).containsEntry("field", "headers");
        assertThat(failure(() -> receipts.read(Map.of(), null), ErrorCode.VALUE_REQUIRED).details())
                .containsEntry("field", "body");
        assertThat(failure(() -> receipts.read((java.util.function.Function<String, String>) null, new byte[0]),
                ErrorCode.VALUE_REQUIRED).details()).containsEntry("field", "header");
    }
}
