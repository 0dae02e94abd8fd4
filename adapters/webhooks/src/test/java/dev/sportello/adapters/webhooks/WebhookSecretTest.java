package dev.sportello.adapters.webhooks;

import dev.sportello.ErrorCode;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.Base64;

import static dev.sportello.adapters.webhooks.WebhookSignerTest.assertField;
import static org.assertj.core.api.Assertions.assertThat;

class WebhookSecretTest {
    @Test
    void the_text_form_round_trips_with_or_without_the_prefix() {
        WebhookSecret secret = Fixtures.secret(3);
        String text = secret.reveal();
        assertThat(text).startsWith("whsec_");
        assertThat(WebhookSecret.parse(text)).isEqualTo(secret);
        assertThat(WebhookSecret.parse(text.substring("whsec_".length()))).isEqualTo(secret);
        assertThat(WebhookSecret.parse(text).hashCode()).isEqualTo(secret.hashCode());
        assertThat(secret).isNotEqualTo(Fixtures.secret(4));
    }

    @Test
    void it_is_never_printed() {
        WebhookSecret secret = Fixtures.secret(3);
        String encoded = secret.reveal().substring(6);
        assertThat(secret.toString()).doesNotContain(encoded).doesNotContain(encoded.substring(0, 8));
        WebhookSubscriber subscriber = WebhookSubscriber.toAll("crm", java.net.URI.create("https://crm.example.it/h"), secret);
        assertThat(subscriber.toString()).doesNotContain(encoded.substring(0, 8)).doesNotContain("crm.example.it");
    }

    @Test
    void generated_secrets_are_32_random_bytes() {
        WebhookSecret a = WebhookSecret.generate(new SecureRandom());
        WebhookSecret b = WebhookSecret.generate(new SecureRandom());
        assertThat(Base64.getDecoder().decode(a.reveal().substring(6))).hasSize(32);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void the_raw_key_is_copied_in_and_out() {
        byte[] bytes = new byte[24];
        WebhookSecret secret = WebhookSecret.ofBytes(bytes);
        bytes[0] = 1;
        assertThat(secret.key()[0]).isZero();
        secret.key()[1] = 1;
        assertThat(secret.key()[1]).isZero();
    }

    @Test
    void bad_secrets_are_coded_errors() {
        assertField(() -> WebhookSecret.parse(null), ErrorCode.VALUE_REQUIRED, "WebhookSecret");
        assertField(() -> WebhookSecret.parse("whsec_not base64!"), ErrorCode.CONFIG_INVALID, "WebhookSecret");
        assertField(() -> WebhookSecret.parse("whsec_" + Base64.getEncoder().encodeToString(new byte[23])),
                ErrorCode.CONFIG_INVALID, "WebhookSecret");
        assertField(() -> WebhookSecret.parse("whsec_" + Base64.getEncoder().encodeToString(new byte[65])),
                ErrorCode.CONFIG_INVALID, "WebhookSecret");
        assertField(() -> WebhookSecret.parse(""), ErrorCode.CONFIG_INVALID, "WebhookSecret");
        assertField(() -> WebhookSecret.ofBytes(null), ErrorCode.VALUE_REQUIRED, "WebhookSecret");
        assertField(() -> WebhookSecret.generate(null), ErrorCode.VALUE_REQUIRED, "WebhookSecret.random");
        assertThat(WebhookSecret.ofBytes(new byte[64])).isNotNull();
    }
}
