package dev.sportello.adapters.memory;

import dev.sportello.Arguments;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Well-formed sample files for demos, tests and benchmarks: a PDF, a JPEG, a PNG and a TIFF of an exact
 * size whose structure holds from the first byte to the last (a PDF ends with {@code %%EOF}, a JPEG's
 * segments lead to its end-of-image marker, a PNG's chunks carry their CRCs and end with {@code IEND}),
 * filled with seeded random bytes so that they do not compress, like real scans. They are not pictures or
 * documents anyone can view; they are what the SDK's content checks accept.
 *
 * <p>Thread-safe: stateless.
 */
public final class SampleFiles {
    /** The smallest size every sample can take. */
    public static final int MIN_SIZE = 256;
    /** The largest size a sample takes: more than any upload limit. */
    public static final int MAX_SIZE = 64 << 20;

    private SampleFiles() {
    }

    /**
     * A PDF: header, one stream object of random bytes, a trailer, {@code startxref} and {@code %%EOF}.
     *
     * @param size the exact size in bytes, {@link #MIN_SIZE} to {@link #MAX_SIZE}
     * @param seed the seed of the random content
     * @return the bytes
     */
    public static byte[] pdf(int size, long seed) {
        checkSize(size);
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length 0000000000 >>\nstream\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\nendstream\nendobj\ntrailer\n<< /Size 2 >>\nstartxref\n15\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        int payload = payload(size, head.length + tail.length);
        byte[] length = String.format("%010d", payload).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(length, 0, head, indexOf(head, "0000000000"), length.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(head);
        out.writeBytes(random(payload, seed, (byte) 0));
        out.writeBytes(tail);
        return out.toByteArray();
    }

    /**
     * A baseline JPEG: start of image, a JFIF segment, a start-of-scan segment, entropy-coded random bytes
     * (no byte {@code 0xFF}, so no marker inside), and the end-of-image marker.
     *
     * @param size the exact size in bytes, {@link #MIN_SIZE} to {@link #MAX_SIZE}
     * @param seed the seed of the random content
     * @return the bytes
     */
    public static byte[] jpeg(int size, long seed) {
        checkSize(size);
        byte[] head = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01,
            0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00};
        byte[] tail = {(byte) 0xFF, (byte) 0xD9};
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(head);
        out.writeBytes(random(payload(size, head.length + tail.length), seed, (byte) 0xFF));
        out.writeBytes(tail);
        return out.toByteArray();
    }

    /**
     * A PNG: signature, {@code IHDR}, one {@code IDAT} chunk of random bytes and {@code IEND}, each chunk
     * with its CRC.
     *
     * @param size the exact size in bytes, {@link #MIN_SIZE} to {@link #MAX_SIZE}
     * @param seed the seed of the random content
     * @return the bytes
     */
    public static byte[] png(int size, long seed) {
        checkSize(size);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(new byte[]{(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] header = ByteBuffer.allocate(13).putInt(64).putInt(64).put((byte) 8).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0).array();
        chunk(out, "IHDR", header);
        int overhead = 8 + (12 + 13) + 12 + 12;
        chunk(out, "IDAT", random(payload(size, overhead), seed, (byte) 0));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A little-endian TIFF: header, one image file directory with one entry, and random image bytes.
     *
     * @param size the exact size in bytes, {@link #MIN_SIZE} to {@link #MAX_SIZE}
     * @param seed the seed of the random content
     * @return the bytes
     */
    public static byte[] tiff(int size, long seed) {
        checkSize(size);
        ByteBuffer head = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
        head.put((byte) 0x49).put((byte) 0x49).putShort((short) 42).putInt(8);
        head.putShort((short) 1).putShort((short) 256).putShort((short) 4).putInt(1).putInt(64).putInt(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.writeBytes(head.array());
        out.writeBytes(random(payload(size, 26), seed, (byte) 0));
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static int payload(int size, int overhead) {
        checkSize(size);
        return size - overhead;
    }

    private static void checkSize(int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw Arguments.invalid("SampleFiles", "size", "a sample file has " + MIN_SIZE + " to " + MAX_SIZE + " bytes");
        }
    }

    /** Seeded random bytes, with {@code avoid} replaced so that it never appears (0 avoids nothing). */
    private static byte[] random(int length, long seed, byte avoid) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        if (avoid != 0) {
            for (int i = 0; i < b.length; i++) {
                if (b[i] == avoid) {
                    b[i] = (byte) (avoid - 1);
                }
            }
        }
        return b;
    }

    private static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException(needle);
    }
}
