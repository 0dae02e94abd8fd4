package dev.sportello.core.internal.users;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sportello.SportelloException;
import dev.sportello.users.EmailAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** Fuzzes e-mail addresses: accepted ones are ASCII, stable and displayable; others get a code. */
class EmailAddressFuzzTest {
    static java.util.stream.Stream<String> seeds() {
        return java.util.stream.Stream.of("maria.rossi@example.it", "maria@città.it", "info@example.xn--p1ai", "a?b#c%d/e@example.it", "mària@example.it", "@example.it");
    }

    @org.junit.jupiter.params.provider.MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void addressesAreAsciiAndStableOrRefusedWithACode(String typed) {
        EmailAddress address;
        try {
            address = new EmailAddress(typed);
        } catch (SportelloException e) {
            assertThat(e.code()).isNotNull();
            return;
        }
        assertThat(address.value()).matches("[\\x21-\\x7e]+@[a-z0-9.-]+").hasSizeLessThanOrEqualTo(254);
        assertThat(new EmailAddress(address.value())).isEqualTo(address);
        assertThat(address.display()).contains("@");
        String local = address.value().substring(0, address.value().lastIndexOf('@'));
        if (local.indexOf('*') < 0) {
            assertThat(address.toString()).as("masked").doesNotContain(local + "@");
        }
    }
}
