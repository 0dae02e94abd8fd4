package dev.sportello.adapters.smshttp;

import dev.sportello.ErrorCode;
import dev.sportello.notifications.ReceiptOutcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static dev.sportello.adapters.smshttp.HttpSmsChannelBuilderTest.rejected;
import static org.assertj.core.api.Assertions.assertThat;

/** Every bad receipt setting is a SportelloException naming the setting. */
class SmsReceiptsBuilderTest {
    private static final String SECRET = "receipt-secret-0123456789";

    private static SmsReceiptsBuilder valid() {
        return SmsReceipts.builder().addSecret(SECRET);
    }

    @Test
    void null_values_are_value_required_with_the_setting() {
        SmsReceiptsBuilder b = SmsReceipts.builder();
        rejected(() -> b.addSecret((byte[]) null), ErrorCode.VALUE_REQUIRED, "SmsReceipts.secret");
        rejected(() -> b.addSecret((String) null), ErrorCode.VALUE_REQUIRED, "SmsReceipts.secret");
        rejected(() -> b.signatureHeader(null), ErrorCode.VALUE_REQUIRED, "SmsReceipts.signatureHeader");
        rejected(() -> b.timestampHeader(null, Duration.ofMinutes(5)), ErrorCode.VALUE_REQUIRED, "SmsReceipts.timestampHeader");
        rejected(() -> b.timestampHeader("X-Ts", null), ErrorCode.VALUE_REQUIRED, "SmsReceipts.timestampTolerance");
        rejected(() -> b.signedContent(null), ErrorCode.VALUE_REQUIRED, "SmsReceipts.signedContent");
        rejected(() -> b.providerIdPointer(null), ErrorCode.VALUE_REQUIRED, "SmsReceipts.providerIdPointer");
        rejected(() -> b.statusPointer(null), ErrorCode.VALUE_REQUIRED, "SmsReceipts.statusPointer");
        rejected(() -> b.timePointer(null), ErrorCode.VALUE_REQUIRED, "SmsReceipts.timePointer");
        rejected(() -> b.partPointers(null, "/parts"), ErrorCode.VALUE_REQUIRED, "SmsReceipts.partPointer");
        rejected(() -> b.partPointers("/part", null), ErrorCode.VALUE_REQUIRED, "SmsReceipts.partsPointer");
        rejected(() -> b.statusMapping(null), ErrorCode.VALUE_REQUIRED, "SmsReceipts.statusMapping");
        rejected(() -> b.interimStatuses(null), ErrorCode.VALUE_REQUIRED, "SmsReceipts.interimStatuses");
        rejected(() -> b.clock(null), ErrorCode.VALUE_REQUIRED, "SmsReceipts.clock");
        rejected(b::build, ErrorCode.VALUE_REQUIRED, "SmsReceipts.secret");
        Map<String, ReceiptOutcome> withNull = new HashMap<>();
        withNull.put("OK", null);
        rejected(() -> b.statusMapping(withNull), ErrorCode.VALUE_REQUIRED, "SmsReceipts.statusMapping<value>");
        Set<String> nullWord = new HashSet<>();
        nullWord.add(null);
        rejected(() -> b.interimStatuses(nullWord), ErrorCode.VALUE_REQUIRED, "SmsReceipts.interimStatuses[]");
    }

    @Test
    void secrets_are_long_enough_and_few() {
        rejected(() -> valid().addSecret("short"), ErrorCode.CONFIG_INVALID, "SmsReceipts.secret");
        rejected(() -> valid().addSecret(new byte[1025]), ErrorCode.CONFIG_INVALID, "SmsReceipts.secret");
        SmsReceiptsBuilder many = SmsReceipts.builder();
        for (int i = 0; i < 10; i++) {
            many.addSecret(SECRET + i);
        }
        rejected(() -> many.addSecret(SECRET), ErrorCode.CONFIG_INVALID, "SmsReceipts.secret");
    }

    @Test
    void headers_tolerances_and_caps_are_checked() {
        rejected(() -> valid().signatureHeader("X Signature"), ErrorCode.CONFIG_INVALID, "SmsReceipts.signatureHeader");
        rejected(() -> valid().signatureHeader(""), ErrorCode.CONFIG_INVALID, "SmsReceipts.signatureHeader");
        rejected(() -> valid().timestampHeader("X:Ts", Duration.ofMinutes(5)), ErrorCode.CONFIG_INVALID,
                "SmsReceipts.timestampHeader");
        for (Duration bad : new Duration[]{Duration.ZERO, Duration.ofSeconds(-1), Duration.ofMinutes(61)}) {
            rejected(() -> valid().timestampHeader("X-Ts", bad), ErrorCode.CONFIG_INVALID, "SmsReceipts.timestampTolerance");
        }
        rejected(() -> valid().maxBodyBytes(1023), ErrorCode.CONFIG_INVALID, "SmsReceipts.maxBodyBytes");
        rejected(() -> valid().maxBodyBytes(16 * 1024 * 1024 + 1), ErrorCode.CONFIG_INVALID, "SmsReceipts.maxBodyBytes");
        rejected(() -> valid().signedContent(SignedContent.TIMESTAMP_DOT_BODY).build(), ErrorCode.CONFIG_INVALID,
                "SmsReceipts.signedContent");
    }

    @Test
    void a_timestamp_header_with_an_unsigned_timestamp_is_refused() {
        // with BODY the timestamp would be checked but not signed: a replay would just send a fresh one
        rejected(() -> valid().timestampHeader("X-Ts", Duration.ofMinutes(5)).build(), ErrorCode.CONFIG_INVALID,
                "SmsReceipts.signedContent");
        rejected(() -> valid().signedContent(SignedContent.BODY).timestampHeader("X-Ts", Duration.ofMinutes(5)).build(),
                ErrorCode.CONFIG_INVALID, "SmsReceipts.signedContent");
        assertThat(valid().timestampHeader("X-Ts", Duration.ofMinutes(5)).signedContent(SignedContent.TIMESTAMP_DOT_BODY)
                .build()).isNotNull();
        assertThat(valid().signedContent(SignedContent.BODY).build()).isNotNull();
    }

    @Test
    void pointers_and_status_words_are_checked() {
        rejected(() -> valid().statusPointer("status"), ErrorCode.CONFIG_INVALID, "SmsReceipts.statusPointer");
        rejected(() -> valid().providerIdPointer(""), ErrorCode.CONFIG_INVALID, "SmsReceipts.providerIdPointer");
        rejected(() -> valid().statusMapping(Map.of()), ErrorCode.CONFIG_INVALID, "SmsReceipts.statusMapping");
        rejected(() -> valid().statusMapping(Map.of(" ", ReceiptOutcome.FAILED)), ErrorCode.CONFIG_INVALID,
                "SmsReceipts.statusMapping");
        rejected(() -> valid().interimStatuses(Set.of("delivered")).build(), ErrorCode.CONFIG_INVALID,
                "SmsReceipts.interimStatuses");
    }

    @Test
    void to_string_shows_no_secret() {
        assertThat(valid().toString()).contains("1 secret(s)").doesNotContain(SECRET);
        assertThat(valid().timestampHeader("X-Ts", Duration.ofMinutes(5)).signedContent(SignedContent.TIMESTAMP_DOT_BODY)
                .build().toString())
                .contains("X-Signature", "X-Ts", "PT5M").doesNotContain(SECRET);
    }
}
