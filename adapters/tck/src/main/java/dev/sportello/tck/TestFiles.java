package dev.sportello.tck;

import dev.sportello.requests.Attachment;

import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Uploads for tests: real magic numbers followed by random bytes (incompressible, like real scans),
 * and an executable to rename.
 *
 * <p>Thread-safe: stateless or immutable.
 */
public final class TestFiles {
    private TestFiles() {
    }

    private static byte[] with(byte[] magic, int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        System.arraycopy(magic, 0, b, 0, magic.length);
        return b;
    }

    /** A PDF of a size. */
    public static Attachment pdf(String name, int size) {
        return new Attachment(name, with("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size, size));
    }

    /** A JPEG of a size. */
    public static Attachment jpeg(String name, int size) {
        return new Attachment(name, with(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, size, size + 1L));
    }

    /** A PNG of a size. */
    public static Attachment png(String name, int size) {
        return new Attachment(name, with(new byte[]{(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A}, size, size + 2L));
    }

    /** A TIFF of a size. */
    public static Attachment tiff(String name, int size) {
        return new Attachment(name, with(new byte[]{0x49, 0x49, 0x2A, 0x00}, size, size + 3L));
    }

    /** A Windows executable (MZ header) under a misleading name. */
    public static Attachment executable(String name) {
        return new Attachment(name, with(new byte[]{'M', 'Z', (byte) 0x90, 0x00}, 4096, 7));
    }
}
