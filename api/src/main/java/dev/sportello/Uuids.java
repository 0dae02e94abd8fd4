package dev.sportello;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the text of the SDK's ids (canonical UUID text). Bad text is an {@code ID_INVALID} error naming
 * the kind of id, never an {@code IllegalArgumentException}.
 *
 * <p>Thread-safe (stateless).
 */
public final class Uuids {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {
    }

    /**
     * Parses canonical UUID text.
     *
     * @param text the text, may be null
     * @param type the kind of id, for the error ({@code user}, {@code request}, …), not null
     * @return the UUID
     * @throws InvalidInputException with {@code ID_INVALID} if the text is not a UUID
     */
    public static UUID parse(String text, String type) {
        if (text == null || !UUID_TEXT.matcher(text).matches()) {
            throw SportelloException.invalidField(ErrorCode.ID_INVALID, "id", Map.of("type", String.valueOf(type)));
        }
        return UUID.fromString(text);
    }

    /**
     * Checks that the value of an id is present.
     *
     * @param value the value, may be null
     * @param type  the kind of id, for the error, not null
     * @return the value
     * @throws InvalidInputException with {@code ID_INVALID} if it is null
     */
    public static UUID require(UUID value, String type) {
        if (value == null) {
            throw SportelloException.invalidField(ErrorCode.ID_INVALID, "id", Map.of("type", String.valueOf(type)));
        }
        return value;
    }
}
