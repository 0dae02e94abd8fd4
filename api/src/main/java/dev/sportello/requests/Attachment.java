package dev.sportello.requests;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file uploaded with a request or an answer. Treated as hostile: its type is detected from its
 * content, never from its name, and its name is sanitised.
 *
 * <p>Immutable and thread-safe (the content is copied).
 *
 * @param fileName the name as uploaded, 1–255 characters
 * @param content  the bytes, not null
 */
public record Attachment(@NotNull @Size(min = 1, max = 255) String fileName, @NotNull byte[] content) {
    /** Copies the content. */
    public Attachment {
        content = content == null ? null : content.clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content == null ? null : content.clone();
    }

    /** The size in bytes. */
    public int size() {
        return content == null ? 0 : content.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment other && Objects.equals(fileName, other.fileName) && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + size() + " bytes]";
    }
}
