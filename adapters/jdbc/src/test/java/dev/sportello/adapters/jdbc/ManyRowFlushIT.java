package dev.sportello.adapters.jdbc;

import dev.sportello.AuditEntry;
import dev.sportello.PageRequest;
import dev.sportello.ServiceId;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.Stores;
import dev.sportello.spi.WriteBatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A flush with many rows of a kind sends them as one array per column and casts them on the server
 * ({@link UnnestRows}): the cast must not cut a value that the column cannot hold, as a cast to
 * {@code varchar(n)} would; the column refuses it, as it does a multi-row {@code VALUES}.
 */
class ManyRowFlushIT {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    private static List<AuditEntry> entries(int count, String lastAction) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(AuditEntry.builder().id(UUID.randomUUID().toString()).at(T0).actor(new ServiceId("portal"))
                    .action(i == count - 1 ? lastAction : "APPOINTMENT_BOOKED").objectType("appointment")
                    .objectId(UUID.randomUUID().toString()).outcome(AuditEntry.Outcome.SUCCEEDED).build().chainedAfter(""));
        }
        return entries;
    }

    private static WriteBatch batch(List<AuditEntry> entries) {
        WriteBatch.Builder builder = WriteBatch.builder();
        entries.forEach(e -> builder.add(AuditStore.class, e));
        return builder.build();
    }

    private static List<AuditEntry> stored(JdbcStorage storage, AuditEntry entry) {
        return storage.inTransaction((Stores s) -> s.get(AuditStore.class).forObject("appointment", entry.objectId(),
                PageRequest.first(10)).items());
    }

    @Test
    @DisplayName("a value longer than its column, in a many-row flush, is refused whole, never cut")
    void overLongValueIsRefusedNotCut() {
        JdbcStorage storage = Databases.postgres();
        List<AuditEntry> entries = entries(40, "A".repeat(65));
        assertThatThrownBy(() -> storage.inTransaction((Stores s) -> s.flushAll(batch(entries))))
                .isInstanceOf(RuntimeException.class);
        for (AuditEntry entry : entries) {
            assertThat(stored(storage, entry)).isEmpty();
        }
    }

    @Test
    @DisplayName("a value exactly as long as its column, in a many-row flush, is stored as it is")
    void valueAtTheColumnsLengthIsStored() {
        JdbcStorage storage = Databases.postgres();
        List<AuditEntry> entries = entries(40, "A".repeat(64));
        assertThat(storage.inTransaction((Stores s) -> s.flushAll(batch(entries)))).isEqualTo(-1);
        AuditEntry last = entries.get(entries.size() - 1);
        assertThat(stored(storage, last)).containsExactly(last);
    }
}
