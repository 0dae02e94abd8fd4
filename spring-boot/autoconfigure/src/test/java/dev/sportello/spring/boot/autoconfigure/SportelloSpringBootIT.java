package dev.sportello.spring.boot.autoconfigure;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sportello.AccessDeniedException;
import dev.sportello.Credential;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.Principal;
import dev.sportello.adapters.jdbc.JdbcOfficeDirectory;
import dev.sportello.adapters.jdbc.JdbcStorage;
import dev.sportello.adapters.memory.DeterministicMeetings;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentEvents;
import dev.sportello.appointments.spi.MeetingProvider;
import dev.sportello.core.SportelloSdk;
import dev.sportello.offices.Office;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestEvents;
import dev.sportello.tck.TckOffices;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.UserProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The starter in a Spring Boot application on embedded PostgreSQL: JDBC storage migrated at start-up, the
 * JDBC office directory, the dispatcher running in the background; a citizen submits a request and books
 * an appointment, and the events reach the application's sink after commit.
 */
@SpringBootTest(classes = SportelloSpringBootIT.App.class, properties = {
        "sportello.dispatcher.poll-interval=100ms", "sportello.office-directory.cache-for=0s", TestBeans.PORTAL_GRANTS})
class SportelloSpringBootIT {
    @Autowired
    SportelloSdk sdk;
    @Autowired
    JdbcStorage storage;
    @Autowired
    JdbcOfficeDirectory directory;
    @Autowired
    RecordingChannels channels;
    @Autowired
    HostService host;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void officesInTheDatabase() {
        var offices = TckOffices.directory();
        Office roma = offices.office(TckOffices.ROMA).orElseThrow();
        directory.put(roma, List.of(new MunicipalityCode("H501")));
        offices.operators(TckOffices.ROMA).forEach(directory::put);
        offices.calendars(TckOffices.ROMA).forEach(directory::put);
    }

    @Test
    void aCitizenSubmitsARequestAndBooksAnAppointmentAndTheDispatcherDeliversTheEvents() {
        assertThat(storage.isPostgreSql()).isTrue();
        UserProfile user = TestBeans.citizen(sdk);

        Request request = TestBeans.submit(sdk, user);
        Appointment appointment = TestBeans.book(sdk, user);

        assertThat(request.office()).isEqualTo(TckOffices.ROMA);
        assertThat(request.protocol()).isNotNull();
        assertThat(sdk.appointments().get(TestBeans.PORTAL, appointment.id()).office()).isEqualTo(TckOffices.ROMA);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(channels.events()).extracting(DomainEvent::type)
                .contains(RequestEvents.SUBMITTED, AppointmentEvents.BOOKED));
    }

    @Test
    void aHostTransactionThatRollsBackLeavesNeitherItsRowNorTheBookingAndOneThatCommitsKeepsBoth() {
        UserProfile user = TestBeans.citizen(sdk);
        int appointments = count("sportello_appointments");

        assertThatThrownBy(() -> host.saveAndBook(user, true)).isInstanceOf(IllegalStateException.class);
        assertThat(count("host_orders")).isZero();
        assertThat(count("sportello_appointments")).isEqualTo(appointments);

        Appointment booked = host.saveAndBook(user, false);
        assertThat(host.outboxSeenFromOutsideBeforeCommit).isZero();
        assertThat(count("host_orders")).isEqualTo(1);
        assertThat(count("sportello_appointments")).isEqualTo(appointments + 1);
        assertThat(count("sportello_outbox")).isGreaterThan(0);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(channels.events())
                .filteredOn(e -> e.type().equals(AppointmentEvents.BOOKED))
                .extracting(DomainEvent::subjectId).contains(booked.id().value().toString()));
    }

    @Test
    void aDenialInsideAHostTransactionThatRollsBackIsStillAudited() {
        UserProfile owner = TestBeans.citizen(sdk);
        UserProfile stranger = TestBeans.citizen(sdk);
        int orders = count("host_orders");
        int denied = jdbc.queryForObject("SELECT count(*) FROM sportello_audit WHERE outcome = 'DENIED' AND object_id = ?",
                Integer.class, owner.id().auditId());

        assertThatThrownBy(() -> host.saveAndPeek(stranger, owner)).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_NOT_OWNER));

        assertThat(count("host_orders")).as("the host rolled its row back").isEqualTo(orders);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sportello_audit WHERE outcome = 'DENIED' AND object_id = ?",
                Integer.class, owner.id().auditId())).as("written once the host's transaction ended").isEqualTo(denied + 1);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }

    /** A service of the host: saves a row of its own and books, in one Spring transaction. */
    static class HostService {
        private final JdbcTemplate jdbc;
        private final SportelloSdk sdk;
        private final DataSource dataSource;
        volatile int outboxSeenFromOutsideBeforeCommit = -1;

        HostService(JdbcTemplate jdbc, SportelloSdk sdk, DataSource dataSource) {
            this.jdbc = jdbc;
            this.sdk = sdk;
            this.dataSource = dataSource;
        }

        @Transactional
        public Appointment saveAndBook(UserProfile user, boolean failAfterwards) {
            int outboxBefore = outboxSeenFromOutside();
            jdbc.update("INSERT INTO host_orders(note) VALUES (?)", "pratica");
            Appointment booked = TestBeans.book(sdk, user);
            if (failAfterwards) {
                throw new IllegalStateException("the host rolls back");
            }
            outboxSeenFromOutsideBeforeCommit = outboxSeenFromOutside() - outboxBefore;
            return booked;
        }

        /** Saves a row, then reads someone else's profile: denied, so the whole transaction rolls back. */
        @Transactional
        public void saveAndPeek(UserProfile stranger, UserProfile owner) {
            jdbc.update("INSERT INTO host_orders(note) VALUES (?)", "curiosita");
            sdk.users().get(Principal.user(stranger.id(), Credential.SPID_L2), owner.id());
        }

        /** The outbox rows another connection sees (not the host transaction's). */
        private int outboxSeenFromOutside() {
            try (Connection other = dataSource.getConnection(); Statement s = other.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM sportello_outbox")) {
                rs.next();
                return rs.getInt(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The application: one DataSource on embedded PostgreSQL, its sink, a meeting provider; the rest is the starter's. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean(destroyMethod = "close")
        EmbeddedPostgres postgres() throws IOException {
            return EmbeddedPostgres.builder().start();
        }

        @Bean(destroyMethod = "close")
        DataSource dataSource(EmbeddedPostgres postgres) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            config.setUsername("postgres");
            config.setMaximumPoolSize(8);
            return new HikariDataSource(config);
        }

        @Bean
        RecordingChannels channels() {
            return new RecordingChannels();
        }

        @Bean
        HostService hostService(JdbcTemplate jdbc, SportelloSdk sdk, DataSource dataSource) {
            jdbc.execute("CREATE TABLE IF NOT EXISTS host_orders (id serial PRIMARY KEY, note text NOT NULL)");
            return new HostService(jdbc, sdk, dataSource);
        }

        @Bean
        MeetingProvider meetings() {
            return new DeterministicMeetings();
        }
    }
}
