package dev.sportello.adapters.jdbc;

import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.notifications.spi.MessageRecord;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.WriteBatch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Writes a command's buffered writes in one round trip on PostgreSQL: one statement whose
 * data-modifying CTEs insert the new appointments, inbox notices, message records, audit entries, new
 * audit heads and outbox entries and move the locked audit heads together, followed, in the same round
 * trip, by one conditional upsert per bounded increment, in order (a booking's seat counter last, so
 * that its row is locked only until the commit). The statement text depends only on how many rows of
 * each kind there are, so it is built once per shape and kept: the driver then prepares it on the
 * server like any other statement. A table with many rows (a feed's audit entries, a fan-out's notices)
 * goes as one array per column ({@link UnnestRows}), so that its text does not change with the count
 * either. Elsewhere, and for very large batches (PostgreSQL takes at most 65,535 parameters per
 * statement), each store writes its own rows.
 */
final class JdbcWriteBatch {
    private static final int MAX_PARAMETERS = 30_000;
    private static final int MAX_SHAPES = 256;
    /** From this many rows a table's rows go as arrays; the shape then counts it as {@link #BULK}. */
    private static final int UNNEST_FROM = 16;
    private static final int BULK = -1;
    /** The stores whose appends the one statement writes. */
    private static final Set<Class<?>> KNOWN = Set.of(AppointmentStore.class, InboxStore.class, MessageStore.class,
            AuditStore.class, OutboxStore.class);
    private static final String INCREMENT = "INSERT INTO sportello_counters (counter_key, counter_value) VALUES (?, 1) "
            + "ON CONFLICT (counter_key) DO UPDATE SET counter_value = sportello_counters.counter_value + 1 "
            + "WHERE sportello_counters.counter_value < ?";
    /** Statement texts by shape (rows per table, heads, increments). */
    private static final Map<Shape, String> SQL = new ConcurrentHashMap<>();

    private JdbcWriteBatch() {
    }

    /** One table's rows. */
    private record Table(String table, String columns, int width) {
    }

    private static final Table APPOINTMENTS = new Table("sportello_appointments", JdbcAppointmentStore.COLUMNS, 28);
    private static final Table INBOX = new Table("sportello_inbox", JdbcMessageStores.Inbox.COLUMNS, 9);
    private static final Table MESSAGES = new Table("sportello_messages", JdbcMessageStores.Messages.COLUMNS, 17);
    private static final Table AUDIT = new Table("sportello_audit", JdbcRecordStores.Audit.COLUMNS, 12);
    private static final Table OUTBOX = new Table("sportello_outbox", JdbcOutboxStore.COLUMNS, 13);

    /** How many rows of each kind ({@link #BULK} for many): what the statement text depends on. */
    private record Shape(int appointments, int inbox, int messages, int audit, int outbox, int newHeads, int movedHeads,
                         int increments) {
        int parameters() {
            return cells(appointments, APPOINTMENTS.width()) + cells(inbox, INBOX.width()) + cells(messages, MESSAGES.width())
                    + cells(audit, AUDIT.width()) + cells(outbox, OUTBOX.width()) + cells(newHeads, 2)
                    + cells(movedHeads, 2) + 2 * increments;
        }

        private static int cells(int rows, int width) {
            return rows == BULK ? width : rows * width;
        }
    }

    private static Shape shape(WriteBatch batch, int increments) {
        return new Shape(count(batch.records(AppointmentStore.class).size()), count(batch.records(InboxStore.class).size()),
                count(batch.records(MessageStore.class).size()), count(batch.records(AuditStore.class).size()),
                count(batch.records(OutboxStore.class).size()), count(batch.newHeads().size()),
                count(batch.movedHeads().size()), increments);
    }

    private static int count(int rows) {
        return rows >= UNNEST_FROM ? BULK : rows;
    }

    /**
     * Whether the batch can go in one round trip.
     *
     * @param db    the connection
     * @param batch the writes
     * @return true on PostgreSQL for a batch of reasonable size whose messages have no provider ids yet
     */
    static boolean fitsOneStatement(Db db, WriteBatch batch) {
        if (db.dialect != Dialect.POSTGRESQL) {
            return false;
        }
        for (WriteBatch.Part<?> part : batch.parts()) {
            if (!KNOWN.contains(part.store())) {
                return false;
            }
        }
        for (MessageRecord m : batch.records(MessageStore.class)) {
            if (m.providerId() != null) {
                return false;
            }
        }
        return shape(batch, batch.increments().size()).parameters() <= MAX_PARAMETERS;
    }

    /**
     * Writes the batch in one round trip.
     *
     * @param db    the connection (PostgreSQL)
     * @param batch the writes
     * @return the index of the first increment refused, or -1
     */
    static int write(Db db, WriteBatch batch) {
        List<WriteBatch.Increment> increments = batch.increments();
        int attempted = 0;
        while (attempted < increments.size() && increments.get(attempted).limit() > 0) {
            attempted++;                              // a limit of 0 refuses without writing, like tryIncrement
        }
        Shape shape = shape(batch, attempted);
        boolean appends = shape.parameters() > 2 * attempted;
        String sql = SQL.get(shape);
        if (sql == null) {
            sql = sql(db, shape, appends);
            if (SQL.size() < MAX_SHAPES) {
                SQL.put(shape, sql);
            }
        }
        Object[] parameters = new Object[shape.parameters()];
        int at = 0;
        at = add(db, parameters, at, batch.records(AppointmentStore.class), APPOINTMENTS,
                (AppointmentRecord r) -> JdbcAppointmentStore.row(r));
        at = add(db, parameters, at, batch.records(InboxStore.class), INBOX, JdbcMessageStores.Inbox::row);
        at = add(db, parameters, at, batch.records(MessageStore.class), MESSAGES,
                (MessageRecord m) -> JdbcMessageStores.Messages.row(m));
        at = add(db, parameters, at, batch.records(AuditStore.class), AUDIT, JdbcRecordStores.Audit::row);
        at = heads(db, parameters, at, batch.newHeads());
        at = heads(db, parameters, at, batch.movedHeads());
        at = add(db, parameters, at, batch.records(OutboxStore.class), OUTBOX, JdbcOutboxStore::row);
        for (int i = 0; i < attempted; i++) {
            parameters[at++] = increments.get(i).key().text();
            parameters[at++] = increments.get(i).limit();
        }
        int[] counts = db.updates(sql, (appends ? 1 : 0) + attempted, parameters);
        for (int i = 0; i < attempted; i++) {
            if (counts[(appends ? 1 : 0) + i] != 1) {
                return i;
            }
        }
        return attempted < increments.size() ? attempted : -1;
    }

    private static String sql(Db db, Shape shape, boolean appends) {
        List<String> writes = new ArrayList<>();
        insert(db, writes, APPOINTMENTS, shape.appointments());
        insert(db, writes, INBOX, shape.inbox());
        insert(db, writes, MESSAGES, shape.messages());
        insert(db, writes, AUDIT, shape.audit());
        if (shape.newHeads() == BULK) {
            writes.add("INSERT INTO sportello_audit_heads (stream, hash) SELECT * FROM unnest(?::text[], ?::text[])");
        } else if (shape.newHeads() > 0) {
            writes.add("INSERT INTO sportello_audit_heads (stream, hash) VALUES " + rows(2, shape.newHeads()));
        }
        if (shape.movedHeads() == BULK) {
            writes.add("UPDATE sportello_audit_heads h SET hash = v.hash FROM unnest(?::text[], ?::text[]) AS v (stream, hash) "
                    + "WHERE h.stream = v.stream");
        } else if (shape.movedHeads() > 0) {
            writes.add("UPDATE sportello_audit_heads h SET hash = v.hash FROM (VALUES " + rows(2, shape.movedHeads())
                    + ") AS v (stream, hash) WHERE h.stream = v.stream");
        }
        insert(db, writes, OUTBOX, shape.outbox());
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < writes.size(); i++) {
            if (i < writes.size() - 1) {
                sql.append(i == 0 ? "WITH " : ", ").append('w').append(i).append(" AS (").append(writes.get(i)).append(')');
            } else {
                sql.append(i == 0 ? "" : " ").append(writes.get(i));
            }
        }
        List<String> statements = new ArrayList<>();
        if (appends) {
            statements.add(sql.toString());
        }
        statements.addAll(Collections.nCopies(shape.increments(), INCREMENT));
        return String.join("; ", statements);
    }

    private static void insert(Db db, List<String> writes, Table table, int count) {
        if (count == BULK) {
            writes.add(UnnestRows.insert(db, table.table(), table.columns()));
        } else if (count > 0) {
            writes.add("INSERT INTO " + table.table() + " (" + table.columns() + ") VALUES " + rows(table.width(), count));
        }
    }

    private static String rows(int width, int count) {
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return String.join(", ", Collections.nCopies(count, row));
    }

    private static int heads(Db db, Object[] parameters, int at, Map<AuditStore.Stream, String> heads) {
        if (count(heads.size()) == BULK) {
            List<Object[]> rows = new ArrayList<>(heads.size());
            heads.forEach((stream, hash) -> rows.add(new Object[]{
                JdbcRecordStores.Audit.stream(stream.objectType(), stream.objectId()), hash}));
            Object[] columns = UnnestRows.columns(db, rows, 2);
            System.arraycopy(columns, 0, parameters, at, 2);
            return at + 2;
        }
        for (Map.Entry<AuditStore.Stream, String> head : heads.entrySet()) {
            parameters[at++] = JdbcRecordStores.Audit.stream(head.getKey().objectType(), head.getKey().objectId());
            parameters[at++] = head.getValue();
        }
        return at;
    }

    private static <T> int add(Db db, Object[] parameters, int at, List<T> items, Table table,
                               Function<T, Object[]> row) {
        if (count(items.size()) == BULK) {
            List<Object[]> rows = new ArrayList<>(items.size());
            for (T item : items) {
                rows.add(row.apply(item));
            }
            Object[] columns = UnnestRows.columns(db, rows, table.width());
            System.arraycopy(columns, 0, parameters, at, columns.length);
            return at + columns.length;
        }
        for (T item : items) {
            Object[] values = row.apply(item);
            System.arraycopy(values, 0, parameters, at, values.length);
            at += values.length;
        }
        return at;
    }
}
