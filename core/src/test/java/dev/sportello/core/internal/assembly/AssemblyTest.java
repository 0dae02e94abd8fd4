package dev.sportello.core.internal.assembly;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.adapters.memory.DeterministicMeetings;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.core.SportelloSdk;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.requests.spi.RequestStore;
import dev.sportello.spi.SpiVersion;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@code build()} refuses before any command runs: the SPI handshake, missing stores, a video calendar without rooms. */
class AssemblyTest {

    /** The memory storage declaring another SPI version or fewer stores. */
    private static final class Declaring implements UnitOfWork {
        private final MemoryStorage delegate = new MemoryStorage();
        private final String version;
        private final Set<Class<?>> types;

        Declaring(String version, Set<Class<?>> types) {
            this.version = version;
            this.types = types;
        }

        @Override
        public String spiVersion() {
            return version;
        }

        @Override
        public Set<Class<?>> storeTypes() {
            return types;
        }

        @Override
        public <T> T inTransaction(TransactionalWork<T> work) {
            return delegate.inTransaction(work);
        }
    }

    private static SportelloSdk.Builder over(UnitOfWork storage) {
        return SportelloSdk.builder().unitOfWork(storage).officeDirectory(TestOffices.directory())
                .appointments(a -> a.meetingProvider(new DeterministicMeetings()));
    }

    private static SportelloException refused(SportelloSdk.Builder builder, ErrorCode code) {
        SportelloException[] caught = new SportelloException[1];
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(SportelloException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            caught[0] = e;
        });
        return caught[0];
    }

    @Test
    void theCurrentVersionAndAnOlderMinorAreAccepted() {
        Set<Class<?>> all = new MemoryStorage().storeTypes();
        over(new Declaring(SpiVersion.CURRENT, all)).build().close();
        SpiVersion current = SpiVersion.current();
        over(new Declaring(current.major() + ".0", all)).build().close();
    }

    @Test
    void anotherMajorOrANewerMinorIsRefusedSayingWhichVersionsFit() {
        Set<Class<?>> all = new MemoryStorage().storeTypes();
        SpiVersion current = SpiVersion.current();
        SportelloException major = refused(over(new Declaring((current.major() + 1) + ".0", all)),
                ErrorCode.ADAPTER_SPI_INCOMPATIBLE);
        assertThat(major.details()).containsEntry("declared", (current.major() + 1) + ".0")
                .containsEntry("accepted", current.major() + ".0 to " + current)
                .containsEntry("adapter", Declaring.class.getName());
        refused(over(new Declaring(current.major() + "." + (current.minor() + 1), all)), ErrorCode.ADAPTER_SPI_INCOMPATIBLE);
        refused(over(new Declaring("one", all)), ErrorCode.ADAPTER_SPI_INCOMPATIBLE);
        refused(over(new Declaring(null, all)), ErrorCode.ADAPTER_SPI_INCOMPATIBLE);
    }

    @Test
    void aStorageWithoutAStoreAnAreaNeedsIsRefusedNamingTheStore() {
        Set<Class<?>> some = new HashSet<>(new MemoryStorage().storeTypes());
        some.remove(RequestStore.class);
        SportelloException e = refused(over(new Declaring(SpiVersion.CURRENT, some)), ErrorCode.ADAPTER_STORE_MISSING);
        assertThat(e.details()).containsEntry("store", "RequestStore");
    }

    @Test
    void aCalendarWithVideoCallsNeedsAMeetingProvider() {
        SportelloException e = refused(SportelloSdk.builder().unitOfWork(new MemoryStorage())
                .officeDirectory(TestOffices.directory()), ErrorCode.CONFIG_MEETING_PROVIDER_MISSING);
        assertThat(e.details()).containsEntry("field", "AppointmentSettings.meetingProvider")
                .containsEntry("office", TestOffices.ROMA.value());
    }
}
