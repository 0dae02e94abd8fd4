package dev.sportello.benchmarks;

import dev.sportello.Language;
import dev.sportello.Principal;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.core.SportelloSdk;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.UserProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Registering a citizen through the SDK, on memory and on PostgreSQL (synchronous_commit on), beside
 * a raw-JDBC transaction that inserts the same rows (user, audit entry, outbox event) on the same
 * database. Run: {@code java -jar benchmarks/target/benchmarks.jar UserRegistration}.
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@Threads(4)
public class UserRegistrationBenchmark {
    private static final Principal PORTAL = Principal.service("portal");
    private static final MunicipalityCode ROME = new MunicipalityCode("H501");

    /** The SDK on the in-memory storage. */
    @State(Scope.Benchmark)
    public static class OnMemory {
        SportelloSdk sdk;

        @Setup(Level.Trial)
        public void start() {
            sdk = SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(new MemoryStorage()).officeDirectory(Offices.directory()).build();
        }

        @TearDown(Level.Trial)
        public void stop() {
            sdk.close();
        }
    }

    /** The SDK on PostgreSQL, and the same database for the raw baseline. */
    @State(Scope.Benchmark)
    public static class OnPostgres {
        Postgres postgres;
        SportelloSdk sdk;
        /** Operations since counting started, for the round trips and statements per operation (goal 7). */
        final java.util.concurrent.atomic.LongAdder ops = new java.util.concurrent.atomic.LongAdder();

        @Setup(Level.Trial)
        public void start() {
            postgres = new Postgres(16, true);
            sdk = SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(postgres.storage).officeDirectory(Offices.directory()).build();
            postgres.startCounting();
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            postgres.printPerOperation("per registration of this benchmark", ops.sum());
            sdk.close();
            postgres.close();
        }
    }

    /** The SDK on memory. */
    @Benchmark
    public UserProfile memorySdk(OnMemory state) {
        return register(state.sdk);
    }

    /** The SDK on PostgreSQL. */
    @Benchmark
    public UserProfile postgresSdk(OnPostgres state) {
        state.ops.increment();
        return register(state.sdk);
    }

    /** Validation, assurance, uniqueness check, then user, audit entry and event in one transaction. */
    private static UserProfile register(SportelloSdk sdk) {
        return sdk.users().register(PORTAL, new RegisterCitizen(Identities.next(), "Maria Rossi", ROME, Language.IT));
    }

    /** The same three rows with plain JDBC in one transaction, on the same PostgreSQL. */
    @Benchmark
    public int postgresRawJdbc(OnPostgres state) throws SQLException {
        Postgres postgres = state.postgres;
        state.ops.increment();
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        UUID user = UUID.randomUUID();
        try (Connection c = postgres.dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement u = c.prepareStatement("INSERT INTO sportello_users (id, kind, fiscal_code, name, "
                    + "registration_number, municipality, language, version, created_at, updated_at, fiscal_key) "
                    + "VALUES (?, 'CITIZEN', ?, 'Maria Rossi', NULL, 'H501', 'IT', 0, ?, ?, ?)");
                 PreparedStatement a = c.prepareStatement("INSERT INTO sportello_audit (id, at, actor, on_behalf_of, "
                         + "action, object_type, object_id, outcome, error_code) VALUES (?, ?, 'service:portal', NULL, "
                         + "'USER_REGISTERED', 'user', ?, 'SUCCEEDED', NULL)");
                 PreparedStatement o = c.prepareStatement("INSERT INTO sportello_outbox (id, kind, type, payload, due_at, "
                         + "cancel_key, status, attempts, last_error, lease_token, lease_until, created_at, updated_at) "
                         + "VALUES (?, 'EVENT', 'user.registered', ?, ?, NULL, 'PENDING', 0, NULL, NULL, NULL, ?, ?)")) {
                u.setObject(1, user);
                String code = Identities.next().value();
                u.setString(2, code);
                u.setObject(3, now);
                u.setObject(4, now);
                u.setString(5, code.substring(0, 15));
                u.executeUpdate();
                a.setObject(1, UUID.randomUUID());
                a.setObject(2, now);
                a.setString(3, user.toString());
                a.executeUpdate();
                o.setObject(1, UUID.randomUUID());
                o.setString(2, "actor=service%3Aportal&attr.kind=CITIZEN&occurredAt=" + now + "&subjectId=" + user
                        + "&subjectType=user");
                o.setObject(3, now);
                o.setObject(4, now);
                o.setObject(5, now);
                o.executeUpdate();
            }
            c.commit();
            return 3;
        }
    }
}
