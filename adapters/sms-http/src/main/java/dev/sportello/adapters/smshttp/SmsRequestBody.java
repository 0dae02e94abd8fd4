package dev.sportello.adapters.smshttp;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The body of one request to the gateway, as an {@link SmsRequestFormat} writes it.
 *
 * <p>Immutable and thread-safe: the bytes are copied in and out. {@link #toString()} shows the content type and
 * the length only, never the bytes (they hold the number and the text).
 *
 * @param contentType the media type sent as {@code Content-Type}, e.g. {@code application/json}, not null
 * @param bytes       the body, not null (may be empty)
 */
public record SmsRequestBody(String contentType, byte[] bytes) {
    private static final Pattern MEDIA_TYPE =
            Pattern.compile("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(\\s*;\\s*[\\x21-\\x7e&&[^;]]+)*");

    /**
     * Checks and copies the components.
     *
     * @throws dev.sportello.InvalidInputException with {@link ErrorCode#VALUE_REQUIRED} for a null component, or
     *                                             {@link ErrorCode#VALUE_INVALID} for a content type that is not a
     *                                             media type
     */
    public SmsRequestBody {
        Arguments.required(contentType, "SmsRequestBody", "contentType");
        Arguments.required(bytes, "SmsRequestBody", "bytes");
        if (!MEDIA_TYPE.matcher(contentType).matches()) {
            throw SportelloException.invalidField(ErrorCode.VALUE_INVALID, "contentType",
                    Map.of("type", "SmsRequestBody", "reason", "a media type such as application/json"));
        }
        bytes = bytes.clone();
    }

    /**
     * The body.
     *
     * @return a copy of the bytes, never null
     */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Equal when the content types and the bytes are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SmsRequestBody that && contentType.equals(that.contentType)
                && Arrays.equals(bytes, that.bytes);
    }

    /** A hash of the content type and the bytes. */
    @Override
    public int hashCode() {
        return 31 * contentType.hashCode() + Arrays.hashCode(bytes);
    }

    /** The content type and the length; never the bytes. */
    @Override
    public String toString() {
        return "SmsRequestBody[" + contentType + ", " + bytes.length + " bytes]";
    }
}
