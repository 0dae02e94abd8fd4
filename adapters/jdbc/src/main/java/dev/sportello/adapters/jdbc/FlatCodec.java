package dev.sportello.adapters.jdbc;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Flat string maps as JSON objects of strings, for outbox payloads, request fields, timeline data and
 * identity checks, kept in text columns: PostgreSQL reads them as {@code payload::jsonb ->> 'channel'}
 * when an operator needs to, without paying for {@code jsonb} on every insert (measured: 25% slower
 * inserts and three times slower reads than text; see docs/transports.md). Rows written before, as
 * {@code application/x-www-form-urlencoded} text, are still read: that form never starts with
 * {@code '{'}, which it escapes as {@code %7B}.
 */
final class FlatCodec {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private FlatCodec() {
    }

    /**
     * The map as a JSON object of strings, written by hand (no generator per call on the hot path of every
     * command's outbox entries): quotes and backslashes escaped, control characters as six-character escapes.
     */
    static String encode(Map<String, String> map) {
        StringBuilder out = new StringBuilder(16 + map.size() * 32);
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, e.getKey());
            out.append(':');
            string(out, e.getValue());
        }
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                out.append(value, from, i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
                from = i + 1;
            }
        }
        out.append(value, from, value.length()).append('"');
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    static Map<String, String> decode(String text) {
        if (text == null || text.isEmpty()) {
            return new HashMap<>();
        }
        return text.charAt(0) == '{' ? json(text) : urlEncoded(text);
    }

    /** The object's properties in the order written (personal data keep their order). */
    private static Map<String, String> json(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a flat payload is a JSON object");
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String key = p.currentName();
                if (p.nextToken() != JsonToken.VALUE_STRING) {
                    throw new IllegalStateException("a flat payload holds strings only");
                }
                map.put(key, p.getString());
            }
        }
        return map;
    }

    private static Map<String, String> urlEncoded(String text) {
        Map<String, String> map = new HashMap<>();
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }
}
