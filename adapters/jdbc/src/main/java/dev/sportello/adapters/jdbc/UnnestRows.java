package dev.sportello.adapters.jdbc;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Many rows of one table as one array per column, for an {@code INSERT … SELECT … FROM unnest(…)} on
 * PostgreSQL: the statement text does not depend on how many rows there are, so the server parses and
 * plans it once per connection instead of once per batch (a multi-row {@code VALUES} of a few hundred rows
 * costs more to plan than to run). Each column travels as {@code text[]} and is cast to the column's type
 * without its type modifier, so an over-long value is refused by the column as with {@code VALUES}, never
 * truncated by the cast. The column types are read from the catalog once per table.
 *
 * <p>Thread-safe: the type cache is concurrent; statements run on the caller's connection.
 */
final class UnnestRows {
    /** Column types by table, as {@code format_type} names them without modifiers. */
    private static final Map<String, Map<String, String>> TYPES = new ConcurrentHashMap<>();

    private UnnestRows() {
    }

    /**
     * The insert statement for a table's rows, one {@code text[]} parameter per column in order.
     *
     * @param db      the connection (PostgreSQL), used only the first time a table is seen
     * @param table   the table
     * @param columns its columns, comma-separated, in the order the rows give them
     * @return the statement
     */
    static String insert(Db db, String table, String columns) {
        Map<String, String> types = TYPES.computeIfAbsent(table, t -> read(db, t));
        List<String> names = names(columns);
        StringBuilder select = new StringBuilder();
        StringBuilder arrays = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String type = types.get(names.get(i));
            if (type == null) {
                throw new IllegalStateException(table + " has no column " + names.get(i));
            }
            select.append(i == 0 ? "" : ", ").append("v.c").append(i).append("::").append(type);
            arrays.append(i == 0 ? "" : ", ").append("?::text[]");
        }
        StringBuilder aliases = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            aliases.append(i == 0 ? "" : ", ").append('c').append(i);
        }
        return "INSERT INTO " + table + " (" + columns + ") SELECT " + select + " FROM unnest(" + arrays + ") AS v("
                + aliases + ")";
    }

    /**
     * The rows as one {@code text[]} per column.
     *
     * @param db    the connection
     * @param rows  the rows, each with the table's width
     * @param width the number of columns
     * @return the arrays, in column order
     */
    static Object[] columns(Db db, List<Object[]> rows, int width) {
        Object[] out = new Object[width];
        for (int c = 0; c < width; c++) {
            String[] values = new String[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                values[r] = text(rows.get(r)[c]);
            }
            out[c] = db.array("text", values);
        }
        return out;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof String || value instanceof UUID || value instanceof Instant || value instanceof LocalDate
                || value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return value.toString();
        }
        throw new IllegalArgumentException("cannot send " + value.getClass() + " as text");
    }

    private static List<String> names(String columns) {
        List<String> names = new ArrayList<>();
        for (String name : columns.split(",")) {
            names.add(name.trim());
        }
        return names;
    }

    private static Map<String, String> read(Db db, String table) {
        Map<String, String> types = new HashMap<>();
        db.query("SELECT a.attname, format_type(a.atttypid, NULL) FROM pg_attribute a WHERE a.attrelid = ?::regclass "
                + "AND a.attnum > 0 AND NOT a.attisdropped", rs -> types.put(rs.getString(1), rs.getString(2)), table);
        return Map.copyOf(types);
    }
}
