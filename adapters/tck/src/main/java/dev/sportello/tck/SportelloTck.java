package dev.sportello.tck;

import dev.sportello.appointments.BookingCalendar;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.MunicipalityCode;
import org.junit.jupiter.api.Nested;

import java.util.List;
import java.util.Map;

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
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class SportelloTck {
    /** @return an empty storage for one test */
    protected abstract UnitOfWork freshStorage();

    /** Messages in the two-dispatcher test (raise it for a database meant for production loads). */
    protected int exactlyOnceLoad() {
        return 2_000;
    }

    /** {@link SpiContract}. */
    @Nested
    class Spi extends SpiContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link UserStoreContract}. */
    @Nested
    class Users extends UserStoreContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link DeviceStoreContract}. */
    @Nested
    class Devices extends DeviceStoreContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link DevicesScenarioContract}. */
    @Nested
    class DevicesScenario extends DevicesScenarioContract {
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

    /** {@link BatchWritesContract}. */
    @Nested
    class BatchWrites extends BatchWritesContract {
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

    /** {@link DelegationStoreContract}. */
    @Nested
    class DelegationStoreTck extends DelegationStoreContract {
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

    /**
     * Breaks the database connection of the transaction in progress, for {@link AtomicityContract}; null
     * (the default) skips the test that uses it.
     *
     * @return the action, or null
     */
    protected Runnable connectionKiller() {
        return null;
    }

    /** {@link AtomicityContract}. */
    @Nested
    class Atomicity extends AtomicityContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }

        @Override
        protected Runnable connectionKiller() {
            return SportelloTck.this.connectionKiller();
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
     * @param calendars      the booking calendars
     * @return the directory, or null
     */
    protected OfficeDirectory directoryWith(List<Office> offices, Map<MunicipalityCode, OfficeCode> municipalities,
                                            List<Operator> operators, List<BookingCalendar> calendars) {
        return null;
    }

    /** {@link OfficeDirectoryContract}. */
    @Nested
    class Directory extends OfficeDirectoryContract {
        @Override
        protected OfficeDirectory directoryWith(List<Office> offices, Map<MunicipalityCode, OfficeCode> municipalities,
                                                List<Operator> operators, List<BookingCalendar> calendars) {
            OfficeDirectory directory = SportelloTck.this.directoryWith(offices, municipalities, operators, calendars);
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

    /** {@link RequestWorkContract}. */
    @Nested
    class RequestWork extends RequestWorkContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link AppointmentStoreContract}. */
    @Nested
    class AppointmentStore extends AppointmentStoreContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link AppointmentsScenarioContract}. */
    @Nested
    class AppointmentsScenario extends AppointmentsScenarioContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link AppointmentCallsContract}. */
    @Nested
    class AppointmentCalls extends AppointmentCallsContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link AppointmentChangesContract}. */
    @Nested
    class AppointmentChanges extends AppointmentChangesContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link FeedbackStoreContract}. */
    @Nested
    class FeedbackStore extends FeedbackStoreContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link DossierStoreContract}. */
    @Nested
    class DossierStore extends DossierStoreContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link DossierBatchContract}. */
    @Nested
    class DossierBatch extends DossierBatchContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link DossiersScenarioContract}. */
    @Nested
    class DossiersScenario extends DossiersScenarioContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link DossierDocumentsContract}. */
    @Nested
    class DossierDocuments extends DossierDocumentsContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link DossierAtomicityContract}. */
    @Nested
    class DossierAtomicity extends DossierAtomicityContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link FragileStoreContract}. */
    @Nested
    class FragileStore extends FragileStoreContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link FragileScenarioContract}. */
    @Nested
    class FragileScenario extends FragileScenarioContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /**
     * Tampering with the adapter's stored audit trail behind the SDK's back, for
     * {@link AuditChainContract}; null (the default) skips those tests.
     *
     * @param storage the storage of the test, from {@link #freshStorage()}
     * @return the tampering, or null
     */
    protected AuditTampering auditTampering(UnitOfWork storage) {
        return null;
    }

    /** {@link AuditChainContract}. */
    @Nested
    class AuditChain extends AuditChainContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }

        @Override
        protected AuditTampering auditTampering(UnitOfWork storage) {
            return SportelloTck.this.auditTampering(storage);
        }
    }

    /** {@link DispatcherContract}. */
    @Nested
    class Dispatcher extends DispatcherContract {
        @Override
        protected UnitOfWork freshStorage() {
            return SportelloTck.this.freshStorage();
        }
    }

    /** {@link DispatcherFaultsContract}. */
    @Nested
    class DispatcherFaults extends DispatcherFaultsContract {
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
