package dev.sportello.adapters.webhooks;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.sportello.adapters.webhooks.WebhookSignerTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The receiver's verifier, with hostile input. */
class WebhookVerifierTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private static final WebhookSecret SECRET = Fixtures.secret(11);
    private static final byte[] BODY = "{\"specversion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8);

    private final Fixtures.MovableClock clock = new Fixtures.MovableClock(NOW);
    private final WebhookVerifier verifier = WebhookVerifier.builder().secret(SECRET).clock(clock).build();

    private static String ts() {
        return Long.toString(NOW.getEpochSecond());
    }

    private static String sign(String id, byte[] body, WebhookSecret... secrets) {
        return WebhookSigner.signature(id, NOW.getEpochSecond(), body, List.of(secrets));
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SportelloException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void a_well_signed_request_verifies_once_then_is_a_replay() {
        String sig = sign("evt-1", BODY, SECRET);
        assertThat(verifier.verify("evt-1", ts(), sig, BODY).id()).isEqualTo("evt-1");
        assertCode(() -> verifier.verify("evt-1", ts(), sig, BODY), ErrorCode.TRN_REPLAYED);
    }

    @Test
    void a_forgotten_id_is_accepted_again_so_that_a_retry_after_a_failed_handling_passes() {
        String sig = sign("evt-2", BODY, SECRET);
        verifier.verify("evt-2", ts(), sig, BODY);
        verifier.forget("evt-2");
        assertThat(verifier.verify("evt-2", ts(), sig, BODY).id()).isEqualTo("evt-2");
    }

    @Test
    void missing_or_blank_headers_name_the_header() {
        String sig = sign("evt-3", BODY, SECRET);
        assertField(() -> verifier.verify(null, ts(), sig, BODY), ErrorCode.TRN_HEADER_MISSING, "webhook-id");
        assertField(() -> verifier.verify(" ", ts(), sig, BODY), ErrorCode.TRN_HEADER_MISSING, "webhook-id");
        assertField(() -> verifier.verify("evt-3", null, sig, BODY), ErrorCode.TRN_HEADER_MISSING, "webhook-timestamp");
        assertField(() -> verifier.verify("evt-3", ts(), null, BODY), ErrorCode.TRN_HEADER_MISSING, "webhook-signature");
        assertField(() -> verifier.verify("evt-3", ts(), "", BODY), ErrorCode.TRN_HEADER_MISSING, "webhook-signature");
        assertField(() -> verifier.verify(Map.of("webhook-id", List.of("evt-3")), BODY),
                ErrorCode.TRN_HEADER_MISSING, "webhook-timestamp");
        assertField(() -> verifier.verify(Map.of(), BODY), ErrorCode.TRN_HEADER_MISSING, "webhook-id");
    }

    @Test
    void garbled_ids_and_non_numeric_timestamps_are_unusable_headers() {
        String sig = sign("evt-4", BODY, SECRET);
        for (String ts : List.of("abc", "-5", "1.5", "1e9", "0x10", "9999999999999", "１２３")) {
            assertField(() -> verifier.verify("evt-4", ts, sig, BODY), ErrorCode.TRN_HEADER_MISSING, "webhook-timestamp");
        }
        for (String id : List.of("a.b", "evt\r\n4", "é", "x".repeat(257), "a,b")) {
            assertField(() -> verifier.verify(id, ts(), sig, BODY), ErrorCode.TRN_HEADER_MISSING, "webhook-id");
        }
    }

    @Test
    void timestamps_outside_the_tolerance_are_refused_both_ways() {
        long old = NOW.minus(Duration.ofMinutes(5).plusSeconds(1)).getEpochSecond();
        long future = NOW.plus(Duration.ofMinutes(5).plusSeconds(1)).getEpochSecond();
        for (long t : new long[] {old, future, 0}) {
            String sig = WebhookSigner.signature("evt-5", t, BODY, List.of(SECRET));
            assertCode(() -> verifier.verify("evt-5", Long.toString(t), sig, BODY), ErrorCode.TRN_TIMESTAMP_OUT_OF_TOLERANCE);
        }
        long edge = NOW.minus(Duration.ofMinutes(5)).getEpochSecond();
        String sig = WebhookSigner.signature("evt-5", edge, BODY, List.of(SECRET));
        assertThat(verifier.verify("evt-5", Long.toString(edge), sig, BODY).id()).isEqualTo("evt-5");
    }

    @Test
    void a_signature_list_with_junk_entries_verifies_on_its_valid_entry() {
        String valid = sign("evt-6", BODY, SECRET);
        String header = "v1 , v1,!!!notbase64 v2,abcd v1a,hnO3f9T8Ytu9HwrXslvumlUpqtNVqkhqw== junk ,,, v1, \t " + valid + "  ";
        assertThat(verifier.verify("evt-6", ts(), header, BODY).id()).isEqualTo("evt-6");
    }

    @Test
    void only_junk_or_foreign_signatures_are_invalid() {
        String foreign = sign("evt-7", BODY, Fixtures.secret(99));
        String v1aOnly = "v1a," + sign("evt-7", BODY, SECRET).substring(3);
        for (String header : List.of("junk", "v1,", "v1,AAAA", foreign, v1aOnly, ",,,,", "v1," + "A".repeat(10_000))) {
            assertCode(() -> verifier.verify("evt-7", ts(), header, BODY), ErrorCode.TRN_SIGNATURE_INVALID);
        }
    }

    @Test
    void a_valid_entry_past_the_first_32_is_not_looked_at() {
        String header = "junk ".repeat(32) + sign("evt-8", BODY, SECRET);
        assertCode(() -> verifier.verify("evt-8", ts(), header, BODY), ErrorCode.TRN_SIGNATURE_INVALID);
    }

    @Test
    void a_tampered_body_id_or_timestamp_is_invalid() {
        String sig = sign("evt-9", BODY, SECRET);
        byte[] tampered = BODY.clone();
        tampered[2] ^= 1;
        assertCode(() -> verifier.verify("evt-9", ts(), sig, tampered), ErrorCode.TRN_SIGNATURE_INVALID);
        assertCode(() -> verifier.verify("evt-90", ts(), sig, BODY), ErrorCode.TRN_SIGNATURE_INVALID);
        assertCode(() -> verifier.verify("evt-9", Long.toString(NOW.getEpochSecond() + 1), sig, BODY),
                ErrorCode.TRN_SIGNATURE_INVALID);
    }

    @Test
    void an_empty_body_verifies_only_when_it_is_what_was_signed() {
        assertCode(() -> verifier.verify("evt-10", ts(), sign("evt-10", BODY, SECRET), new byte[0]),
                ErrorCode.TRN_SIGNATURE_INVALID);
        assertThat(verifier.verify("evt-11", ts(), sign("evt-11", new byte[0], SECRET), new byte[0]).id()).isEqualTo("evt-11");
        assertField(() -> verifier.verify("evt-12", ts(), "v1,AAAA", null), ErrorCode.VALUE_REQUIRED, "body");
    }

    @Test
    void during_a_rotation_either_secret_verifies() {
        WebhookSecret fresh = Fixtures.secret(12);
        WebhookVerifier both = WebhookVerifier.builder().secrets(List.of(SECRET, fresh)).clock(clock).build();
        assertThat(both.verify("evt-13", ts(), sign("evt-13", BODY, fresh), BODY).id()).isEqualTo("evt-13");
        assertThat(both.verify("evt-14", ts(), sign("evt-14", BODY, SECRET), BODY).id()).isEqualTo("evt-14");
        WebhookVerifier onlyNew = WebhookVerifier.builder().secret(fresh).clock(clock).build();
        assertThat(onlyNew.verify("evt-15", ts(), sign("evt-15", BODY, SECRET, fresh), BODY).id()).isEqualTo("evt-15");
    }

    @Test
    void headers_are_matched_case_insensitively_and_several_signature_headers_are_joined() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("Webhook-Id", List.of("evt-16"));
        headers.put("WEBHOOK-TIMESTAMP", List.of(ts()));
        headers.put("webhook-signature", List.of("v1,AAAA", sign("evt-16", BODY, SECRET)));
        headers.put(null, List.of("HTTP/1.1 200"));
        headers.put("x-other", null);
        assertThat(verifier.verify(headers, BODY).id()).isEqualTo("evt-16");
    }

    @Test
    void a_replay_after_the_tolerance_is_refused_by_its_old_timestamp() {
        String sig = sign("evt-17", BODY, SECRET);
        verifier.verify("evt-17", ts(), sig, BODY);
        clock.advance(Duration.ofMinutes(11));
        assertCode(() -> verifier.verify("evt-17", ts(), sig, BODY), ErrorCode.TRN_TIMESTAMP_OUT_OF_TOLERANCE);
    }

    @Test
    void expired_ids_are_purged_by_expiry_not_by_arrival_so_a_long_lived_id_is_not_evicted() {
        InMemoryReplayStore store = new InMemoryReplayStore(3);
        assertThat(store.remember("long", NOW, Duration.ofHours(1))).isTrue();
        assertThat(store.remember("short-1", NOW, Duration.ofMinutes(1))).isTrue();
        assertThat(store.remember("short-2", NOW, Duration.ofMinutes(1))).isTrue();
        Instant later = NOW.plus(Duration.ofMinutes(2));
        assertThat(store.remember("new-1", later, Duration.ofMinutes(1))).isTrue();
        assertThat(store.remember("new-2", later, Duration.ofMinutes(1))).isTrue();
        assertThat(store.size()).as("both short ids purged behind the long one").isEqualTo(3);
        assertThat(store.remember("long", later, Duration.ofHours(1))).as("still a replay").isFalse();
        assertThat(store.remember("short-1", later, Duration.ofMinutes(1))).as("expired").isTrue();
    }

    @Test
    void a_full_store_evicts_the_id_that_expires_first() {
        InMemoryReplayStore store = new InMemoryReplayStore(2);
        assertThat(store.remember("long", NOW, Duration.ofHours(1))).isTrue();
        assertThat(store.remember("soon", NOW, Duration.ofMinutes(10))).isTrue();
        assertThat(store.remember("mid", NOW, Duration.ofMinutes(30))).isTrue();
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.remember("long", NOW, Duration.ofHours(1))).as("kept").isFalse();
        assertThat(store.remember("mid", NOW, Duration.ofMinutes(30))).as("kept").isFalse();
        assertThat(store.remember("soon", NOW, Duration.ofMinutes(10))).as("evicted, the first to expire").isTrue();
        assertThat(store.size()).as("the newcomer expires first, so it is the one dropped").isEqualTo(2);
        assertThat(store.remember("mid", NOW, Duration.ofMinutes(30))).isFalse();
        store.forget("mid");
        store.forget("unknown");
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.remember("mid", NOW, Duration.ofMinutes(30))).as("forgotten").isTrue();
        assertThat(store.remember("long", NOW, Duration.ofHours(1))).isFalse();
    }

    @Test
    void the_in_memory_replay_store_is_bounded_and_drops_the_oldest_of_equal_expiry() {
        InMemoryReplayStore store = new InMemoryReplayStore(2);
        Duration ttl = Duration.ofMinutes(10);
        assertThat(store.remember("a", NOW, ttl)).isTrue();
        assertThat(store.remember("b", NOW, ttl)).isTrue();
        assertThat(store.remember("a", NOW, ttl)).isFalse();
        assertThat(store.remember("c", NOW, ttl)).isTrue();
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.remember("a", NOW, ttl)).as("dropped as the oldest").isTrue();
        assertThat(store.remember("c", NOW.plus(ttl), ttl)).as("expired").isTrue();
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void a_shared_store_is_used_when_plugged_in() {
        Map<String, Instant> shared = new HashMap<>();
        WebhookReplayStore store = new WebhookReplayStore() {
            @Override
            public synchronized boolean remember(String id, Instant now, Duration ttl) {
                return shared.putIfAbsent(id, now.plus(ttl)) == null;
            }

            @Override
            public synchronized void forget(String id) {
                shared.remove(id);
            }
        };
        WebhookVerifier a = WebhookVerifier.builder().secret(SECRET).clock(clock).replayStore(store).build();
        WebhookVerifier b = WebhookVerifier.builder().secret(SECRET).clock(clock).replayStore(store).build();
        String sig = sign("evt-18", BODY, SECRET);
        a.verify("evt-18", ts(), sig, BODY);
        assertCode(() -> b.verify("evt-18", ts(), sig, BODY), ErrorCode.TRN_REPLAYED);
        assertThat(shared.get("evt-18")).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    }

    @Test
    void a_body_over_the_cap_is_refused_before_headers_or_signature_are_looked_at() {
        WebhookVerifier small = WebhookVerifier.builder().secret(SECRET).clock(clock).maxBodyBytes(1024).build();
        byte[] atCap = new byte[1024];
        byte[] over = new byte[1025];
        assertThat(small.verify("evt-20", ts(), sign("evt-20", atCap, SECRET), atCap).id()).isEqualTo("evt-20");
        assertField(() -> small.verify("evt-21", ts(), sign("evt-21", over, SECRET), over), ErrorCode.VALUE_INVALID,
                "WebhookVerifier.body");
        assertField(() -> small.verify(null, null, null, over), ErrorCode.VALUE_INVALID, "WebhookVerifier.body");
        assertField(() -> small.verify(Map.of(), over), ErrorCode.VALUE_INVALID, "WebhookVerifier.body");
        assertThatThrownBy(() -> small.verify(null, null, null, over))
                .hasMessageContaining("larger than 1024 bytes");
    }

    @Test
    void the_default_cap_is_one_mebibyte() {
        byte[] mebibyte = new byte[WebhookVerifier.DEFAULT_MAX_BODY_BYTES];
        assertThat(WebhookVerifier.DEFAULT_MAX_BODY_BYTES).isEqualTo(1 << 20);
        assertThat(verifier.verify("evt-22", ts(), sign("evt-22", mebibyte, SECRET), mebibyte).id()).isEqualTo("evt-22");
        byte[] over = new byte[WebhookVerifier.DEFAULT_MAX_BODY_BYTES + 1];
        assertField(() -> verifier.verify("evt-23", ts(), sign("evt-23", over, SECRET), over), ErrorCode.VALUE_INVALID,
                "WebhookVerifier.body");
    }

    @Test
    void bad_settings_are_coded_errors_naming_the_field() {
        assertField(() -> WebhookVerifier.builder().maxBodyBytes(1023), ErrorCode.CONFIG_INVALID, "WebhookVerifier.maxBodyBytes");
        assertField(() -> WebhookVerifier.builder().maxBodyBytes(16 * 1024 * 1024 + 1), ErrorCode.CONFIG_INVALID,
                "WebhookVerifier.maxBodyBytes");
        assertField(() -> WebhookVerifier.builder().build(), ErrorCode.CONFIG_INVALID, "WebhookVerifier.secrets");
        assertField(() -> WebhookVerifier.builder().secret(null), ErrorCode.VALUE_REQUIRED, "WebhookVerifier.secret");
        assertField(() -> WebhookVerifier.builder().secrets(null), ErrorCode.VALUE_REQUIRED, "WebhookVerifier.secrets");
        assertField(() -> WebhookVerifier.builder().secrets(java.util.Arrays.asList(SECRET, null)), ErrorCode.VALUE_REQUIRED,
                "WebhookVerifier.secrets[1]");
        assertField(() -> WebhookVerifier.builder().tolerance(null), ErrorCode.VALUE_REQUIRED, "WebhookVerifier.tolerance");
        assertField(() -> WebhookVerifier.builder().tolerance(Duration.ZERO), ErrorCode.CONFIG_INVALID, "WebhookVerifier.tolerance");
        assertField(() -> WebhookVerifier.builder().tolerance(Duration.ofHours(2)), ErrorCode.CONFIG_INVALID,
                "WebhookVerifier.tolerance");
        assertField(() -> WebhookVerifier.builder().dedupeWindow(Duration.ofDays(31)), ErrorCode.CONFIG_INVALID,
                "WebhookVerifier.dedupeWindow");
        assertField(() -> WebhookVerifier.builder().clock(null), ErrorCode.VALUE_REQUIRED, "WebhookVerifier.clock");
        assertField(() -> WebhookVerifier.builder().replayStore(null), ErrorCode.VALUE_REQUIRED, "WebhookVerifier.replayStore");
        assertField(() -> WebhookVerifier.of((WebhookSecret[]) null), ErrorCode.VALUE_REQUIRED, "secrets");
        assertField(() -> WebhookReplayStore.inMemory(0), ErrorCode.CONFIG_INVALID, "WebhookReplayStore.maxIds");
        assertField(() -> verifier.verify((Map<String, List<String>>) null, BODY), ErrorCode.VALUE_REQUIRED, "headers");
        assertField(() -> verifier.forget(null), ErrorCode.VALUE_REQUIRED, "id");
    }
}
