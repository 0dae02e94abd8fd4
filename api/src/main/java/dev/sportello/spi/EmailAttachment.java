package dev.sportello.spi;

import dev.sportello.Arguments;

import java.util.Objects;

/**
 * A file attached to an e-mail, such as a calendar invitation.
 *
 * <p>Immutable and thread-safe (the content is copied).
 *
 * @param fileName    the file name, not null
 * @param contentType the MIME type, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}, not null
 * @param content     the bytes, not null
 */
public record EmailAttachment(String fileName, String contentType, byte[] content) {
    /** Checks and copies the components. */
    public EmailAttachment {
        Arguments.required(fileName, "EmailAttachment", "fileName");
        Arguments.required(contentType, "EmailAttachment", "contentType");
        content = Arguments.required(content, "EmailAttachment", "content").clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailAttachment other && fileName.equals(other.fileName)
                && contentType.equals(other.contentType) && java.util.Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, java.util.Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "EmailAttachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
