package dev.sportello.adapters.jdbc;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import java.io.StringWriter;
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

    static String encode(Map<String, String> map) {
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
