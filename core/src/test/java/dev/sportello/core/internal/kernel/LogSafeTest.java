package dev.sportello.core.internal.kernel;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What reaches a log line about a failure: classes and codes, never a message that may quote personal data. */
class LogSafeTest {
    @Test
    void aFailureIsDescribedByItsClassesAndCodesOnly() {
        // a driver's message quotes the row it refused
        Exception driver = new java.io.IOException("duplicate key (tax_code)=(RSSMRA85T10A562S)");
        SportelloException failure = SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("adapter", "jdbc"), List.of(),
                driver);
        String text = LogSafe.describe(failure);
        assertThat(text).isEqualTo("AdapterFailureException[ADAPTER_FAILED] <- IOException").doesNotContain("RSSMRA");
    }

    @Test
    void theChainIsCutAtFourCausesAndAtASelfCause() {
        Throwable deep = new IllegalStateException("e", new IllegalArgumentException("d", new RuntimeException("c",
                new Error("b", new Exception("a")))));
        assertThat(LogSafe.describe(deep))
                .isEqualTo("IllegalStateException <- IllegalArgumentException <- RuntimeException <- Error");
        assertThat(LogSafe.describe(new RuntimeException("only"))).isEqualTo("RuntimeException");
        assertThat(LogSafe.describe(null)).isEqualTo("null");
    }
}
