package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.AuditSubject;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every state-changing command is atomic: its state, audit entries, messages, events and outbox tasks are
 * written together or not at all. For each command of the table ({@link AtomicityCases}), the contract
 * counts the writes of one run, then fails each write in turn on a freshly arranged copy and checks that
 * what the command would change — the objects it touches as the SDK shows them, their audit trail and the
 * pending outbox — is exactly as before; then runs the same command again, unfailed, and checks that it now
 * works and changes what was observed (so that the observation could have caught a partial write).
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class AtomicityContract extends StorageContract {
    private FailingStorage failing;
    private SdkHarness harness;

    /**
     * A command made ready on objects its row arranged.
     *
     * @param command  runs the command once
     * @param observed reads what the command changes, through the SDK
     * @param subjects the objects whose audit trail the command writes to
     */
    public record Prepared(Runnable command, Supplier<Object> observed, List<AuditSubject> subjects) {
    }

    /**
     * One row of the table.
     *
     * @param name    the command, as the report shows it
     * @param prepare arranges fresh objects on the SDK and returns the command to run on them
     */
    public record Case(String name, Function<SdkHarness, Prepared> prepare) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> commands() {
        return AtomicityCases.all().stream();
    }

    /** The commands whose connection is broken under them: the ones with remote work, files and streamed content. */
    static Stream<Case> idempotentCommands() {
        return AtomicityCases.all().stream().filter(c -> c.name().equals("requests.submit")
                || c.name().startsWith("appointments.book") || c.name().startsWith("dossiers."));
    }

    /**
     * Breaks the database connection of the transaction in progress (e.g. PostgreSQL's
     * {@code pg_terminate_backend}), called from inside the transaction; null (the default) if the adapter
     * has no connection to break, which skips the test that uses it.
     *
     * @return the action, or null
     */
    protected Runnable connectionKiller() {
        return null;
    }

    @BeforeEach
    void wrap() {
        failing = new FailingStorage(storage);
        harness = new SdkHarness(failing);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aCommandThatFailsAtAnyWriteLeavesNothingAndCanBeRunAgain(Case row) {
        failing.failAtWrite(0);
        Prepared counted = row.prepare().apply(harness);
        failing.failAtWrite(0);
        counted.command().run();
        int writes = failing.writes();
        assertThat(writes).as("%s writes at least once", row.name()).isPositive();
        for (int n = 1; n <= writes; n++) {
            failing.failAtWrite(0);
            Prepared prepared = row.prepare().apply(harness);
            Map<String, Object> before = snapshot(prepared);
            failing.failAtWrite(n);
            assertThatThrownBy(() -> prepared.command().run()).as("%s with write %d failing", row.name(), n)
                    .satisfies(e -> assertThat(injected(e)).as("the injected failure, not %s", e).isTrue());
            failing.failAtWrite(0);
            assertThat(snapshot(prepared)).as("%s after write %d of %d failed", row.name(), n, writes).isEqualTo(before);
            prepared.command().run();
            assertThat(snapshot(prepared)).as("%s run again after write %d failed", row.name(), n).isNotEqualTo(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idempotentCommands")
    void aCommandWhoseConnectionDiesAtAnyWriteLeavesNothingAndItsRetryWorksOnce(Case row) {
        Runnable killer = connectionKiller();
        org.junit.jupiter.api.Assumptions.assumeTrue(killer != null, "the adapter has no connection to break");
        failing.failAtWrite(0);
        Prepared counted = row.prepare().apply(harness);
        failing.failAtWrite(0);
        counted.command().run();
        int writes = failing.writes();
        for (int n = 1; n <= writes; n++) {
            failing.failAtWrite(0);
            Prepared prepared = row.prepare().apply(harness);
            Map<String, Object> before = snapshot(prepared);
            failing.actAfterWrite(n, killer);
            assertThatThrownBy(() -> prepared.command().run()).as("%s with the connection dying after write %d",
                    row.name(), n).isInstanceOfSatisfying(SportelloException.class,
                            e -> assertThat(e.code()).isEqualTo(dev.sportello.ErrorCode.ADAPTER_FAILED));
            failing.failAtWrite(0);
            assertThat(snapshot(prepared)).as("%s after its connection died at write %d of %d", row.name(), n, writes)
                    .isEqualTo(before);
            prepared.command().run();
            Map<String, Object> after = snapshot(prepared);
            assertThat(after).as("%s retried after write %d", row.name(), n).isNotEqualTo(before);
            prepared.command().run();
            assertThat(snapshot(prepared)).as("%s retried twice with the same idempotency key", row.name())
                    .isEqualTo(after);
        }
    }

    private static boolean injected(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FailingStorage.InjectedFailure) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Object> snapshot(Prepared prepared) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("observed", observe(prepared.observed()));
        for (AuditSubject subject : prepared.subjects()) {
            List<AuditEntry> trail = tx(s -> s.get(AuditStore.class).forObject(subject.auditType(), subject.auditId(),
                    PageRequest.first(200))).items();
            state.put("audit " + subject.auditType() + " " + subject.auditId(), trail);
        }
        List<String> pending = new ArrayList<>();
        PageRequest page = PageRequest.first(200);
        while (page != null) {
            PageRequest current = page;
            Page<OutboxEntry> entries = tx(s -> s.get(OutboxStore.class).list(OutboxStatus.PENDING, current));
            entries.items().forEach(e -> pending.add(e.id() + " " + e.type() + " " + e.dueAt()));
            page = entries.hasNext() ? page.after(entries) : null;
        }
        pending.sort(null);
        state.put("pending outbox", pending);
        return state;
    }

    private static Object observe(Supplier<Object> observed) {
        try {
            return observed.get();
        } catch (SportelloException e) {
            return e.code();
        }
    }
}
