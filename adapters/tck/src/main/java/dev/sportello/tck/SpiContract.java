package dev.sportello.tck;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.ServiceGrants;
import dev.sportello.SportelloException;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.core.SportelloSdk;
import dev.sportello.delegation.spi.DelegationStore;
import dev.sportello.notifications.spi.EngagementStore;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.offices.spi.ClosureStore;
import dev.sportello.requests.spi.AttachmentStore;
import dev.sportello.requests.spi.RequestStore;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.CounterStore;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.SpiVersion;
import dev.sportello.users.spi.ConsentStore;
import dev.sportello.users.spi.UserStore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The handshake and the store lookup: the storage declares an SPI version this SDK accepts, provides
 * every store of the areas, returns a store of each declared type in a transaction, refuses a type it
 * does not provide with {@code ADAPTER_STORE_MISSING}, and the SDK builds over it.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class SpiContract extends StorageContract {
    /** The stores of the six areas and the cross-cutting ones. */
    static final List<Class<?>> STORES = List.of(UserStore.class, ConsentStore.class, ClosureStore.class,
            DelegationStore.class, MessageStore.class, InboxStore.class, EngagementStore.class, RequestStore.class,
            AttachmentStore.class, AppointmentStore.class, CounterStore.class, OutboxStore.class, AuditStore.class);

    /** A store type no adapter provides. */
    interface NoSuchStore {
    }

    @Test
    void theDeclaredSpiVersionIsAccepted() {
        assertThat(SpiVersion.current().accepts(SpiVersion.parse(storage.spiVersion()))).as(storage.spiVersion()).isTrue();
    }

    @Test
    void everyStoreOfTheAreasIsDeclaredAndFound() {
        assertThat(storage.storeTypes()).containsAll(STORES);
        for (Class<?> type : storage.storeTypes()) {
            Object store = tx(s -> s.get(type));
            assertThat(store).as("store %s", type.getSimpleName()).isNotNull().isInstanceOf(type);
        }
    }

    @Test
    void aStoreTypeTheAdapterDoesNotProvideIsRefusedByName() {
        assertThatThrownBy(() -> tx(s -> s.get(NoSuchStore.class)))
                .isInstanceOfSatisfying(SportelloException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ADAPTER_STORE_MISSING);
                    assertThat(e.details()).containsEntry("store", "NoSuchStore");
                });
    }

    @Test
    void theSdkBuildsOverTheStorage() {
        try (SportelloSdk sdk = SportelloSdk.builder().unitOfWork(storage).officeDirectory(TckOffices.directory())
                .appointments(a -> a.meetingProvider(new dev.sportello.adapters.memory.DeterministicMeetings()))
                .serviceGrants(ServiceGrants.builder().grant("portal", Operation.USER_READ).build()).build()) {
            assertThat(sdk.users().findByFiscalCode(SdkHarness.PORTAL, TestData.adultTaxCode())).isEmpty();
        }
    }
}
