package dev.sportello;

import java.util.Map;
import java.util.UUID;

/**
 * Reads the text of the SDK's ids (canonical UUID text). Bad text is an {@code ID_INVALID} error naming
 * the kind of id, never an {@code IllegalArgumentException}.
 *
 * <p>Thread-safe (stateless).
 */
public final class Uuids {
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
        if (text == null || text.length() != 36) {
            throw invalid(type);
        }
        long most = 0;
        long least = 0;
        for (int i = 0; i < 36; i++) {   // the same text the pattern accepts, read without a regex (a hot path)
            char c = text.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    throw invalid(type);
                }
                continue;
            }
            int digit = Character.digit(c, 16);
            if (digit < 0 || c > 'f') {
                throw invalid(type);
            }
            if (i < 18) {
                most = most << 4 | digit;
            } else {
                least = least << 4 | digit;
            }
        }
        return new UUID(most, least);
    }

    private static SportelloException invalid(String type) {
        return SportelloException.invalidField(ErrorCode.ID_INVALID, "id", Map.of("type", String.valueOf(type)));
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
