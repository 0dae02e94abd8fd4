package dev.sportello.requests;

import dev.sportello.Arguments;


/**
 * One file of an archive, as its manifest describes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param archive     the archive that holds it, not null
 * @param name        the sanitised file name, unique in the archive, not null
 * @param size        the size in bytes
 * @param sha256      the SHA-256 of the content, hex, not null
 * @param contentType the type detected from the content (e.g. {@code application/pdf}), not null
 */
public record AttachmentInfo(ArchiveId archive, String name, long size, String sha256, String contentType) {
    /** Checks the components. */
    public AttachmentInfo {
        Arguments.required(archive, "AttachmentInfo", "archive");
        Arguments.required(name, "AttachmentInfo", "name");
        Arguments.required(sha256, "AttachmentInfo", "sha256");
        Arguments.required(contentType, "AttachmentInfo", "contentType");
    }
}
