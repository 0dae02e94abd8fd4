package dev.sportello.tck;

import dev.sportello.spi.UnitOfWork;
import org.junit.jupiter.api.Nested;

/**
 * Every contract of the TCK in one class. An adapter author extends it once:
 *
 * <pre>{@code
 * class MyStorageTckTest extends SportelloTck {
 *     protected UnitOfWork freshStorage() { return MyStorage.emptyForTests(); }
 * }
 * }</pre>
 *
 * and gets the store contracts (round trips, not-found, paging, stale versions, rollback, concurrent
 * writers, outbox claims and leases), the atomicity contract, and the scenario contracts that drive the
 * whole SDK over the storage.
 */
public abstract class SportelloTck {

    /**
     * An empty storage for one test.
     *
     * @return the storage
     */
    protected abstract UnitOfWork freshStorage();

    /** Messages in the two-dispatcher test (raise it for a database meant for production loads). */
    protected int exactlyOnceLoad() {
        return 2_000;
    }

    /** {@link UserStoreContract}. */
    @Nested
    class Users extends UserStoreContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link OutboxStoreContract}. */
    @Nested
    class Outbox extends OutboxStoreContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link CounterStoreContract}. */
    @Nested
    class Counters extends CounterStoreContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link RecordStoresContract}. */
    @Nested
    class Records extends RecordStoresContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link MessageStoresContract}. */
    @Nested
    class Messages extends MessageStoresContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link AtomicityContract}. */
    @Nested
    class Atomicity extends AtomicityContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link UsersScenarioContract}. */
    @Nested
    class UsersScenario extends UsersScenarioContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link OfficesScenarioContract}. */
    @Nested
    class OfficesScenario extends OfficesScenarioContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link DelegationScenarioContract}. */
    @Nested
    class DelegationScenario extends DelegationScenarioContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link NotificationsScenarioContract}. */
    @Nested
    class NotificationsScenario extends NotificationsScenarioContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /**
     * The office directory of the adapter, holding exactly the given data; null if the adapter has none
     * (the directory contract is then skipped).
     *
     * @param offices        the offices
     * @param municipalities municipality → office
     * @param operators      the operators
     * @return the directory, or null
     */
    protected dev.sportello.spi.OfficeDirectory directoryWith(java.util.List<dev.sportello.offices.Office> offices,
            java.util.Map<dev.sportello.users.MunicipalityCode, dev.sportello.offices.OfficeCode> municipalities,
            java.util.List<dev.sportello.offices.Operator> operators) {
        return null;
    }

    /** {@link OfficeDirectoryContract}. */
    @Nested
    class Directory extends OfficeDirectoryContract {
        @Override
        protected dev.sportello.spi.OfficeDirectory directoryWith(java.util.List<dev.sportello.offices.Office> offices,
                java.util.Map<dev.sportello.users.MunicipalityCode, dev.sportello.offices.OfficeCode> municipalities,
                java.util.List<dev.sportello.offices.Operator> operators) {
            dev.sportello.spi.OfficeDirectory directory = SportelloTck.this.directoryWith(offices, municipalities, operators);
            org.junit.jupiter.api.Assumptions.assumeTrue(directory != null, "the adapter has no office directory");
            return directory;
        }
    }

    /** {@link RequestStoreContract}. */
    @Nested
    class RequestStore extends RequestStoreContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link RequestsScenarioContract}. */
    @Nested
    class RequestsScenario extends RequestsScenarioContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link DispatcherContract}. */
    @Nested
    class Dispatcher extends DispatcherContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }

        @Override
        protected int exactlyOnceLoad() {
            return SportelloTck.this.exactlyOnceLoad();
        }
    }
}
