package dev.sportello.adapters.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sportello.adapters.memory.MutableClock;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.tck.SdkHarness;
import dev.sportello.tck.TestData;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactKind;
import dev.sportello.users.UserProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running dispatcher outlives a restart of its PostgreSQL server: while the server is down its polls
 * fail and are logged, and once the server is back the pool reconnects and what was committed afterwards
 * is delivered, with no restart of the SDK.
 */
class PostgresRestartIT {
    @TempDir
    Path data;

    @Test
    @DisplayName("the dispatcher delivers again after the database restarts under it")
    void theDispatcherDeliversAgainAfterTheDatabaseRestarts() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        EmbeddedPostgres server = start(port);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(2_000);
        Semaphore sent = new Semaphore(0);
        RecordingChannels channels = new RecordingChannels();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (HikariDataSource pool = new HikariDataSource(config);
             SdkHarness h = new SdkHarness(JdbcStorage.of(pool).migrate(), channels, new MutableClock(SdkHarness.START),
                     b -> b.smsChannel(m -> {
                         var result = channels.send(m);
                         sent.release();
                         return result;
                     }))) {
            h.sdk.dispatcher().start(scheduler, Duration.ofMillis(50));
            UserProfile user = h.citizen();
            h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(), ContactKind.MOBILE,
                    TestData.mobileAsTyped()));
            assertThat(sent.tryAcquire(60, TimeUnit.SECONDS)).as("delivered before the restart").isTrue();

            server.close();
            server = start(port);

            UserProfile after = h.citizen();
            h.sdk.users().addContact(SdkHarness.as(after), new AddContact(after.id(), ContactKind.MOBILE,
                    "347 000 1122"));
            assertThat(sent.tryAcquire(60, TimeUnit.SECONDS)).as("delivered after the restart").isTrue();
            assertThat(channels.sms()).hasSize(2);
            assertThat(h.sdk.dispatcher().stop(Duration.ofSeconds(30))).isTrue();
        } finally {
            scheduler.shutdownNow();
            server.close();
        }
    }

    private EmbeddedPostgres start(int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false).start();
    }
}
