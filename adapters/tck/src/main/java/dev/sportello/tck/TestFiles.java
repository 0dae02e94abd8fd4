package dev.sportello.tck;

import dev.sportello.adapters.memory.SampleFiles;
import dev.sportello.requests.Attachment;

import java.util.Random;

/**
 * Uploads for tests: well-formed files ({@link SampleFiles}) of a size (at least
 * {@link SampleFiles#MIN_SIZE} bytes) with random, incompressible content like real scans, and an
 * executable to rename.
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
        return new Attachment(name, SampleFiles.pdf(Math.max(size, SampleFiles.MIN_SIZE), size));
    }

    /** A JPEG of a size. */
    public static Attachment jpeg(String name, int size) {
        return new Attachment(name, SampleFiles.jpeg(Math.max(size, SampleFiles.MIN_SIZE), size + 1L));
    }

    /** A PNG of a size. */
    public static Attachment png(String name, int size) {
        return new Attachment(name, SampleFiles.png(Math.max(size, SampleFiles.MIN_SIZE), size + 2L));
    }

    /** A TIFF of a size. */
    public static Attachment tiff(String name, int size) {
        return new Attachment(name, SampleFiles.tiff(Math.max(size, SampleFiles.MIN_SIZE), size + 3L));
    }

    /** A Windows executable (MZ header) under a misleading name. */
    public static Attachment executable(String name) {
        return new Attachment(name, with(new byte[]{'M', 'Z', (byte) 0x90, 0x00}, 4096, 7));
    }
}
