package dev.sportello.tck;

import dev.sportello.spi.UnitOfWork;
import org.junit.jupiter.api.Nested;

/**
 * The attestation contracts, apart from {@link SportelloTck} because {@code AttestationStore} is optional: a storage
 * that provides it extends this class too.
 *
 * <pre>{@code
 * class MyStorageAttestationTest extends AttestationTck {
 *     protected UnitOfWork freshStorage() { return MyStorage.emptyForTests(); }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class AttestationTck {
    /** @return an empty storage for one test */
    protected abstract UnitOfWork freshStorage();

    /** {@link AttestationStoreContract}. */
    @Nested
    class Store extends AttestationStoreContract {
        @Override
        protected UnitOfWork freshStorage() {
            return AttestationTck.this.freshStorage();
        }
    }

    /** {@link AttestationsScenarioContract}. */
    @Nested
    class Scenario extends AttestationsScenarioContract {
        @Override
        protected UnitOfWork freshStorage() {
            return AttestationTck.this.freshStorage();
        }
    }
}
