package dev.sportello.core.internal.kernel;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdsAndSecretsTest {

    @Test
    void idsAreVersion7AndStrictlyIncreasingEvenOnAFrozenClock() {
        Ids ids = new Ids(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        List<String> generated = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = ids.next();
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
            generated.add(id.toString());
        }
        assertThat(generated).isSorted().doesNotHaveDuplicates();
        assertThat(Long.parseLong(generated.get(0).replace("-", "").substring(0, 12), 16))
                .isEqualTo(Instant.parse("2026-11-22T10:00:00Z").toEpochMilli());
    }

    @Test
    void codesAreDigitsAndOnlyTheirSaltedHashMatches() {
        String code = Secrets.numericCode(6);
        assertThat(code).matches("\\d{6}");
        String first = Secrets.hash(code);
        String second = Secrets.hash(code);
        assertThat(first).isNotEqualTo(second).doesNotContain(code);
        assertThat(Secrets.matches(code, first)).isTrue();
        assertThat(Secrets.matches(code, second)).isTrue();
        String other = code.equals("000000") ? "000001" : "000000";
        assertThat(Secrets.matches(other, first)).isFalse();
        assertThat(Secrets.matches(code, "md5$x$y")).isFalse();
    }

    @Test
    void codesAreSpreadOverAllDigits() {
        HashSet<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(Secrets.numericCode(6));
        }
        assertThat(seen.size()).isGreaterThan(1990);
    }
}
