package dev.sportello.adapters.pushhttp;

import dev.sportello.Arguments;
import dev.sportello.SportelloException;
import dev.sportello.ErrorCode;

import java.util.Map;

/**
 * One HTTP request of a {@link PushWireFormat}: a POST to {@code path} under the channel's endpoint, with this
 * body. The channel adds {@code Authorization: Bearer …}, {@code Accept: application/json} and the timeouts.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows neither the body nor the headers (the body holds the
 * device token).
 *
 * @param path        the path under the endpoint, starting with {@code /}, e.g.
 *                    {@code /v1/projects/my-project/messages:send}; not null
 * @param contentType the body's media type, e.g. {@code application/json; charset=UTF-8}; not null
 * @param body        the body, sent as UTF-8, not null
 * @param headers     further headers (not {@code Authorization}), not null, possibly empty
 */
public record PushRequest(String path, String contentType, String body, Map<String, String> headers) {
    /** Checks and copies the components. */
    public PushRequest {
        Arguments.required(path, "PushRequest", "path");
        Arguments.required(contentType, "PushRequest", "contentType");
        Arguments.required(body, "PushRequest", "body");
        headers = Arguments.map(headers, "PushRequest", "headers");
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("#") || path.chars().anyMatch(c -> c <= ' ')) {
            throw Arguments.invalid("PushRequest", "path", "a path starting with one '/', without spaces or '#'");
        }
        for (String name : headers.keySet()) {
            if ("authorization".equalsIgnoreCase(name)) {
                throw SportelloException.invalidField(ErrorCode.VALUE_INVALID, "headers",
                        Map.of("type", "PushRequest", "reason", "the channel sets Authorization itself"));
            }
        }
    }

    /**
     * A request without further headers.
     *
     * @param path        the path under the endpoint, not null
     * @param contentType the body's media type, not null
     * @param body        the body, not null
     */
    public PushRequest(String path, String contentType, String body) {
        this(path, contentType, body, Map.of());
    }

    @Override
    public String toString() {
        return "PushRequest[POST " + path + ", " + contentType + ", " + body.length() + " chars]";
    }
}
