package dev.sportello.attestation;

import dev.sportello.Arguments;

import java.util.Arrays;

/**
 * A rendered QR code of an attestation (error correction Q, quiet zone of 4 modules).
 *
 * <p>Immutable and thread-safe (the bytes are copied in and out).
 *
 * @param format  the format, not null
 * @param modules the modules on a side, quiet zone excluded, positive
 * @param content the image's bytes, not null
 */
public record QrImage(QrFormat format, int modules, byte[] content) {
    /**
     * Checks and copies the fields.
     *
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} or {@code VALUE_INVALID}
     */
    public QrImage {
        Arguments.required(format, "QrImage", "format");
        Arguments.required(content, "QrImage", "content");
        if (modules <= 0) {
            throw Arguments.invalid("QrImage", "modules", "must be positive");
        }
        content = content.clone();
    }

    /** A copy of the image's bytes. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QrImage q && q.format == format && q.modules == modules && Arrays.equals(q.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * format.hashCode() + modules) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "QrImage[" + format + ", " + modules + " modules, " + content.length + " bytes]";
    }
}
