package dev.sportello.adapters.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dev.sportello.DelegationId;
import dev.sportello.PartyId;
import dev.sportello.ServiceId;
import dev.sportello.UserId;
import dev.sportello.adapters.memory.MutableClock;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.DelegationTransition;
import dev.sportello.delegation.ExpiryReason;
import dev.sportello.delegation.spi.DelegationRecord;
import dev.sportello.delegation.spi.DelegationStore;
import dev.sportello.PageRequest;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;
import dev.sportello.tck.SdkHarness;
import dev.sportello.tck.TestData;
import dev.sportello.users.TaxCode;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V11 on a database holding delegations written before it: they become ACTIVE (REVOKED when revoked) with
 * their kind's full scope and the history they had, each active one gets its expiry task, and the
 * dispatcher then ends those whose validity has passed — on PostgreSQL and on H2.
 */
class DelegationMigrationIT {
    private static final Instant CREATED = Instant.parse("2025-01-10T08:00:00Z");

    @ParameterizedTest(name = "on PostgreSQL: {0}")
    @ValueSource(booleans = {true, false})
    @DisplayName("rows from before V11 stay valid: active with their kind's full scope, revoked ones revoked")
    void legacyRowsStayValid(boolean onPostgres) throws SQLException {
        String name = "migration_" + Long.toHexString(System.nanoTime());
        try (HikariDataSource pool = onPostgres ? Databases.newPostgresDatabase(name) : Databases.newH2Database(name)) {
            JdbcStorage storage = JdbcStorage.of(pool);
            try (Connection c = pool.getConnection()) {
                Flyway.configure().dataSource(pool).table("sportello_schema_history")
                        .locations("classpath:db/sportello/common", Dialect.of(c).migrationLocation())
                        .baselineOnMigrate(true).baselineVersion("0").target("8").load().migrate();
            }
            UserId company = user(pool, "COMPANY", TestData.vatNumber().value(), TestData.registrationNumber().value());
            TaxCode code = TestData.adultTaxCode();
            UserId consultant = user(pool, "INTERMEDIARY", code.value(), null);
            DelegationId current = legacy(pool, DelegationKind.MANDATE, company, consultant,
                    Instant.parse("2030-01-01T00:00:00Z"), null);
            DelegationId revoked = legacy(pool, DelegationKind.DIGITAL_IDENTITY, company, consultant,
                    Instant.parse("2030-01-01T00:00:00Z"), Instant.parse("2025-02-01T10:00:00Z"));
            DelegationId ended = legacy(pool, DelegationKind.MANDATE, consultant, company,
                    Instant.parse("2026-01-01T00:00:00Z"), null);
            storage.migrate();

            DelegationRecord active = storage.inTransaction(s -> s.get(DelegationStore.class).find(current)).orElseThrow();
            assertThat(active.status()).isEqualTo(DelegationStatus.ACTIVE);
            assertThat(active.scope()).isEqualTo(DelegationKind.MANDATE.operations());
            assertThat(active.lifecycle()).containsExactly(new DelegationTransition(DelegationStatus.ACTIVE, CREATED,
                    new ServiceId("portal"), null));
            List<DelegationRecord> valid = storage.inTransaction(s -> s.get(DelegationStore.class).findValid(company,
                    consultant, Instant.parse("2026-11-23T09:00:00Z")));
            assertThat(valid).containsExactly(active);
            DelegationRecord gone = storage.inTransaction(s -> s.get(DelegationStore.class).find(revoked)).orElseThrow();
            assertThat(gone.status()).isEqualTo(DelegationStatus.REVOKED);
            assertThat(gone.lifecycle()).last().isEqualTo(new DelegationTransition(DelegationStatus.REVOKED,
                    Instant.parse("2025-02-01T10:00:00Z"), PartyId.parse("service:sportello-migration"), null));
            List<OutboxEntry> tasks = storage.inTransaction(s -> s.get(OutboxStore.class).list(OutboxStatus.PENDING,
                    PageRequest.first(10)).items());
            assertThat(tasks).hasSize(2)
                    .allSatisfy(e -> assertThat(e.type()).isEqualTo("delegation.expiry"))
                    .extracting(e -> e.payload().get("delegationId"))
                    .containsExactlyInAnyOrder(current.toString(), ended.toString());

            try (SdkHarness h = new SdkHarness(storage, new RecordingChannels(), new MutableClock(SdkHarness.START), b -> { })) {
                h.deliver();
            }
            DelegationRecord expired = storage.inTransaction(s -> s.get(DelegationStore.class).find(ended)).orElseThrow();
            assertThat(expired.status()).isEqualTo(DelegationStatus.EXPIRED);
            assertThat(expired.lifecycle()).hasSize(2).last().extracting(DelegationTransition::reason)
                    .isEqualTo(ExpiryReason.VALIDITY_ENDED);
            assertThat(storage.inTransaction(s -> s.get(DelegationStore.class).find(current)).orElseThrow().status())
                    .isEqualTo(DelegationStatus.ACTIVE);
        }
    }

    private static DelegationId legacy(DataSource pool, DelegationKind kind, UserId delegator, UserId delegate,
                                       Instant until, Instant revokedAt) throws SQLException {
        DelegationId id = new DelegationId(UUID.randomUUID());
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO sportello_delegations "
                + "(id, kind, delegator, delegate, valid_from, valid_until, revoked_at, created_by, created_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, id.value());
            ps.setString(2, kind.name());
            ps.setObject(3, delegator.value());
            ps.setObject(4, delegate.value());
            ps.setObject(5, OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));
            ps.setObject(6, OffsetDateTime.ofInstant(until, ZoneOffset.UTC));
            ps.setObject(7, revokedAt == null ? null : OffsetDateTime.ofInstant(revokedAt, ZoneOffset.UTC));
            ps.setString(8, "service:portal");
            ps.setObject(9, OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));
            ps.setLong(10, revokedAt == null ? 0 : 1);
            ps.executeUpdate();
        }
        return id;
    }

    private static UserId user(DataSource pool, String kind, String fiscalCode, String registrationNumber)
            throws SQLException {
        UserId id = new UserId(UUID.randomUUID());
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO sportello_users "
                + "(id, kind, fiscal_code, name, registration_number, municipality, language, version, created_at, "
                + "updated_at, fiscal_key) VALUES (?, ?, ?, 'Legacy', ?, 'H501', 'IT', 0, ?, ?, ?)")) {
            ps.setObject(1, id.value());
            ps.setString(2, kind);
            ps.setString(3, fiscalCode);
            ps.setString(4, registrationNumber);
            ps.setObject(5, OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));
            ps.setObject(6, OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));
            ps.setString(7, fiscalCode.length() == 16 ? fiscalCode.substring(0, 15) : fiscalCode);
            ps.executeUpdate();
        }
        return id;
    }
}
