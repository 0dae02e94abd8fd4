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
import dev.sportello.requests.spi.RequestStore;
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
 * an error path (a submit rejected by validation is fast, and wrong); the scale-out benchmark, whose point
 * is several processes sharing one database, runs tiny on an embedded PostgreSQL with real node processes.
 * Measures nothing.
 */
class BenchmarkOperationsTest {
    @Test
    void attestationBenchmarkSignsDistinctTokensAndVerifiesThemValid() throws Exception {
        AttestationBenchmark.World world = new AttestationBenchmark.World();
        for (var algorithm : List.of(dev.sportello.attestation.verifier.CoseAlgorithm.ES256,
                dev.sportello.attestation.verifier.CoseAlgorithm.ED25519)) {
            String first = world.sign(algorithm, 1);
            assertThat(world.sign(algorithm, 2)).isNotEqualTo(first);
            assertThat(world.verifyValid(first)).isEqualTo(16);        // throws unless Valid: 8-byte kid in hex
            assertThat(world.verifyUnknownKey(first)).isEqualTo(16);   // throws unless UnknownKey
        }
        String qr = world.sign(dev.sportello.attestation.verifier.CoseAlgorithm.ES256, 7);
        com.google.zxing.qrcode.encoder.QRCode code = AttestationBenchmark.qr(qr);
        assertThat(code.getMode()).isEqualTo(com.google.zxing.qrcode.decoder.Mode.ALPHANUMERIC);
        assertThat(code.getECLevel()).isEqualTo(com.google.zxing.qrcode.decoder.ErrorCorrectionLevel.Q);
        assertThat(code.getMatrix().getWidth()).isEqualTo(17 + 4 * code.getVersion().getVersionNumber());
    }

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
    void memoryFootprintStoresEveryRequestWithItsTimeline() {
        // the footprint must be of requests really stored: each found again, with its three timeline entries
        MemoryStorage storage = new MemoryStorage();
        MemoryFootprint.store(storage, 2_500, 7);
        dev.sportello.requests.RequestId last = MemoryFootprint.lastId(2_500, 7);
        storage.inTransaction(s -> {
            RequestStore store = s.get(RequestStore.class);
            assertThat(store.find(last)).isPresent();
            assertThat(store.timeline(last)).hasSize(3);
            assertThat(store.find(MemoryFootprint.lastId(2_501, 7))).isEmpty();
            return null;
        });
    }

    @Test
    void scaleOutDeliversEveryMessageOnceAcrossProcessesAndNoSlotIsOverbooked() throws Exception {
        // 2 dispatcher processes drain 300 messages in batches of 50 from an outbox partitioned by day; 2 booking
        // processes ask for 120 seats of 50; the nodes' JVMs start fast rather than run fast
        ScaleOutSizes tiny = new ScaleOutSizes(List.of(2), 300, 0, 1, 50, 1, true, 2, 5, 120, 4, 2, 4, 0,
                List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        try (Postgres postgres = new Postgres(10)) {
            // throws on a duplicate, lost or unexpected delivery, on an overbooked or not full slot, or if a node fails
            ScaleOutBenchmark.Result result = ScaleOutBenchmark.run(postgres, tiny);
            assertThat(result.dispatch()).containsOnlyKeys(2);
            assertThat(result.dispatch().get(2)).isPositive();
            assertThat(result.appointmentsPerSlot()).hasSize(10).containsOnly(5L);
            assertThat(result.bookingsPerSecond()).isPositive().isLessThan(result.attemptsPerSecond());
        }
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
