package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The adapter's own entry points answer bad arguments with a coded error, like the api's. */
class JdbcEntryPointsTest {
    private static void refused(ThrowableAssert.ThrowingCallable call, ErrorCode code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.details()).containsEntry("field", field);
        });
    }

    @Test
    void aStorageNeedsADataSource() {
        refused(() -> JdbcStorage.of(null), ErrorCode.CONFIG_INVALID, "dataSource");
    }

    @Test
    void aDirectoryNeedsADataSourceAndACacheTimeItCanKeep() {
        Databases.h2();
        DataSource h2 = Databases.dataSource(false);
        refused(() -> JdbcOfficeDirectory.of(null, Duration.ZERO), ErrorCode.CONFIG_INVALID, "dataSource");
        for (Duration bad : Arrays.asList(null, Duration.ofSeconds(-1), Duration.ofDays(2), Duration.ofSeconds(Long.MAX_VALUE))) {
            refused(() -> JdbcOfficeDirectory.of(h2, bad), ErrorCode.CONFIG_INVALID, "cacheFor");
        }
        JdbcOfficeDirectory directory = JdbcOfficeDirectory.of(h2, Duration.ofDays(1));
        refused(() -> directory.put(null, List.of()), ErrorCode.VALUE_REQUIRED, "office");
        assertThat(directory.offices()).isNotNull();
    }
}
