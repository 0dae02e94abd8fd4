package dev.sportello.adapters.jackson;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.SportelloException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Map;

/**
 * Turns every failure to read JSON into a coded {@link SportelloException}. An exception of the api that
 * a factory threw while reading (a bad tax code) reaches the caller unchanged; an unknown type id is
 * {@code TRN_JSON_TYPE_UNKNOWN}; everything else is {@code TRN_JSON_MALFORMED} with the JSON path in
 * {@code field} and a reason from a fixed vocabulary, never Jackson's message (which quotes the input,
 * and the input may be personal data).
 */
final class ReadFailures {
    private ReadFailures() {
    }

    static InvalidInputException malformed(String field, String reason) {
        return SportelloException.invalidField(ErrorCode.TRN_JSON_MALFORMED, field, Map.of("reason", reason));
    }

    /**
     * The coded error for a failure to read.
     *
     * @param failure the failure
     * @param parser  the parser that read the document, or null; its position names the field of a
     *                failure while parsing, which databind has no path for
     */
    static SportelloException translate(RuntimeException failure, tools.jackson.core.JsonParser parser) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SportelloException sportello) {
                return sportello;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (!(failure instanceof JacksonException e)) {
            return malformed(JsonPaths.ROOT, "the document cannot be read");
        }
        // a failure while parsing has no databind path (or only the outer part of it): the parser knows where it is
        boolean parsing = !(e instanceof tools.jackson.databind.DatabindException) || e.getPath().isEmpty();
        String field = parsing && parser != null ? JsonPaths.of(parser) : JsonPaths.of(e);
        if (e instanceof InvalidTypeIdException typeId) {
            return typeId.getTypeId() == null
                    ? malformed(field, "the \"" + SealedTypes.TYPE_PROPERTY + "\" property is missing")
                    : SportelloException.invalidField(ErrorCode.TRN_JSON_TYPE_UNKNOWN, field, Map.of());
        }
        return malformed(field, reason(e));
    }

    private static String reason(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return "nested too deeply";
            }
            if (message.contains("Number value length")) {
                return "a number has too many digits";
            }
            if (message.contains("String value length")) {
                return "a text is too long";
            }
            if (message.contains("Name length")) {
                return "a property name is too long";
            }
            if (message.contains("Document length") || message.contains("document length")) {
                return "the document is too long";
            }
            return "a size limit was exceeded";
        }
        if (e instanceof InputCoercionException) {
            return "a number is out of range";
        }
        if (e instanceof StreamReadException) {
            return message.startsWith("Duplicate") ? "a property appears twice" : "not well-formed JSON";
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown property";
        }
        if (e instanceof InvalidFormatException) {
            return "a value has the wrong format";
        }
        if (e instanceof MismatchedInputException) {
            return message.startsWith("No content") ? "the document is empty" : "a value has the wrong type";
        }
        return "the value cannot be mapped";
    }
}
