package dev.sportello.adapters.jdbc;

import dev.sportello.Credential;
import dev.sportello.DispatchReport;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.spi.CounterKey;
import dev.sportello.spi.CounterStore;
import dev.sportello.tck.FailingStorage;
import dev.sportello.tck.SdkHarness;
import dev.sportello.tck.TckOffices;
import dev.sportello.tck.TestData;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.UserProfile;
import dev.sportello.users.VerifyContact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JDBC storage joined to the host's transaction ({@link ThreadBoundTransactions}), on H2 and on
 * PostgreSQL: the host's row and the SDK's commands commit together or not at all, the outbox delivers
 * after the host's commit only, a failed command leaves nothing although the host commits, and a joined
 * unit of work is never run again.
 */
class HostTransactionIT {
    private static final Instant MONDAY_9 = LocalDateTime.parse("2026-12-07T09:00").atZone(dev.sportello.offices.Office.ROME)
            .toInstant();

    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();
    private DataSource dataSource;
    private ThreadBoundTransactions transactions;
    private JdbcStorage storage;

    private void on(boolean postgres) throws SQLException {
        JdbcStorage base = postgres ? Databases.postgres() : Databases.h2();
        Databases.truncate(postgres);
        dataSource = Databases.dataSource(postgres);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS host_practice (id VARCHAR(64) PRIMARY KEY, note VARCHAR(200))");
            s.execute("DELETE FROM host_practice");
        }
        transactions = ThreadBoundTransactions.over(dataSource);
        storage = base.joiningHostTransactions(transactions);
    }

    @AfterEach
    void stopTheOtherThread() {
        otherThread.shutdownNow();
    }

    @ParameterizedTest(name = "on PostgreSQL: {0}")
    @ValueSource(booleans = {false, true})
    void whatTheHostRollsBackLeavesNeitherItsRowNorTheSdks(boolean postgres) throws Exception {
        on(postgres);
        try (SdkHarness h = new SdkHarness(storage); HostTransaction tx = transactions.begin()) {
            hostRow(tx.connection(), "P-1");
            UserProfile user = h.citizen();
            Appointment booked = h.sdk.appointments().book(cie(user), BookAppointment.of("apt-" + UUID.randomUUID(),
                    TckOffices.ROMA, TckOffices.PENSION_INFO.code(), ContactMode.IN_PERSON, MONDAY_9));
            submit(h, user);
            UserProfile stranger = h.citizen();
            assertThatThrownBy(() -> h.sdk.users().get(SdkHarness.as(stranger), user.id()))
                    .isInstanceOfSatisfying(SportelloException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_NOT_OWNER));
            assertThat(deniedInAudit(tx.connection())).as("the denial is audited after the host's transaction").isZero();
            assertThat(rows(tx.connection()).get("sportello_appointments")).as("visible inside the host's transaction").isEqualTo(1);
            assertThat(booked.id()).isNotNull();
            tx.rollback();
        }
        assertThat(hostRows()).isZero();
        Map<String, Integer> outside = rowsOutside();
        assertThat(outside).as("the denial's audit entry, in a transaction of its own once the host's ended")
                .containsEntry("sportello_audit", 1).containsEntry("sportello_audit_heads", 1);
        try (Connection c = dataSource.getConnection()) {
            assertThat(deniedInAudit(c)).isEqualTo(1);
        }
        outside.remove("sportello_audit");
        outside.remove("sportello_audit_heads");
        assertThat(outside).as("no other row of the SDK").allSatisfy((table, count) -> assertThat(count).as(table).isZero());
    }

    @ParameterizedTest(name = "on PostgreSQL: {0}")
    @ValueSource(booleans = {false, true})
    void whatTheHostCommitsKeepsItsRowAndTheSdks(boolean postgres) throws Exception {
        on(postgres);
        try (SdkHarness h = new SdkHarness(storage)) {
            UserProfile user;
            Request request;
            try (HostTransaction tx = transactions.begin()) {
                hostRow(tx.connection(), "P-2");
                user = h.citizen();
                h.sdk.appointments().book(cie(user), BookAppointment.of("apt-" + UUID.randomUUID(), TckOffices.ROMA,
                        TckOffices.PENSION_INFO.code(), ContactMode.IN_PERSON, MONDAY_9));
                request = submit(h, user);
                assertThat(rowsOutside().get("sportello_users")).as("nothing visible before the commit").isZero();
                tx.commit();
            }
            assertThat(hostRows()).isEqualTo(1);
            assertThat(h.sdk.users().findByFiscalCode(SdkHarness.PORTAL, user.fiscalCode())).isPresent();
            assertThat(h.sdk.appointments().mine(cie(user), PageRequest.first(10)).items()).hasSize(1);
            assertThat(h.sdk.requests().get(SdkHarness.as(user), request.id()).id()).isEqualTo(request.id());
        }
        Map<String, Integer> rows = rowsOutside();
        assertThat(rows.get("sportello_users")).isEqualTo(1);
        assertThat(rows.get("sportello_appointments")).isEqualTo(1);
        assertThat(rows.get("sportello_requests")).isEqualTo(1);
        assertThat(rows.get("sportello_outbox")).isPositive();
    }

    @ParameterizedTest(name = "on PostgreSQL: {0}")
    @ValueSource(booleans = {false, true})
    void theOutboxDeliversOnlyAfterTheHostCommits(boolean postgres) throws Exception {
        on(postgres);
        try (SdkHarness h = new SdkHarness(storage)) {
            try (HostTransaction tx = transactions.begin()) {
                hostRow(tx.connection(), "P-3");
                UserProfile user = h.citizen();
                h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(), ContactKind.MOBILE,
                        TestData.mobileAsTyped()));
                assertThat(rows(tx.connection()).get("sportello_outbox")).isPositive();
                DispatchReport before = otherThread.submit(() -> h.sdk.dispatcher().runOnce()).get(20, TimeUnit.SECONDS);
                assertThat(before.claimed()).as("claimed before the host's commit").isZero();
                assertThat(h.channels.sms()).isEmpty();
                tx.commit();
            }
            DispatchReport after = otherThread.submit(() -> h.sdk.dispatcher().drain(10)).get(20, TimeUnit.SECONDS);
            assertThat(after.delivered()).isPositive();
            assertThat(h.channels.sms()).as("the verification code").hasSize(1);
        }
    }

    @ParameterizedTest(name = "on PostgreSQL: {0}")
    @ValueSource(booleans = {false, true})
    void aFailedCommandLeavesNothingAlthoughTheHostCommits(boolean postgres) throws Exception {
        on(postgres);
        FailingStorage failing = new FailingStorage(storage);
        UserProfile user;
        Map<String, Integer> beforeTheBooking;
        try (SdkHarness h = new SdkHarness(failing)) {
            try (HostTransaction tx = transactions.begin()) {
                Connection connection = tx.connection();
                hostRow(connection, "P-4");
                user = h.citizen();
                beforeTheBooking = rows(connection);
                // after the booking's write (its one flush, which writes the appointment, the appends and the
                // counters), a statement fails in the database (on PostgreSQL this aborts the whole transaction
                // unless it is rolled back to the savepoint)
                failing.actAfterWrite(1, () -> {
                    try (Statement s = connection.createStatement()) {
                        s.executeQuery("SELECT 1 / (SELECT count(*) FROM host_practice WHERE id = 'none')");
                    } catch (SQLException e) {
                        throw new JdbcFailure(e);
                    }
                });
                UserProfile booker = user;
                assertThatThrownBy(() -> h.sdk.appointments().book(cie(booker), BookAppointment.of("apt-" + UUID.randomUUID(),
                        TckOffices.ROMA, TckOffices.PENSION_INFO.code(), ContactMode.IN_PERSON, MONDAY_9)))
                        .isInstanceOfSatisfying(SportelloException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ADAPTER_FAILED));
                assertThat(failing.writes()).as("the booking wrote before it failed").isGreaterThanOrEqualTo(1);
                failing.failAtWrite(0);
                assertThat(rows(connection)).as("rolled back to the savepoint").isEqualTo(beforeTheBooking);
                hostRow(connection, "P-5");
                tx.commit();
            }
        }
        assertThat(hostRows()).isEqualTo(2);
        assertThat(rowsOutside()).isEqualTo(beforeTheBooking);
        assertThat(rowsOutside().get("sportello_users")).isEqualTo(1);
    }

    @ParameterizedTest(name = "on PostgreSQL: {0}")
    @ValueSource(booleans = {false, true})
    void aJoinedUnitOfWorkIsNeverRunAgain(boolean postgres) throws Exception {
        on(postgres);
        AtomicInteger runs = new AtomicInteger();
        try (HostTransaction tx = transactions.begin()) {
            hostRow(tx.connection(), "P-6");
            assertThatThrownBy(() -> storage.inTransaction(stores -> {
                runs.incrementAndGet();
                throw new JdbcFailure(new SQLException("deadlock detected", "40P01"));
            })).isInstanceOfSatisfying(SportelloException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ADAPTER_FAILED));
            assertThat(runs).as("runs in the host's transaction").hasValue(1);
            assertThatThrownBy(() -> storage.inTransaction(stores -> {
                throw new JdbcFailure(new SQLException("duplicate key", "23505"));
            })).isInstanceOfSatisfying(SportelloException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));
            tx.commit();
        }
        assertThat(hostRows()).as("the host's transaction survived the failures").isEqualTo(1);
        runs.set(0);
        assertThatThrownBy(() -> storage.inTransaction(stores -> {
            runs.incrementAndGet();
            throw new JdbcFailure(new SQLException("deadlock detected", "40P01"));
        })).isInstanceOfSatisfying(SportelloException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ADAPTER_FAILED));
        assertThat(runs).as("runs in a transaction of its own").hasValue(5);
    }

    @ParameterizedTest(name = "on PostgreSQL: {0}")
    @ValueSource(booleans = {false, true})
    void aLockTimeoutInTheHostsTransactionPropagatesOnceAndLeavesItUsable(boolean postgres) throws Exception {
        on(postgres);
        CounterKey key = CounterKey.of("host.test", "locked");
        storage.inTransaction(stores -> stores.get(CounterStore.class).next(key));
        AtomicInteger runs = new AtomicInteger();
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement(
                    "UPDATE sportello_counters SET counter_value = counter_value WHERE counter_key = ?")) {
                lock.setString(1, key.text());
                assertThat(lock.executeUpdate()).isEqualTo(1);
            }
            try (HostTransaction tx = transactions.begin()) {
                try (Statement s = tx.connection().createStatement()) {
                    s.execute(postgres ? "SET LOCAL lock_timeout = '200ms'" : "SET LOCK_TIMEOUT 200");
                }
                hostRow(tx.connection(), "P-8");
                try {
                    assertThatThrownBy(() -> storage.inTransaction(stores -> {
                        runs.incrementAndGet();
                        return stores.get(CounterStore.class).next(key);
                    })).isInstanceOfSatisfying(SportelloException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ADAPTER_FAILED));
                } finally {
                    if (!postgres) {
                        try (Statement s = tx.connection().createStatement()) {
                            s.execute("SET LOCK_TIMEOUT 20000");
                        }
                    }
                }
                assertThat(runs).as("a lock timeout is not retried in the host's transaction").hasValue(1);
                hostRow(tx.connection(), "P-9");
                tx.commit();
            } finally {
                blocker.rollback();
            }
        }
        assertThat(hostRows()).isEqualTo(2);
        assertThat(storage.<Map<CounterKey, Long>>inTransaction(stores -> stores.get(CounterStore.class).values(List.of(key))))
                .containsEntry(key, 1L);
    }

    @ParameterizedTest(name = "on PostgreSQL: {0}")
    @ValueSource(booleans = {false, true})
    void withoutAHostTransactionTheStorageCommitsItsOwn(boolean postgres) throws Exception {
        on(postgres);
        try (SdkHarness h = new SdkHarness(storage)) {
            UserProfile user = h.citizen();
            assertThat(rowsOutside().get("sportello_users")).isEqualTo(1);
            try (HostTransaction tx = transactions.begin()) {
                hostRow(tx.connection(), "P-7");
                UserProfile elsewhere = otherThread.submit(() -> h.citizen()).get(20, TimeUnit.SECONDS);
                assertThat(rowsOutside().get("sportello_users")).as("another thread's command committed on its own")
                        .isEqualTo(2);
                assertThat(elsewhere.id()).isNotEqualTo(user.id());
            }
        }
        assertThat(hostRows()).as("closed without commit").isZero();
        assertThat(rowsOutside().get("sportello_users")).isEqualTo(2);
    }

    private static Principal cie(UserProfile user) {
        return Principal.user(user.id(), Credential.CIE);
    }

    private static Request submit(SdkHarness h, UserProfile user) {
        return h.sdk.requests().submit(SdkHarness.as(user), new SubmitRequest("key-" + UUID.randomUUID().toString().substring(0, 8),
                TopicCode.GENERIC, null, null, Map.of("subject", "Pensione"), "Testo della richiesta", List.of()));
    }

    @ParameterizedTest(name = "on PostgreSQL: {0}")
    @ValueSource(booleans = {false, true})
    void aVerificationCodeIsRefusedInsideTheHostsTransactionSoThatARollbackCannotGiveAnAttemptBack(boolean postgres)
            throws Exception {
        on(postgres);
        try (SdkHarness h = new SdkHarness(storage)) {
            UserProfile user = h.citizen();
            ContactPoint mobile = h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(), ContactKind.MOBILE,
                    TestData.mobileAsTyped()));
            h.deliver();
            String code = h.lastCode(mobile);
            try (HostTransaction tx = transactions.begin()) {
                assertThatThrownBy(() -> h.sdk.users().verifyContact(SdkHarness.as(user),
                        new VerifyContact(user.id(), mobile.id(), "000000")))
                        .isInstanceOfSatisfying(SportelloException.class,
                                e -> assertThat(e.code()).isEqualTo(ErrorCode.HOST_TRANSACTION_NOT_ALLOWED));
                tx.rollback();
            }
            assertThat(h.sdk.users().verifyContact(SdkHarness.as(user), new VerifyContact(user.id(), mobile.id(), code))
                    .verified()).as("outside a host's transaction, and no attempt was spent").isTrue();
        }
    }

    private static void hostRow(Connection connection, String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO host_practice (id, note) VALUES (?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, "pratica");
            ps.executeUpdate();
        }
    }

    private static int deniedInAudit(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sportello_audit WHERE outcome = 'DENIED'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private int hostRows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM host_practice")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Map<String, Integer> rowsOutside() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return rows(c);
        }
    }

    /** The row count of every table of the SDK, as a connection sees them. */
    private static Map<String, Integer> rows(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, "sportello_%", new String[]{"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                if (!rs.getString("TABLE_NAME").equals("sportello_schema_history")) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
        }
        Map<String, Integer> rows = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    rows.put(table, rs.getInt(1));
                }
            }
        }
        return rows;
    }
}
