package dev.sportello.benchmarks;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import java.io.StringWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * How the JDBC adapter should keep its flat payloads (docs/transports.md): encoding an e-mail payload
 * of about 900 characters url-encoded (the earlier form) against JSON with Jackson's streaming API, and
 * inserting and reading 50,000 of them in a text column against a jsonb column, on PostgreSQL with
 * {@code synchronous_commit=on}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.sportello.benchmarks.PayloadColumns</pre>
 */
public final class PayloadColumns {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final int CODEC_ROUNDS = 200_000;
    private static final int ROWS = 50_000;
    private static final int BATCH = 500;

    private PayloadColumns() {
    }

    /**
     * Runs the comparison and prints the figures.
     *
     * @param args ignored
     * @throws Exception if the database fails
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> payload = payload();
        for (int round = 1; round <= 3; round++) {
            long sink = 0;
            long t = System.nanoTime();
            for (int i = 0; i < CODEC_ROUNDS; i++) {
                sink += urlDecode(urlEncode(payload)).size();
            }
            long url = (System.nanoTime() - t) / CODEC_ROUNDS;
            t = System.nanoTime();
            for (int i = 0; i < CODEC_ROUNDS; i++) {
                sink += jsonDecode(jsonEncode(payload)).size();
            }
            long json = (System.nanoTime() - t) / CODEC_ROUNDS;
            System.out.printf("round %d: encode + decode one payload: url-encoded %,d ns, JSON (streaming) %,d ns [%d]%n",
                    round, url, json, sink);
        }
        System.out.printf("payload size: url-encoded %d chars, JSON %d chars%n", urlEncode(payload).length(),
                jsonEncode(payload).length());
        try (Postgres pg = new Postgres(2); Connection c = pg.pool.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_text (id uuid PRIMARY KEY, payload text NOT NULL)");
                s.execute("CREATE TABLE bench_jsonb (id uuid PRIMARY KEY, payload jsonb NOT NULL)");
            }
            String text = jsonEncode(payload);
            for (int round = 1; round <= 3; round++) {
                for (String table : List.of("bench_text", "bench_jsonb")) {
                    columns(c, table, text, round);
                }
            }
        }
    }

    private static void columns(Connection c, String table, String text, int round) throws SQLException {
        boolean jsonb = table.endsWith("jsonb");
        c.setAutoCommit(false);
        long t = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?" + (jsonb ? "::jsonb" : "") + ")")) {
            for (int i = 0; i < ROWS; i++) {
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, text);
                ps.addBatch();
                if ((i + 1) % BATCH == 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
        }
        long insert = (System.nanoTime() - t) / 1_000_000;
        t = System.nanoTime();
        long chars = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT payload" + (jsonb ? "::text" : "") + " FROM " + table)) {
            while (rs.next()) {
                chars += rs.getString(1).length();
            }
        }
        c.commit();
        long read = (System.nanoTime() - t) / 1_000_000;
        System.out.printf("round %d %-11s insert %,d rows in batches of %d: %,d ms (%,.0f rows/s); read them back: %,d ms [%d]%n",
                round, table, ROWS, BATCH, insert, ROWS * 1000.0 / insert, read, chars);
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + table);
        }
        c.commit();
    }

    private static Map<String, String> payload() {
        Map<String, String> p = new HashMap<>();
        p.put("channel", "EMAIL");
        p.put("recipient", UUID.randomUUID().toString());
        p.put("to", "lucia.verdi@example.it");
        p.put("language", "IT");
        p.put("zone", "Europe/Rome");
        p.put("kind", "REQUEST_REGISTERED");
        p.put("subject", "Richiesta ROMA-TIBURTINO-2026-000042 registrata");
        p.put("text", "Gentile utente, la sua richiesta è stata registrata con protocollo ROMA-TIBURTINO-2026-000042. ".repeat(3));
        p.put("html", "<p>La sua richiesta è stata registrata con protocollo <b>ROMA-TIBURTINO-2026-000042</b>.</p>".repeat(3));
        return p;
    }

    private static String urlEncode(Map<String, String> map) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static Map<String, String> urlDecode(String text) {
        Map<String, String> map = new HashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }

    private static String jsonEncode(Map<String, String> map) {
        StringWriter out = new StringWriter(64 + map.size() * 32);
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : map.entrySet()) {
                g.writeStringProperty(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    private static Map<String, String> jsonDecode(String text) {
        Map<String, String> map = new HashMap<>();
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                p.nextToken();
                map.put(key, p.getString());
            }
        }
        return map;
    }
}
