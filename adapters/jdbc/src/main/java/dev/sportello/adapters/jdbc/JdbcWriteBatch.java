package dev.sportello.adapters.jdbc;

import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.notifications.spi.MessageRecord;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.WriteBatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a command's buffered appends in one round trip on PostgreSQL: one statement whose
 * data-modifying CTEs insert the inbox notices, message records, audit entries and outbox entries
 * together. Elsewhere, and for very large batches (PostgreSQL takes at most 65,535 parameters per
 * statement), each store writes its own rows.
 */
final class JdbcWriteBatch {
    private static final int MAX_PARAMETERS = 30_000;
    /** The stores whose appends the one statement writes. */
    private static final Set<Class<?>> KNOWN = Set.of(InboxStore.class, MessageStore.class, AuditStore.class,
            OutboxStore.class);

    private JdbcWriteBatch() {
    }

    /** One table's rows. */
    private record Part(String table, String columns, List<Object[]> rows) {
    }

    /**
     * Whether the batch can go in one statement.
     *
     * @param db    the connection
     * @param batch the appends
     * @return true on PostgreSQL for a batch of reasonable size whose messages have no provider ids yet
     */
    static boolean fitsOneStatement(Db db, WriteBatch batch) {
        if (db.dialect != Dialect.POSTGRESQL || !KNOWN.containsAll(batch.parts().stream().map(WriteBatch.Part::store).toList())
                || batch.records(MessageStore.class).stream().anyMatch(m -> m.providerId() != null)) {
            return false;
        }
        long parameters = batch.records(InboxStore.class).size() * 9L + batch.records(MessageStore.class).size() * 17L
                + batch.records(AuditStore.class).size() * 13L + batch.records(OutboxStore.class).size() * 13L;
        return parameters <= MAX_PARAMETERS;
    }

    /**
     * Writes the batch in one statement.
     *
     * @param db    the connection (PostgreSQL)
     * @param batch the appends
     */
    static void write(Db db, WriteBatch batch) {
        List<Part> parts = new ArrayList<>();
        add(parts, "sportello_inbox", JdbcMessageStores.Inbox.COLUMNS, batch.records(InboxStore.class),
                JdbcMessageStores.Inbox::row);
        add(parts, "sportello_messages", JdbcMessageStores.Messages.COLUMNS, batch.records(MessageStore.class),
                (MessageRecord m) -> JdbcMessageStores.Messages.row(m));
        add(parts, "sportello_audit", JdbcRecordStores.Audit.COLUMNS, batch.records(AuditStore.class),
                JdbcRecordStores.Audit::row);
        add(parts, "sportello_outbox", JdbcOutboxStore.COLUMNS, batch.records(OutboxStore.class), JdbcOutboxStore::row);
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            boolean last = i == parts.size() - 1;
            if (!last) {
                sql.append(i == 0 ? "WITH " : ", ").append("w").append(i).append(" AS (");
            } else if (i > 0) {
                sql.append(' ');
            }
            sql.append("INSERT INTO ").append(part.table()).append(" (").append(part.columns()).append(") VALUES ");
            String row = "(" + String.join(", ", Collections.nCopies(part.rows().get(0).length, "?")) + ")";
            sql.append(String.join(", ", Collections.nCopies(part.rows().size(), row)));
            if (!last) {
                sql.append(')');
            }
            part.rows().forEach(r -> Collections.addAll(parameters, r));
        }
        db.update(sql.toString(), parameters.toArray());
    }

    private static <T> void add(List<Part> parts, String table, String columns, List<T> items, Function<T, Object[]> row) {
        if (!items.isEmpty()) {
            parts.add(new Part(table, columns, items.stream().map(row).toList()));
        }
    }
}
