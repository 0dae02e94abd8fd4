package dev.sportello.adapters.jdbc;

import dev.sportello.spi.CounterKey;
import dev.sportello.spi.CounterStore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counters as rows. A bounded increment is one conditional write: on PostgreSQL an
 * {@code INSERT … ON CONFLICT DO UPDATE … WHERE value < limit}, elsewhere an {@code UPDATE … WHERE value < limit}
 * that creates a missing row and tries once more. The row lock makes racing writers queue, and each
 * re-checks the condition, so exactly the capacity succeeds and a new counter never refuses below it.
 */
final class JdbcCounterStore implements CounterStore {
    private final Db db;

    JdbcCounterStore(Db db) {
        this.db = db;
    }

    private void ensure(String key) {
        if (db.dialect == Dialect.POSTGRESQL) {
            db.update("INSERT INTO sportello_counters (counter_key, counter_value) VALUES (?, 0) ON CONFLICT DO NOTHING", key);
            return;
        }
        try {
            db.update("INSERT INTO sportello_counters (counter_key, counter_value) SELECT ?, 0 WHERE NOT EXISTS "
                    + "(SELECT 1 FROM sportello_counters WHERE counter_key = ?)", key, key);
        } catch (JdbcFailure e) {
            if (!e.isDuplicateKey()) {
                throw e;
            }
        }
    }

    @Override
    public boolean tryIncrement(CounterKey counter, long limit) {
        String key = counter.text();
        if (limit <= 0) {
            return false;
        }
        if (db.dialect == Dialect.POSTGRESQL) {
            // one statement: creates the counter at 1, or adds 1 while below the limit; the conflicting row is
            // locked and the condition re-checked on its latest version, so racing writers never pass the limit
            return db.one("INSERT INTO sportello_counters (counter_key, counter_value) VALUES (?, 1) ON CONFLICT (counter_key) "
                    + "DO UPDATE SET counter_value = sportello_counters.counter_value + 1 "
                    + "WHERE sportello_counters.counter_value < ? RETURNING counter_value", rs -> 1, key, limit).isPresent();
        }
        String sql = "UPDATE sportello_counters SET counter_value = counter_value + 1 WHERE counter_key = ? AND counter_value < ?";
        if (db.update(sql, key, limit) == 1) {
            return true;
        }
        // missing, or full when the update started: make sure it exists (another writer may have just created
        // it) and try once more against its latest committed value
        ensure(key);
        return db.update(sql, key, limit) == 1;
    }

    @Override
    public void decrement(CounterKey key) {
        db.update("UPDATE sportello_counters SET counter_value = counter_value - 1 WHERE counter_key = ? AND counter_value > 0",
                key.text());
    }

    @Override
    public long next(CounterKey counter) {
        String key = counter.text();
        if (db.dialect == Dialect.POSTGRESQL) {
            return db.one("INSERT INTO sportello_counters (counter_key, counter_value) VALUES (?, 1) ON CONFLICT (counter_key) "
                    + "DO UPDATE SET counter_value = sportello_counters.counter_value + 1 RETURNING counter_value",
                    rs -> rs.getLong(1), key).orElseThrow();
        }
        ensure(key);
        db.update("UPDATE sportello_counters SET counter_value = counter_value + 1 WHERE counter_key = ?", key);
        return db.one("SELECT counter_value FROM sportello_counters WHERE counter_key = ?", rs -> rs.getLong(1), key).orElseThrow();
    }

    @Override
    public Map<CounterKey, Long> values(Collection<CounterKey> keys) {
        Map<CounterKey, Long> values = new LinkedHashMap<>();
        Map<String, CounterKey> byText = new HashMap<>();
        for (CounterKey key : keys) {
            values.put(key, 0L);
            byText.put(key.text(), key);
        }
        List<String> all = new ArrayList<>(byText.keySet());
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String in = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            db.query("SELECT counter_key, counter_value FROM sportello_counters WHERE counter_key IN (" + in + ")",
                    rs -> values.put(byText.get(rs.getString(1)), rs.getLong(2)), chunk.toArray());
        }
        return values;
    }
}
