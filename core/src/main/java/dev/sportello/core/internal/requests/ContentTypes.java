package dev.sportello.core.internal.requests;

import java.util.Optional;

/**
 * Recognises the allowed file types from their first bytes (magic numbers), never from names; and
 * archives, which are never allowed inside an archive.
 *
 * <p>Thread-safe (stateless).
 */
public final class ContentTypes {
    /** PDF. */
    public static final String PDF = "application/pdf";
    /** JPEG. */
    public static final String JPEG = "image/jpeg";
    /** PNG. */
    public static final String PNG = "image/png";
    /** TIFF. */
    public static final String TIFF = "image/tiff";

    private ContentTypes() {
    }

    /**
     * The allowed type the bytes start like.
     *
     * @param b the first bytes of a file (at least the first 8 for every type)
     * @return the type, if one of PDF, JPEG, PNG, TIFF
     */
    public static Optional<String> detect(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(PDF);
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(b, 0x49, 0x49, 0x2A, 0x00) || startsWith(b, 0x4D, 0x4D, 0x00, 0x2A)) {
            return Optional.of(TIFF);
        }
        return Optional.empty();
    }

    /** Whether the bytes start like an archive or a compressed stream (zip, gzip, 7z, rar, bzip2, xz, tar). */
    static boolean isArchive(byte[] b) {
        return startsWith(b, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0x50, 0x4B, 0x05, 0x06)
                || startsWith(b, 0x50, 0x4B, 0x07, 0x08) || startsWith(b, 0x1F, 0x8B)
                || startsWith(b, 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C) || startsWith(b, 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07)
                || startsWith(b, 0x42, 0x5A, 0x68) || startsWith(b, 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00)
                || b.length > 262 && b[257] == 'u' && b[258] == 's' && b[259] == 't' && b[260] == 'a' && b[261] == 'r';
    }

    static String extension(String type) {
        return switch (type) {
            case PDF -> "pdf";
            case JPEG -> "jpg";
            case PNG -> "png";
            case TIFF -> "tif";
            default -> "bin";
        };
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
