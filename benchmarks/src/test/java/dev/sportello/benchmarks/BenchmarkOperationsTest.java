package dev.sportello.benchmarks;

import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestStatus;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

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
        double perSecond = AppointmentBookingThroughput.sdkRun(new MemoryStorage(), "memory", 640);
        assertThat(perSecond).isPositive();
    }
}
