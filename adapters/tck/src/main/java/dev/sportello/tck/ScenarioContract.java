package dev.sportello.tck;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Base of the scenario contracts: an SDK over the storage under test.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class ScenarioContract extends StorageContract {
    /** The SDK of the current test. */
    protected SdkHarness h;

    @BeforeEach
    void startSdk() {
        h = newHarness();
    }

    /**
     * The harness; override to change settings.
     *
     * @return a harness over {@link #storage}
     */
    protected SdkHarness newHarness() {
        return new SdkHarness(storage);
    }

    @AfterEach
    void stopSdk() {
        h.close();
    }

    /**
     * Asserts that a call fails with a code.
     *
     * @param call the call
     * @param code the expected code
     * @return the error, for further checks
     */
    protected static SportelloException fails(ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        SportelloException[] caught = new SportelloException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(SportelloException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            caught[0] = e;
        });
        return caught[0];
    }
}
