package dev.sportello.requests;

import dev.sportello.Arguments;

import java.util.Objects;

/**
 * A file read back from a stored archive, after the archive passed the zip guard.
 *
 * <p>Immutable and thread-safe (the content is copied).
 *
 * @param info    what the manifest says of it, not null
 * @param content the bytes, not null
 */
public record StoredFile(AttachmentInfo info, byte[] content) {
    /** Copies the content. */
    public StoredFile {
        Arguments.required(info, "StoredFile", "info");
        content = Arguments.required(content, "StoredFile", "content").clone();
    }

    /** A copy of the bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredFile other && info.equals(other.info) && java.util.Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(info, java.util.Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "StoredFile[" + info.name() + ", " + content.length + " bytes]";
    }
}
