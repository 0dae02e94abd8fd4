package dev.sportello.adapters.jdbc;

import dev.sportello.notifications.spi.MessageTransition;
import dev.sportello.spi.OutboxCompletion;
import dev.sportello.spi.OutboxStatus;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * PostgreSQL: a dispatcher batch's outcomes in one statement, one round trip — every outbox completion
 * (matched on id and lease token, as {@link JdbcOutboxStore#complete} does), the status changes of the
 * messages whose entry was completed, and their provider ids, as data-modifying CTEs fed by
 * {@code unnest} of one array per column. The statement text never changes, so the driver keeps it
 * prepared on the server.
 *
 * <p>Stateless; used inside one transaction.
 */
final class JdbcDeliveries {
    private static final String SQL = "WITH v AS (SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::int[], "
            + "?::text[], ?::text[], ?::boolean[]) AS v(id, token, status, attempts, due, error, drop_payload)), "
            + "o AS (UPDATE sportello_outbox o SET status = v.status, attempts = v.attempts, last_error = v.error, "
            + "due_at = COALESCE(v.due::timestamptz, o.due_at), payload = CASE WHEN v.drop_payload THEN '' ELSE o.payload END, "
            + "lease_token = NULL, lease_until = NULL, updated_at = ? FROM v WHERE o.id = v.id AND o.lease_token = v.token "
            + "RETURNING o.id), "
            + "t AS (SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[]) "
            + "AS t(id, expected, status, attempts, at, entry, provider_id)), "
            + "m AS (UPDATE sportello_messages m SET status = t.status, "
            + "attempts = CASE WHEN t.attempts >= 0 THEN t.attempts ELSE m.attempts END, updated_at = t.at::timestamptz, "
            + "history = m.history || t.entry, provider_id = COALESCE(t.provider_id, m.provider_id) FROM t "
            + "WHERE m.id = t.id AND t.id IN (SELECT id FROM o) AND (m.status = t.expected OR t.expected IS NULL "
            + "AND m.status NOT IN ('DELIVERED', 'FAILED', 'EXPIRED', 'SKIPPED', 'CANCELLED')) "
            + "RETURNING m.id, m.channel, t.provider_id), "
            + "p AS (INSERT INTO sportello_message_providers (channel, provider_id, message_id) "
            + "SELECT channel, provider_id, id FROM m WHERE provider_id IS NOT NULL ON CONFLICT DO NOTHING) "
            + "SELECT id FROM o";

    private JdbcDeliveries() {
    }

    /** Whether the batch can go in one statement: at most one completion per entry and one change per message. */
    static boolean fits(List<OutboxCompletion> completions, List<MessageTransition> transitions) {
        Set<String> entries = new HashSet<>(completions.size() * 2);
        for (OutboxCompletion c : completions) {
            if (!entries.add(c.id())) {
                return false;
            }
        }
        Set<UUID> messages = new HashSet<>(transitions.size() * 2);
        for (MessageTransition t : transitions) {
            if (!messages.add(t.id().value())) {
                return false;
            }
        }
        return true;
    }

    /** Applies the batch; returns the ids of the entries whose completion applied. */
    static List<String> complete(Db db, List<OutboxCompletion> completions, List<MessageTransition> transitions,
                                 Instant now) {
        int n = completions.size();
        Object[] ids = new Object[n];
        Object[] tokens = new Object[n];
        Object[] statuses = new Object[n];
        Object[] attempts = new Object[n];
        Object[] dues = new Object[n];
        Object[] errors = new Object[n];
        Object[] drops = new Object[n];
        for (int i = 0; i < n; i++) {
            OutboxCompletion c = completions.get(i);
            ids[i] = UUID.fromString(c.id());
            tokens[i] = c.leaseToken();
            statuses[i] = c.status().name();
            attempts[i] = c.attempts();
            dues[i] = c.status() == OutboxStatus.PENDING ? c.dueAt().toString() : null;   // only a retry moves due_at
            errors[i] = c.lastError();
            drops[i] = c.dropPayload();
        }
        int m = transitions.size();
        Object[] messages = new Object[m];
        Object[] expected = new Object[m];
        Object[] next = new Object[m];
        Object[] counts = new Object[m];
        Object[] at = new Object[m];
        Object[] entries = new Object[m];
        Object[] providers = new Object[m];
        String lastLine = null;
        MessageTransition last = null;
        for (int i = 0; i < m; i++) {
            MessageTransition t = transitions.get(i);
            messages[i] = t.id().value();
            expected[i] = t.expected() == null ? null : t.expected().name();
            next[i] = t.status().name();
            counts[i] = t.attempts();
            at[i] = t.at().toString();
            boolean same = last != null && last.status() == t.status() && last.at().equals(t.at())
                    && java.util.Objects.equals(last.detail(), t.detail());
            lastLine = same ? lastLine : JdbcMessageStores.Messages.entry(t);   // a batch shares its lines: build each once
            last = t;
            entries[i] = lastLine;
            providers[i] = t.providerId();
        }
        return db.query(SQL, rs -> Db.uuid(rs, "id").toString(), db.array("uuid", ids), db.array("text", tokens),
                db.array("text", statuses), db.array("int4", attempts), db.array("text", dues), db.array("text", errors),
                db.array("bool", drops), now, db.array("uuid", messages), db.array("text", expected),
                db.array("text", next), db.array("int4", counts), db.array("text", at), db.array("text", entries),
                db.array("text", providers));
    }
}
