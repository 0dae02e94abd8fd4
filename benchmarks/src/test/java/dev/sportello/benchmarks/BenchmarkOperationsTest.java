package dev.sportello.benchmarks;

import dev.sportello.Credential;
import dev.sportello.Language;
import dev.sportello.Principal;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.core.SportelloSdk;
import dev.sportello.dossiers.Dossier;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestStatus;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.UserKind;
import dev.sportello.users.UserProfile;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks' operations run on the in-memory storage, so that a benchmark cannot rot into measuring
 * an error path (a submit rejected by validation is fast, and wrong). Measures nothing.
 */
class BenchmarkOperationsTest {
    @Test
    void userRegistrationRegistersDistinctCitizens() {
        UserRegistrationBenchmark.OnMemory state = new UserRegistrationBenchmark.OnMemory();
        state.start();
        try {
            UserRegistrationBenchmark benchmark = new UserRegistrationBenchmark();
            UserProfile first = benchmark.memorySdk(state);
            UserProfile second = benchmark.memorySdk(state);
            assertThat(first.id()).isNotEqualTo(second.id());
            assertThat(first.fiscalCode()).isNotEqualTo(second.fiscalCode());
        } finally {
            state.stop();
        }
    }

    @Test
    void requestSubmitRegistersRequestsWithAndWithoutFiles() {
        RequestSubmitBenchmark.OnMemory state = new RequestSubmitBenchmark.OnMemory();
        state.up();
        try {
            RequestSubmitBenchmark benchmark = new RequestSubmitBenchmark();
            Request plain = benchmark.memorySubmit(state);
            Request withFiles = benchmark.memorySubmitFiles(state);
            assertThat(plain.state().status()).isEqualTo(RequestStatus.OPEN);
            assertThat(plain.protocol()).isNotEqualTo(withFiles.protocol());
            assertThat(withFiles.attachments()).hasSize(3);
            assertThat(plain.attachments()).isEmpty();
        } finally {
            state.down();
        }
    }

    @Test
    void bookingRunBooksEverySeatItAsksForWithoutOverbooking() throws Exception {
        // throws if a booking fails, a slot is overbooked or the last-seats race lets too many through
        double perSecond = AppointmentBookingThroughput.sdkRun(new MemoryStorage(), null, "memory", 640);
        assertThat(perSecond).isPositive();
    }

    @Test
    void dossierFeedAppliesRepeatsAndOvertakesWithoutRejectingAndTheDetailReadsBack() {
        MemoryStorage storage = new MemoryStorage();
        int owners = 25;
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        storage.inTransaction(s -> {
            for (int n = 0; n < owners; n++) {
                s.get(UserStore.class).insert(UserRecord.builder().id(DossierReports.owner(n)).kind(UserKind.CITIZEN)
                        .fiscalCode(Identities.next()).name("Maria Rossi").municipality(new MunicipalityCode("H501"))
                        .language(Language.IT).version(0).createdAt(at).updatedAt(at).build());
            }
            return null;
        });
        List<DossierReport> reports = DossierReports.generate(2_000, owners, 42);
        // throws on a rejected report: an IBAN, an office or a kind the SDK refuses would measure an error path
        long[] counts = DossierFeedBenchmark.sdkFeedOn(storage, reports);
        assertThat(counts[0] + counts[1] + counts[2]).isEqualTo(reports.size());
        assertThat(counts[1]).as("stale (overtaken) reports").isGreaterThan(reports.size() / 40);
        assertThat(counts[2]).as("repeated reports").isGreaterThan(reports.size() / 40);
        assertThat(DossierReports.dossiersFor(2_000) * (long) DossierReports.STEPS).isLessThan(reports.size());
        try (SportelloSdk sdk = SportelloSdk.builder().unitOfWork(storage).officeDirectory(Offices.directory()).build()) {
            Dossier dossier = sdk.dossiers().get(Principal.user(DossierReports.owner(0), Credential.SPID_L2),
                    DossierReports.dossier(0));
            assertThat(dossier.status()).isEqualTo(DossierStatus.DECIDED);
            assertThat(dossier.sequence()).isEqualTo(DossierReports.STEPS);
            assertThat(sdk.dossiers().payments(Principal.user(DossierReports.owner(0), Credential.SPID_L2),
                    DossierReports.dossier(0))).hasSize(2);
        }
    }
}
