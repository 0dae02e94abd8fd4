package dev.sportello.notifications;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The event a message is about; selects its templates (R-NOT-3). Each area declares its kinds as
 * constants ({@code dev.sportello.requests.RequestMessageKinds}, …); integrators publish proactive notices
 * under kinds of their own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code upper-case letters, digits and underscores, 2–64 characters
 */
public record MessageKind(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    /** Checks the code. */
    public MessageKind {
        if (code == null || !CODE.matcher(code).matches()) {
            throw SportelloException.invalidField(ErrorCode.NOT_KIND_UNKNOWN, "kind", Map.of("kind", "?"));
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
