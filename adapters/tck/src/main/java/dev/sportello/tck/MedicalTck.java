package dev.sportello.tck;

import dev.sportello.spi.UnitOfWork;
import org.junit.jupiter.api.Nested;

/**
 * The medical-report contracts, apart from {@link SportelloTck} because {@code MedicalReportStore} is optional: a
 * storage that provides it extends this class too.
 *
 * <pre>{@code
 * class MyStorageMedicalTest extends MedicalTck {
 *     protected UnitOfWork freshStorage() { return MyStorage.emptyForTests(); }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class MedicalTck {
    /** @return an empty storage for one test */
    protected abstract UnitOfWork freshStorage();

    /** {@link MedicalReportStoreContract}. */
    @Nested
    class Store extends MedicalReportStoreContract {
        @Override
        protected UnitOfWork freshStorage() {
            return MedicalTck.this.freshStorage();
        }
    }

    /** {@link MedicalReportsScenarioContract}. */
    @Nested
    class Scenario extends MedicalReportsScenarioContract {
        @Override
        protected UnitOfWork freshStorage() {
            return MedicalTck.this.freshStorage();
        }
    }
}
