package dev.sportello.spi;

import dev.sportello.Arguments;

import java.util.Arrays;
import java.util.Objects;

/**
 * One document of a {@link PostalLetter}, printed in the order the letter lists it: the covering letter the
 * SDK rendered ({@code application/pdf}, A4), or a document of the user's dossiers as it was stored.
 *
 * <p>Immutable and thread-safe (the content is copied).
 *
 * @param fileName    the file name, not null
 * @param contentType the MIME type, e.g. {@code application/pdf}, not null
 * @param content     the bytes, not null
 */
public record LetterDocument(String fileName, String contentType, byte[] content) {
    /** Checks and copies the components. */
    public LetterDocument {
        Arguments.required(fileName, "LetterDocument", "fileName");
        Arguments.required(contentType, "LetterDocument", "contentType");
        content = Arguments.required(content, "LetterDocument", "content").clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /** How many bytes. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LetterDocument other && fileName.equals(other.fileName)
                && contentType.equals(other.contentType) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "LetterDocument[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
