package dev.sportello.core.internal.requests;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Checks an upload's whole structure, not only its first bytes: a file that starts like a PDF but carries
 * a ZIP after its end (a polyglot), a PDF whose {@code startxref} does not lead to its cross-reference
 * table, a JPEG whose segments do not lead to its end or that carries data after it, a PNG with a bad
 * chunk or data after {@code IEND}, or any file that hides an archive or a program a reader would open
 * (a ZIP or ZIP64 end record pointing at a real central directory; a RAR, 7-Zip, xz, bzip2, CAB or tar
 * signature; a Windows executable with its PE header; an ELF header) is refused. Signatures too short
 * to tell from chance in compressed data (gzip's three bytes) are looked for at the start only
 * ({@link ContentTypes#isArchive}).
 *
 * <p>Thread-safe: stateless.
 */
final class FileStructure {
    private static final byte[] EOF = {'%', '%', 'E', 'O', 'F'};
    private static final byte[] RAR = {'R', 'a', 'r', '!', 0x1A, 0x07};
    private static final byte[] SEVEN_ZIP = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C};
    private static final byte[] XZ = {(byte) 0xFD, '7', 'z', 'X', 'Z', 0};
    private static final byte[] CAB = {'M', 'S', 'C', 'F', 0, 0, 0, 0};
    private static final byte[] BZIP2_BLOCK = {0x31, 0x41, 0x59, 0x26, 0x53, 0x59};
    private static final byte[] TAR_POSIX = {'u', 's', 't', 'a', 'r', 0, '0', '0'};
    private static final byte[] TAR_GNU = {'u', 's', 't', 'a', 'r', ' ', ' ', 0};
    private static final byte[] ELF = {0x7F, 'E', 'L', 'F'};
    private static final byte[] PE = {'P', 'E', 0, 0};
    private static final byte[] STARTXREF = {'s', 't', 'a', 'r', 't', 'x', 'r', 'e', 'f'};
    private static final byte[] XREF = {'x', 'r', 'e', 'f'};
    private static final byte[] OBJ = {'o', 'b', 'j'};
    /** The first bytes of the signatures {@link #hiddenArchive} looks for: PK, Rar!, 7z, xz, MSCF, ustar, BZh, MZ, ELF. */
    private static final boolean[] SIGNATURE_STARTS = new boolean[256];

    static {
        for (int c : new int[]{'P', 'R', '7', 0xFD, 'M', 'u', 'B', 0x7F}) {
            SIGNATURE_STARTS[c] = true;
        }
    }

    private FileStructure() {
    }

    /**
     * What is wrong with a file of a detected type, if anything.
     *
     * @param type    the type detected from the first bytes
     * @param content the whole file
     * @return the reason, without personal data; empty if the structure holds
     */
    static Optional<String> problem(String type, byte[] content) {
        Optional<String> hidden = hiddenArchive(content);
        if (hidden.isPresent()) {
            return hidden;
        }
        return switch (type) {
            case ContentTypes.PDF -> pdf(content);
            case ContentTypes.JPEG -> jpeg(content);
            case ContentTypes.PNG -> png(content);
            case ContentTypes.TIFF -> tiff(content);
            default -> Optional.of("unknown type");
        };
    }

    /**
     * A PDF ends with {@code startxref}, the offset of its last cross-reference section (a table starting
     * {@code xref}, or a stream object {@code n g obj}), and {@code %%EOF} with at most line ends or spaces
     * after it (ISO 32000-1 §7.5.5).
     */
    private static Optional<String> pdf(byte[] b) {
        int end = b.length;
        while (end > 0 && isPdfSpace(b[end - 1])) {
            end--;
        }
        if (end < EOF.length || !matches(b, end - EOF.length, EOF)) {
            return Optional.of("data after the end of the PDF, or no end");
        }
        int i = end - EOF.length;
        while (i > 0 && isPdfSpace(b[i - 1])) {
            i--;
        }
        int digitsEnd = i;
        while (i > 0 && b[i - 1] >= '0' && b[i - 1] <= '9' && digitsEnd - i < 12) {
            i--;
        }
        if (i == digitsEnd) {
            return Optional.of("the PDF has no cross-reference offset");
        }
        long offset = Long.parseLong(new String(b, i, digitsEnd - i, java.nio.charset.StandardCharsets.US_ASCII));
        while (i > 0 && isPdfSpace(b[i - 1])) {
            i--;
        }
        if (!matches(b, i - STARTXREF.length, STARTXREF)) {
            return Optional.of("the PDF has no cross-reference offset");
        }
        if (offset >= i - STARTXREF.length || !crossReferenceAt(b, (int) offset)) {
            return Optional.of("the PDF's cross-reference offset does not lead to a cross-reference section");
        }
        return Optional.empty();
    }

    /** Whether a cross-reference table ({@code xref}) or stream object ({@code 12 0 obj}) starts at {@code at}. */
    private static boolean crossReferenceAt(byte[] b, int at) {
        int i = at;
        while (i < b.length && isPdfSpace(b[i])) {
            i++;
        }
        if (matches(b, i, XREF)) {
            return true;
        }
        for (int number = 0; number < 2; number++) {
            int start = i;
            while (i < b.length && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == start || i >= b.length || !isPdfSpace(b[i])) {
                return false;
            }
            while (i < b.length && isPdfSpace(b[i])) {
                i++;
            }
        }
        return matches(b, i, OBJ);
    }

    private static boolean isPdfSpace(byte c) {
        return c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\f' || c == 0;
    }

    /** From the start of image, each segment's length leads to the next marker, up to the end of image. */
    private static Optional<String> jpeg(byte[] b) {
        int i = 2;
        while (i + 2 <= b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return Optional.of("a JPEG segment does not start with a marker");
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xD9) {
                // after the end of image only padding: anything else is data a reader of the image never shows
                for (int j = i + 2; j < b.length; j++) {
                    if (b[j] != 0 && !isPdfSpace(b[j])) {
                        return Optional.of("data after the end of the JPEG");
                    }
                }
                return Optional.empty();
            }
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                i += 2;
                continue;
            }
            if (i + 4 > b.length) {
                return Optional.of("a JPEG segment runs past the end of the file");
            }
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (length < 2 || i + 2 + length > b.length) {
                return Optional.of("a JPEG segment runs past the end of the file");
            }
            i += 2 + length;
            if (marker == 0xDA) {
                i = afterEntropyData(b, i);
            }
        }
        return Optional.of("the JPEG has no end-of-image marker");
    }

    /** The index of the first marker after entropy-coded data (stuffed bytes and restart markers skipped). */
    private static int afterEntropyData(byte[] b, int i) {
        while (i + 1 < b.length) {
            if ((b[i] & 0xFF) == 0xFF) {
                int next = b[i + 1] & 0xFF;
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                    return i;
                }
            }
            i++;
        }
        return b.length;
    }

    /** Chunks with their lengths and CRCs, {@code IHDR} first, {@code IEND} last and nothing after it. */
    private static Optional<String> png(byte[] b) {
        int i = 8;
        boolean first = true;
        while (i + 12 <= b.length) {
            long length = ByteBuffer.wrap(b, i, 4).getInt() & 0xFFFFFFFFL;
            if (i + 12 + length > b.length) {
                return Optional.of("a PNG chunk runs past the end of the file");
            }
            String type = new String(b, i + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            CRC32 crc = new CRC32();
            crc.update(b, i + 4, 4 + (int) length);
            int stored = ByteBuffer.wrap(b, i + 8 + (int) length, 4).getInt();
            if ((int) crc.getValue() != stored) {
                return Optional.of("a PNG chunk has a wrong CRC");
            }
            if (first && !type.equals("IHDR")) {
                return Optional.of("a PNG does not start with IHDR");
            }
            first = false;
            i += 12 + (int) length;
            if (type.equals("IEND")) {
                return i == b.length ? Optional.empty() : Optional.of("data after the end of the PNG");
            }
        }
        return Optional.of("the PNG has no IEND chunk");
    }

    /** The first image file directory lies inside the file. */
    private static Optional<String> tiff(byte[] b) {
        if (b.length < 8) {
            return Optional.of("a TIFF header is 8 bytes");
        }
        ByteOrder order = b[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        long ifd = ByteBuffer.wrap(b, 4, 4).order(order).getInt() & 0xFFFFFFFFL;
        if (ifd < 8 || ifd + 2 > b.length) {
            return Optional.of("the TIFF directory lies outside the file");
        }
        int entries = ByteBuffer.wrap(b, (int) ifd, 2).order(order).getShort() & 0xFFFF;
        if (entries == 0 || ifd + 2 + 12L * entries + 4 > b.length) {
            return Optional.of("the TIFF directory runs past the end of the file");
        }
        return Optional.empty();
    }

    /** An archive or a program that a reader would find inside the file (see the class comment). */
    private static Optional<String> hiddenArchive(byte[] b) {
        for (int i = 0, end = b.length - 3; i < end; i++) {
            if (SIGNATURE_STARTS[b[i] & 0xFF]) {   // one table load per byte; most bytes start no signature
                String reason = signatureAt(b, i);
                if (reason != null) {
                    return Optional.of(reason);
                }
            }
        }
        return Optional.empty();
    }

    /** What starts at {@code i}, which holds one of {@link #SIGNATURE_STARTS}, or null when it is chance. */
    private static String signatureAt(byte[] b, int i) {
        byte c = b[i];
        if (c == 'P' && b[i + 1] == 'K' && (b[i + 2] == 5 && b[i + 3] == 6 && zipEndRecord(b, i)
                || b[i + 2] == 6 && b[i + 3] == 6 && zip64EndRecord(b, i))) {
            return "an archive is hidden in the file";
        }
        if (c == 'R' && matches(b, i, RAR) || c == '7' && matches(b, i, SEVEN_ZIP) || c == (byte) 0xFD && matches(b, i, XZ)
                || c == 'M' && matches(b, i, CAB) || c == 'u' && (matches(b, i, TAR_POSIX) || matches(b, i, TAR_GNU))
                || c == 'B' && bzip2(b, i)) {
            return "an archive is hidden in the file";
        }
        if (c == 'M' && b[i + 1] == 'Z' && portableExecutable(b, i) || c == 0x7F && elf(b, i)) {
            return "a program is hidden in the file";
        }
        return null;
    }

    /** {@code BZh}, a block size digit and the block magic (π in BCD). */
    private static boolean bzip2(byte[] b, int at) {
        return at + 10 <= b.length && b[at + 1] == 'Z' && b[at + 2] == 'h' && b[at + 3] >= '1' && b[at + 3] <= '9'
                && matches(b, at + 4, BZIP2_BLOCK);
    }

    /** {@code MZ} whose header's {@code e_lfanew} (at 0x3C) points at {@code PE\0\0} inside the file. */
    private static boolean portableExecutable(byte[] b, int at) {
        if (at + 0x40 > b.length) {
            return false;
        }
        long lfanew = ByteBuffer.wrap(b, at + 0x3C, 4).order(ByteOrder.LITTLE_ENDIAN).getInt(at + 0x3C) & 0xFFFFFFFFL;
        return at + lfanew + PE.length <= b.length && matches(b, (int) (at + lfanew), PE);
    }

    /** An ELF identification: magic, class 32/64-bit, data order, version 1. */
    private static boolean elf(byte[] b, int at) {
        return at + 7 <= b.length && matches(b, at, ELF) && (b[at + 4] == 1 || b[at + 4] == 2)
                && (b[at + 5] == 1 || b[at + 5] == 2) && b[at + 6] == 1;
    }

    /** Whether a ZIP64 end-of-central-directory record at {@code at} points at a central directory header. */
    private static boolean zip64EndRecord(byte[] b, int at) {
        if (at + 56 > b.length) {
            return false;
        }
        ByteBuffer end = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long size = end.getLong(at + 40);
        long offset = end.getLong(at + 48);
        return centralDirectoryAt(b, offset) || size >= 0 && centralDirectoryAt(b, at - size);
    }

    /** Whether a ZIP end-of-central-directory record at {@code at} points at a central directory header. */
    private static boolean zipEndRecord(byte[] b, int at) {
        if (at + 22 > b.length) {
            return false;
        }
        ByteBuffer end = ByteBuffer.wrap(b, at, 22).order(ByteOrder.LITTLE_ENDIAN);
        long size = end.getInt(at + 12) & 0xFFFFFFFFL;
        long offset = end.getInt(at + 16) & 0xFFFFFFFFL;
        // readers find the central directory at its recorded offset, or just before the end record when
        // the archive was appended to something else (the offset then counts from the archive's start)
        return centralDirectoryAt(b, offset) || centralDirectoryAt(b, at - size);
    }

    private static boolean centralDirectoryAt(byte[] b, long start) {
        return start >= 0 && start + 4 <= b.length && b[(int) start] == 'P' && b[(int) start + 1] == 'K'
                && b[(int) start + 2] == 1 && b[(int) start + 3] == 2;
    }

    private static boolean matches(byte[] b, int at, byte[] what) {
        if (at < 0 || at + what.length > b.length) {
            return false;
        }
        for (int j = 0; j < what.length; j++) {
            if (b[at + j] != what[j]) {
                return false;
            }
        }
        return true;
    }
}
