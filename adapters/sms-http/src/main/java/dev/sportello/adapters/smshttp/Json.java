package dev.sportello.adapters.smshttp;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one Jackson mapper of this module, hardened for what providers and the open internet send: shallow
 * nesting, short numbers and names, duplicate keys refused, nothing after the document.
 *
 * <p>Thread-safe: the mapper is immutable once built.
 */
final class Json {
    /** The deepest nesting accepted; provider answers and receipts need a handful of levels. */
    static final int MAX_DEPTH = 32;
    /** The longest number accepted, in characters. */
    static final int MAX_NUMBER_LENGTH = 40;

    /** RFC 6901: a {@code ~} is always followed by 0 or 1 (Jackson reads others leniently). */
    private static final Pattern BAD_ESCAPE = Pattern.compile("~(?![01])");

    static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxNameLength(1_000)
                            .maxStringLength(1_000_000)
                            .maxTokenCount(200_000)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    /**
     * Reads a document.
     *
     * @param bytes the UTF-8 document, not null
     * @return the tree, never null
     * @throws JacksonException when it is not well-formed or breaks a limit
     */
    static JsonNode read(byte[] bytes) {
        JsonNode node = MAPPER.readTree(bytes);
        return node == null ? MAPPER.missingNode() : node;
    }

    /**
     * Compiles a JSON pointer from a setting.
     *
     * @param pointer the pointer text, may be null
     * @return the pointer, or null when the text is null or not a pointer
     */
    static JsonPointer pointer(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.charAt(0) != '/' || BAD_ESCAPE.matcher(pointer).find()) {
            return null;
        }
        try {
            return JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Why a document was refused, in words that never echo its content (which may hold personal data).
     *
     * @param e the failure, not null
     * @return the reason
     */
    static String reason(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            String text = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("nesting")) {
                return "nested deeper than " + MAX_DEPTH;
            }
            if (text.contains("number")) {
                return "a number longer than " + MAX_NUMBER_LENGTH + " characters";
            }
            return "a value beyond the size limits";
        }
        String text = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("duplicate")) {
            return "a duplicate key";
        }
        if (e instanceof StreamReadException) {
            return "not well-formed JSON";
        }
        return "not readable";
    }

    /**
     * A location inside a receipt body, JSONPath-style: {@code $}, {@code $[2]}, {@code $.status},
     * {@code $[2].delivery.status}.
     *
     * @param index   the receipt's index in an array body, or -1 for a single receipt
     * @param pointer the field's pointer inside the receipt, or null for the receipt itself
     * @return the location
     */
    static String path(int index, JsonPointer pointer) {
        StringBuilder path = new StringBuilder("$");
        if (index >= 0) {
            path.append('[').append(index).append(']');
        }
        if (pointer != null) {
            path.append(pointer.toString().replace('/', '.'));
        }
        return path.toString();
    }
}
