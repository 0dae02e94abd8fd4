package dev.sportello.adapters.jackson;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * JSON paths in the SDK's field notation: {@code $} for the document, {@code items[2].owner} below it.
 * Paths are capped in length, and so is each property name, because both come from untrusted input.
 */
final class JsonPaths {
    static final String ROOT = "$";
    private static final int MAX_PATH = 200;
    private static final int MAX_NAME = 64;

    private JsonPaths() {
    }

    /** The path of the parser's current value. */
    static String of(JsonParser p) {
        Deque<String> segments = new ArrayDeque<>();
        for (TokenStreamContext c = p.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.currentName() != null) {
                segments.addFirst(c.currentName());
            }
            if (segments.size() > MAX_PATH) {
                segments.removeLast();
            }
        }
        return join(segments);
    }

    /** The path recorded by databind, or the parser's position for a failure while parsing. */
    static String of(JacksonException e) {
        List<JacksonException.Reference> references = e.getPath();
        if (!references.isEmpty()) {
            Deque<String> segments = new ArrayDeque<>();
            for (JacksonException.Reference reference : references) {
                if (reference.getPropertyName() != null) {
                    segments.addLast(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    segments.addLast("[" + reference.getIndex() + "]");
                }
            }
            return join(segments);
        }
        if (e.processor() instanceof JsonParser parser) {
            return of(parser);
        }
        return ROOT;
    }

    private static String join(Deque<String> segments) {
        if (segments.isEmpty()) {
            return ROOT;
        }
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            if (out.length() >= MAX_PATH) {
                out.append("…");
                break;
            }
            if (segment.startsWith("[")) {
                out.append(segment);
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(segment.length() > MAX_NAME ? segment.substring(0, MAX_NAME) + "…" : segment);
            }
        }
        return out.toString();
    }
}
