package dev.sportello.benchmarks;

import dev.sportello.Credential;
import dev.sportello.Language;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.adapters.memory.SampleFiles;
import dev.sportello.core.SportelloSdk;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Submitting a request, without files and with 3 × 100 KB files, on memory and on PostgreSQL
 * (synchronous_commit on), beside raw JDBC writing the same rows in one transaction (protocol counter,
 * request, timeline, inbox notices, message records, outbox entries, audit entry; and for files the
 * manifest rows and the archive). Users are spread over eight offices. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.sportello.benchmarks.Report RequestSubmitBenchmark}.
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(4)
public class RequestSubmitBenchmark {
    private static final int USERS = 800;
    private static final AtomicLong KEYS = new AtomicLong();
    static final List<Attachment> FILES = List.of(new Attachment("F24.pdf", SampleFiles.pdf(100 * 1024, 1)),
            new Attachment("ricevuta.jpg", SampleFiles.jpeg(100 * 1024, 2)),
            new Attachment("estratto.png", SampleFiles.png(100 * 1024, 3)));

    /** An SDK with registered users. */
    abstract static class Fixture {
        SportelloSdk sdk;
        final List<UserId> users = new ArrayList<>();
        final List<String> offices = new ArrayList<>();
        final AtomicLong next = new AtomicLong();

        void start(UnitOfWork storage) {
            sdk = SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(storage).officeDirectory(Offices.directory()).build();
            for (int i = 0; i < USERS; i++) {
                String[] office = Offices.OFFICES.get(i % Offices.OFFICES.size());
                users.add(sdk.users().register(Principal.service("bench"), new RegisterCitizen(Identities.next(), "Maria Rossi",
                        new MunicipalityCode(office[1]), Language.IT)).id());
                offices.add(office[0]);
            }
        }

        int pick() {
            return (int) (next.getAndIncrement() % USERS);
        }

        Request submit(List<Attachment> files) {
            UserId user = users.get(pick());
            return sdk.requests().submit(Principal.user(user, Credential.SPID_L2), new SubmitRequest("benchmark-" + KEYS.incrementAndGet(),
                    TopicCode.CONTRIBUTORY_REGULARITY, null, null, Map.of("period", "2026-01/2026-03"),
                    "Chiedo conferma della regolarità contributiva.", files));
        }
    }

    /** On memory. */
    @State(Scope.Benchmark)
    public static class OnMemory extends Fixture {
        @Setup(Level.Trial)
        public void up() {
            start(new MemoryStorage());
        }

        @TearDown(Level.Trial)
        public void down() {
            sdk.close();
        }
    }

    /** On PostgreSQL. */
    @State(Scope.Benchmark)
    public static class OnPostgres extends Fixture {
        Postgres postgres;
        byte[] zip;
        /** Operations since counting started, for the round trips and statements per operation (goal 7). */
        final java.util.concurrent.atomic.LongAdder ops = new java.util.concurrent.atomic.LongAdder();

        @Setup(Level.Trial)
        public void up() throws IOException {
            postgres = new Postgres(16, true);
            start(postgres.storage);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                for (Attachment a : FILES) {
                    ZipEntry e = new ZipEntry(a.fileName());
                    z.putNextEntry(e);
                    z.write(a.content());
                    z.closeEntry();
                }
            }
            zip = out.toByteArray();
            postgres.startCounting();
        }

        @TearDown(Level.Trial)
        public void down() throws Exception {
            postgres.printPerOperation("per submission of this benchmark", ops.sum());
            sdk.close();
            postgres.close();
        }
    }

    /** The SDK on memory, without files. */
    @Benchmark
    public Request memorySubmit(OnMemory state) {
        return state.submit(List.of());
    }

    /** The SDK on memory, with 3 × 100 KB files. */
    @Benchmark
    public Request memorySubmitFiles(OnMemory state) {
        return state.submit(FILES);
    }

    /** The SDK on PostgreSQL, without files. */
    @Benchmark
    public Request postgresSdkSubmit(OnPostgres state) {
        state.ops.increment();
        return state.submit(List.of());
    }

    /** The SDK on PostgreSQL, with 3 × 100 KB files. */
    @Benchmark
    public Request postgresSdkSubmitFiles(OnPostgres state) {
        state.ops.increment();
        return state.submit(FILES);
    }

    /** The same rows as a submission without files, with plain JDBC. */
    @Benchmark
    public long postgresRawJdbcSubmit(OnPostgres state) throws SQLException {
        return raw(state, false);
    }

    /** The same rows as a submission with 3 files, with plain JDBC (the archive pre-built). */
    @Benchmark
    public long postgresRawJdbcSubmitFiles(OnPostgres state) throws SQLException {
        return raw(state, true);
    }

    private static long raw(OnPostgres state, boolean files) throws SQLException {
        state.ops.increment();
        int i = state.pick();
        UUID owner = state.users.get(i).value();
        String office = state.offices.get(i);
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        UUID id = UUID.randomUUID();
        UUID archive = UUID.randomUUID();
        try (Connection c = state.postgres.dataSource.getConnection()) {
            c.setAutoCommit(false);
            long n;
            try (PreparedStatement counter = c.prepareStatement("INSERT INTO sportello_counters (counter_key, counter_value) "
                    + "VALUES (?, 1) ON CONFLICT (counter_key) DO UPDATE SET counter_value = sportello_counters.counter_value + 1 "
                    + "RETURNING counter_value")) {
                counter.setString(1, "protocol:" + office + ":2026");
                try (ResultSet rs = counter.executeQuery()) {
                    rs.next();
                    n = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sportello_requests (id, protocol, owner_id, submitted_by, "
                    + "company, dossier, topic, subject, fields, body, office, status, assignee, awaiting_user, outcome, "
                    + "outcome_text, idempotency_key, fingerprint, created_at, updated_at, version) VALUES (?, ?, ?, ?, NULL, NULL, "
                    + "'CONTRIBUTORY_REGULARITY', 'Regolarità contributiva – periodo 2026-01/2026-03', 'period=2026-01%2F2026-03', "
                    + "'Chiedo conferma della regolarità contributiva.', ?, 'OPEN', NULL, false, NULL, NULL, ?, ?, ?, ?, 0)")) {
                ps.setObject(1, id);
                ps.setString(2, office + "-2026-R" + n + "-" + id.toString().substring(0, 8));
                ps.setObject(3, owner);
                ps.setString(4, "user:" + owner);
                ps.setString(5, office);
                ps.setString(6, "r" + KEYS.incrementAndGet());
                ps.setString(7, "f".repeat(64));
                ps.setObject(8, now);
                ps.setObject(9, now);
                ps.executeUpdate();
            }
            if (files) {
                try (PreparedStatement a = c.prepareStatement("INSERT INTO sportello_archives (id, request_id, content, created_at) "
                        + "VALUES (?, ?, ?, ?)"); PreparedStatement m = c.prepareStatement("INSERT INTO sportello_request_attachments "
                        + "(request_id, position, archive_id, name, size, sha256, content_type) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    a.setObject(1, archive);
                    a.setObject(2, id);
                    a.setBytes(3, state.zip);
                    a.setObject(4, now);
                    a.executeUpdate();
                    for (int f = 0; f < 3; f++) {
                        m.setObject(1, id);
                        m.setInt(2, f);
                        m.setObject(3, archive);
                        m.setString(4, FILES.get(f).fileName());
                        m.setLong(5, 102_400);
                        m.setString(6, "0".repeat(64));
                        m.setString(7, "application/pdf");
                        m.addBatch();
                    }
                    m.executeBatch();
                }
            }
            try (PreparedStatement t = c.prepareStatement("INSERT INTO sportello_request_timeline (request_id, kind, at, actor, "
                    + "on_behalf_of, text, internal, archive_id, data) VALUES (?, ?, ?, ?, NULL, NULL, false, NULL, ?)")) {
                for (String kind : new String[]{"SUBMITTED", "REGISTERED", "ROUTED"}) {
                    t.setObject(1, id);
                    t.setString(2, kind);
                    t.setObject(3, now);
                    t.setString(4, "user:" + owner);
                    t.setString(5, "office=" + office);
                    t.addBatch();
                }
                t.executeBatch();
            }
            try (PreparedStatement inbox = c.prepareStatement("INSERT INTO sportello_inbox (id, recipient, kind, title, body, "
                    + "content, created_at, read_at, expires_at) VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, NULL)");
                 PreparedStatement msg = c.prepareStatement("INSERT INTO sportello_messages (id, recipient, channel, kind, language, "
                         + "purpose, status, skip_reason, destination, sms_segments, sms_encoding, due_at, provider_id, attempts, "
                         + "created_at, updated_at, history) VALUES (?, ?, ?, ?, 'IT', 'TRANSACTIONAL', ?, ?, NULL, 0, NULL, ?, NULL, 0, ?, ?, ?)");
                 PreparedStatement out = c.prepareStatement("INSERT INTO sportello_outbox (id, kind, type, payload, due_at, cancel_key, "
                         + "status, attempts, last_error, lease_token, lease_until, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, "
                         + "'PENDING', 0, NULL, NULL, NULL, ?, ?)")) {
                for (String kind : new String[]{"REQUEST_REGISTERED", "REQUEST_ROUTED"}) {
                    UUID notice = UUID.randomUUID();
                    inbox.setObject(1, notice);
                    inbox.setObject(2, owner);
                    inbox.setString(3, kind);
                    inbox.setString(4, "Richiesta registrata");
                    inbox.setString(5, "La richiesta è stata registrata.");
                    inbox.setObject(6, now);
                    inbox.addBatch();
                    for (String[] channel : new String[][]{{"INBOX", "DELIVERED", null}, {"SMS", "SKIPPED", "NO_VERIFIED_CONTACT"},
                        {"EMAIL", "SKIPPED", "NO_VERIFIED_CONTACT"}, {"PUSH", "QUEUED", null}}) {
                        UUID message = channel[0].equals("INBOX") ? notice : UUID.randomUUID();
                        msg.setObject(1, message);
                        msg.setObject(2, owner);
                        msg.setString(3, channel[0]);
                        msg.setString(4, kind);
                        msg.setString(5, channel[1]);
                        msg.setString(6, channel[2]);
                        msg.setObject(7, now);
                        msg.setObject(8, now);
                        msg.setObject(9, now);
                        msg.setString(10, channel[1] + ";" + now.toInstant());
                        msg.addBatch();
                        if (channel[0].equals("PUSH")) {
                            out.setObject(1, message);
                            out.setString(2, "MESSAGE");
                            out.setString(3, kind);
                            out.setString(4, "channel=PUSH&language=IT&recipient=" + owner + "&subject=Richiesta+registrata&text=x");
                            out.setObject(5, now);
                            out.setObject(6, now);
                            out.setObject(7, now);
                            out.addBatch();
                        }
                    }
                }
                out.setObject(1, UUID.randomUUID());
                out.setString(2, "EVENT");
                out.setString(3, "request.submitted");
                out.setString(4, "actor=user%3A" + owner + "&subjectId=" + id + "&subjectType=request");
                out.setObject(5, now);
                out.setObject(6, now);
                out.setObject(7, now);
                out.addBatch();
                inbox.executeBatch();
                msg.executeBatch();
                out.executeBatch();
            }
            try (PreparedStatement audit = c.prepareStatement("INSERT INTO sportello_audit (id, at, actor, on_behalf_of, action, "
                    + "object_type, object_id, outcome, error_code) VALUES (?, ?, ?, NULL, 'REQUEST_SUBMITTED', 'request', ?, "
                    + "'SUCCEEDED', NULL)")) {
                audit.setObject(1, UUID.randomUUID());
                audit.setObject(2, now);
                audit.setString(3, "user:" + owner);
                audit.setString(4, id.toString());
                audit.executeUpdate();
            }
            c.commit();
            return n;
        }
    }
}
