package dev.sportello.adapters.jackson;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Map;

/**
 * Bounds on the JSON that {@link SportelloJson#builder(JsonLimits)} reads; input past a bound is refused
 * with {@code TRN_JSON_MALFORMED} before any object is built.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxNestingDepth   arrays and objects inside each other, 1–1000 (default 64)
 * @param maxNumberLength   characters of one number, 1–1000 (default 64)
 * @param maxStringLength   characters of one string, at least 1 (default 20,000,000, enough for an
 *                          attachment of 10 MiB in base64)
 * @param maxDocumentLength characters or bytes of one document, at least 1 (default 32 MiB)
 */
public record JsonLimits(int maxNestingDepth, int maxNumberLength, int maxStringLength, long maxDocumentLength) {
    /**
     * Checks the bounds.
     *
     * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} naming the bound
     */
    public JsonLimits {
        check(maxNestingDepth >= 1 && maxNestingDepth <= 1000, "maxNestingDepth", "1-1000");
        check(maxNumberLength >= 1 && maxNumberLength <= 1000, "maxNumberLength", "1-1000");
        check(maxStringLength >= 1, "maxStringLength", "at least 1");
        check(maxDocumentLength >= 1, "maxDocumentLength", "at least 1");
    }

    /**
     * The defaults: depth 64, numbers of 64 characters, strings of 20,000,000, documents of 32 MiB.
     *
     * @return the defaults, never null
     */
    public static JsonLimits defaults() {
        return new JsonLimits(64, 64, 20_000_000, 32L * 1024 * 1024);
    }

    private static void check(boolean ok, String field, String reason) {
        if (!ok) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "JsonLimits." + field,
                    Map.of("reason", reason));
        }
    }
}
