package dev.sportello.adapters.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Message-ID derived from an idempotency key. */
class MessageIdsTest {
    @ParameterizedTest
    @ValueSource(strings = {"a", "tck-8f14e45f-ceea-467f-a9c8-1f2a3b4c5d6e", "outbox.42.email", "A_b+c-9"})
    void a_safe_key_is_the_id_left_as_it_is(String key) {
        assertThat(MessageIds.messageId(key, "sportello.example")).isEqualTo("<" + key + "@sportello.example>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "outbox:7/email", "with space", "a..b", ".a", "a.", "<x>", "è", "a@b", "x\r\nBcc: y"})
    void any_other_key_is_replaced_by_its_sha256(String key) {
        assertThat(MessageIds.left(key)).matches("[0-9a-f]{64}").isEqualTo(MessageIds.left(key));
    }

    @Test
    void a_key_longer_than_128_characters_is_hashed_and_different_keys_give_different_ids() {
        String longKey = "k".repeat(129);
        assertThat(MessageIds.left("k".repeat(128))).isEqualTo("k".repeat(128));
        assertThat(MessageIds.left(longKey)).hasSize(64).isNotEqualTo(MessageIds.left(longKey + "k"));
        // the published SHA-256 of the empty string: the derivation is stable across versions
        assertThat(MessageIds.left("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
