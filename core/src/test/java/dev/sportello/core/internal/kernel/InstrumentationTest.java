package dev.sportello.core.internal.kernel;

import dev.sportello.Channel;
import dev.sportello.DispatchReport;
import dev.sportello.ErrorCode;
import dev.sportello.OutboxBacklog;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.Instrumentation;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** The instrumentation hook: what the SDK reports, with which keys, and that a failing hook changes nothing. */
class InstrumentationTest {
    /** One stopped observation. */
    record Stopped(String name, Map<String, String> keys, String outcome, String thread) {
    }

    /** Records everything; optionally throws from every call. */
    static final class Recording implements Instrumentation {
        final List<Stopped> stopped = new CopyOnWriteArrayList<>();
        final List<String> entries = new CopyOnWriteArrayList<>();
        final List<DispatchReport> batches = new CopyOnWriteArrayList<>();
        volatile boolean failing;

        @Override
        public Observation start(String name, Map<String, String> keys) {
            if (failing) {
                throw new IllegalStateException("metrics backend down");
            }
            String thread = Thread.currentThread().getName();
            return outcome -> {
                stopped.add(new Stopped(name, keys, outcome, thread));
                assertThat(Thread.currentThread().getName()).as("stopped on the starting thread").isEqualTo(thread);
            };
        }

        @Override
        public void entry(String channel, EntryOutcome outcome) {
            if (failing) {
                throw new IllegalStateException("metrics backend down");
            }
            entries.add(channel + " " + outcome);
        }

        @Override
        public void batch(DispatchReport report, Duration duration) {
            if (failing) {
                throw new IllegalStateException("metrics backend down");
            }
            assertThat(duration).isPositive();
            batches.add(report);
        }

        List<Stopped> named(String name) {
            return stopped.stream().filter(s -> s.name().equals(name)).toList();
        }
    }

    private final Recording recording = new Recording();
    private final CoreFixture h = new CoreFixture(b -> b.instrumentation(recording));

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    @DisplayName("every command is observed with its area and operation, and ends OK or with its error code")
    void commands() {
        UserProfile user = h.citizen();
        assertThat(recording.named(Instrumentation.COMMAND)).anySatisfy(s -> {
            assertThat(s.keys()).containsExactlyInAnyOrderEntriesOf(Map.of("area", "users", "operation", "USER_REGISTER"));
            assertThat(s.outcome()).isEqualTo(Instrumentation.OK);
        });
        fails(() -> h.sdk.users().update(as(user), new UpdateProfile(user.id(), user.version() + 7, "Maria Rossi", null,
                null)), ErrorCode.CONCURRENT_MODIFICATION);
        assertThat(recording.named(Instrumentation.COMMAND)).last().satisfies(s -> {
            assertThat(s.keys()).containsEntry("operation", "USER_UPDATE");
            assertThat(s.outcome()).isEqualTo("CONCURRENT_MODIFICATION");
        });
        assertThat(recording.stopped).allSatisfy(s -> assertThat(s.keys().values())
                .as("ids and personal data never are keys").noneMatch(v -> v.contains(user.id().toString())));
    }

    @Test
    @DisplayName("the dispatcher reports each entry per channel, each transport call and each batch")
    void dispatcher() {
        UserProfile user = h.citizenWithContacts();
        recording.entries.clear();
        recording.batches.clear();
        h.sdk.notifications().schedule(PORTAL, new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED,
                Set.of(Channel.SMS, Channel.EMAIL), Map.of("protocol", "P-2026-000001", "subject", "Test"),
                Purpose.TRANSACTIONAL, null, Urgency.URGENT));
        h.deliver();
        assertThat(recording.entries).contains("SMS CLAIMED", "SMS DELIVERED", "EMAIL CLAIMED", "EMAIL DELIVERED");
        assertThat(recording.named(Instrumentation.TRANSPORT)).anySatisfy(s -> {
            assertThat(s.keys()).isEqualTo(Map.of("channel", "SMS"));
            assertThat(s.outcome()).isEqualTo("ACCEPTED");
        });
        assertThat(recording.batches).isNotEmpty().allSatisfy(r -> assertThat(r.claimed()).isPositive());
        assertThat(recording.named(Instrumentation.DISPATCH_BATCH)).allSatisfy(s -> assertThat(s.outcome()).isEqualTo("OK"));
    }

    @Test
    @DisplayName("a refusal and a retry are counted as such")
    void refusalsAndRetries() {
        AtomicReference<DeliveryResult> answer = new AtomicReference<>();
        try (CoreFixture f = new CoreFixture(b -> b.instrumentation(recording).pushChannel(m -> answer.get()))) {
            UserProfile user = f.citizen();
            f.deliver();
            recording.entries.clear();
            answer.set(DeliveryResult.refused("blocked"));
            schedule(f, user);
            f.deliver();
            answer.set(DeliveryResult.failed("relay down"));
            schedule(f, user);
            f.deliver();
            assertThat(recording.entries).contains("PUSH REFUSED", "PUSH RETRIED");
            assertThat(recording.named(Instrumentation.TRANSPORT)).extracting(Stopped::outcome).contains("REFUSED", "FAILED");
        }
    }

    private static void schedule(CoreFixture f, UserProfile user) {
        f.sdk.notifications().schedule(PORTAL, new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED,
                Set.of(Channel.PUSH), Map.of("protocol", "P-2026-000001", "subject", "Test"), Purpose.TRANSACTIONAL,
                null, Urgency.URGENT));
    }

    @Test
    @DisplayName("an instrumentation that throws changes nothing the SDK does")
    void aFailingInstrumentationIsIgnored() {
        recording.failing = true;
        UserProfile user = h.citizenWithContacts();
        assertThat(h.smsTo(user)).isNotEmpty();
        assertThat(recording.stopped).isEmpty();
    }

    @Test
    @DisplayName("the backlog counts what waits and what is due, with the oldest due time")
    void backlog() {
        UserProfile user = h.citizenWithContacts();
        h.deliver();
        assertThat(h.sdk.outbox().backlog(PORTAL)).isEqualTo(new OutboxBacklog(0, 0, null));
        Instant later = h.clock.instant().plus(Duration.ofHours(3));
        h.sdk.notifications().schedule(PORTAL, new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED,
                Set.of(Channel.EMAIL), Map.of("protocol", "P-2026-000001", "subject", "Test"), Purpose.TRANSACTIONAL,
                later, Urgency.URGENT));
        OutboxBacklog waiting = h.sdk.outbox().backlog(PORTAL);
        assertThat(waiting.pending()).isPositive();
        assertThat(waiting.due()).isLessThan(waiting.pending());
        h.clock.advance(Duration.ofHours(4));
        OutboxBacklog due = h.sdk.outbox().backlog(PORTAL);
        assertThat(due.due()).isEqualTo(due.pending());
        assertThat(due.oldestDue()).isNotNull().isBeforeOrEqualTo(later);
        fails(() -> h.sdk.outbox().backlog(as(user)), ErrorCode.ACCESS_ROLE_REQUIRED);
    }
}
