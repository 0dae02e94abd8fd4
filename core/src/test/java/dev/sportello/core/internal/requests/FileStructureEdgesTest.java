package dev.sportello.core.internal.requests;

import dev.sportello.adapters.memory.SampleFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole-file structure checks at their edges, on hand-built JPEG, PNG, TIFF and ZIP records: exact reasons. */
class FileStructureEdgesTest {
    private static final String NO_MARKER = "a JPEG segment does not start with a marker";
    private static final String JPEG_PAST_END = "a JPEG segment runs past the end of the file";
    private static final String NO_EOI = "the JPEG has no end-of-image marker";
    private static final String HIDDEN = "an archive is hidden in the file";

    static byte[] b(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A PNG chunk: length, type, data and the CRC of type and data (PNG specification §5.3). */
    static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }

    /** A ZIP end-of-central-directory record (APPNOTE 4.3.16) for one entry. */
    static byte[] endRecord(long directorySize, long directoryOffset) {
        return ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN).put(b('P', 'K', 5, 6)).putShort((short) 0)
                .putShort((short) 0).putShort((short) 1).putShort((short) 1).putInt((int) directorySize)
                .putInt((int) directoryOffset).putShort((short) 0).array();
    }

    private static java.util.Optional<String> jpeg(int... bytes) {
        return FileStructure.problem(ContentTypes.JPEG, b(bytes));
    }

    @Test
    void jpegFillBytesStandaloneMarkersAndEmptySegmentsLeadToTheEnd() {
        // fill bytes before a marker (ITU T.81 B.1.1.2), an empty comment, RST0, RST7 and TEM, then EOI
        assertThat(jpeg(0xFF, 0xD8, 0xFF, 0xFF, 0xFF, 0xFE, 0x00, 0x02, 0xFF, 0xD0, 0xFF, 0xD7, 0xFF, 0x01, 0xFF, 0xD9))
                .isEmpty();
        assertThat(jpeg(0xFF, 0xD8, 0xFF, 0xD9)).isEmpty();
    }

    @Test
    void jpegBytesThatAreNotMarkersAreRefused() {
        assertThat(jpeg(0xFF, 0xD8, 0x00, 0x10, 0xFF, 0xD9)).contains(NO_MARKER);
        // a comment of 4 bytes (its length field and two more) followed by a stray byte where a marker should be
        assertThat(jpeg(0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x04, 0xAA, 0xBB, 0xCC, 0xFF, 0xD9)).contains(NO_MARKER);
        assertThat(jpeg(0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x03, 0xAA, 0xFF, 0xD9)).as("the right length").isEmpty();
    }

    @Test
    void jpegSegmentLengthsAreCheckedAgainstTheFile() {
        assertThat(jpeg(0xFF, 0xD8, 0xFF, 0xE0, 0x00)).as("length cut off").contains(JPEG_PAST_END);
        assertThat(jpeg(0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x00, 0xFF, 0xD9)).as("length 0").contains(JPEG_PAST_END);
        assertThat(jpeg(0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x01, 0xFF, 0xD9)).as("length 1").contains(JPEG_PAST_END);
        assertThat(jpeg(0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x07, 0xAA, 0xBB, 0xFF, 0xD9)).as("one byte too long")
                .contains(JPEG_PAST_END);
        assertThat(jpeg(0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x06, 0xAA, 0xBB, 0xFF, 0xD9)).as("swallows the EOI")
                .contains(NO_EOI);
        assertThat(jpeg(0xFF, 0xD8, 0xFF, 0xFE, 0x00, 0x02)).as("ends after a whole segment").contains(NO_EOI);
    }

    @Test
    void jpegEntropyDataSkipsStuffedBytesRestartMarkersAndFillBytes() {
        int[] head = {0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02};
        assertThat(FileStructure.problem(ContentTypes.JPEG, cat(b(head),
                b(0x11, 0xFF, 0x00, 0x22, 0xFF, 0xD0, 0x33, 0xFF, 0xD7, 0x44, 0xFF, 0xFF, 0xD9)))).isEmpty();
        // a marker after the scan (a second table segment, as progressive files have) is followed too
        assertThat(FileStructure.problem(ContentTypes.JPEG, cat(b(head),
                b(0x11, 0x22, 0xFF, 0xC4, 0x00, 0x03, 0x00, 0xFF, 0xD9)))).isEmpty();
        assertThat(FileStructure.problem(ContentTypes.JPEG, cat(b(head), b(0x11, 0x22, 0xFF)))).contains(NO_EOI);
        assertThat(FileStructure.problem(ContentTypes.JPEG, cat(b(head), b(0x11, 0xFF, 0x00, 0x22)))).contains(NO_EOI);
    }

    @Test
    void pngChunksAreCheckedInOrderAndToTheEnd() {
        byte[] signature = Arrays.copyOf(SampleFiles.png(SampleFiles.MIN_SIZE, 1), 8);
        byte[] header = chunk("IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put((byte) 8).array());
        byte[] end = chunk("IEND", new byte[0]);
        assertThat(FileStructure.problem(ContentTypes.PNG, cat(signature, header, chunk("IDAT", new byte[]{1, 2}), end)))
                .isEmpty();
        assertThat(FileStructure.problem(ContentTypes.PNG, cat(signature, end))).contains("a PNG does not start with IHDR");
        assertThat(FileStructure.problem(ContentTypes.PNG, cat(signature, chunk("tEXt", new byte[]{'a'}), header, end)))
                .contains("a PNG does not start with IHDR");
        assertThat(FileStructure.problem(ContentTypes.PNG, cat(signature, header))).contains("the PNG has no IEND chunk");
        assertThat(FileStructure.problem(ContentTypes.PNG, cat(signature, header, b(0, 0, 0, 9, 'I'))))
                .as("a few bytes too short for a chunk").contains("the PNG has no IEND chunk");
    }

    @Test
    void aPngCutInsideAChunkIsRefused() {
        byte[] png = SampleFiles.png(1_000, 3);   // IHDR ends at 33, IDAT at 988, IEND at 1000
        assertThat(FileStructure.problem(ContentTypes.PNG, Arrays.copyOf(png, 985)))
                .contains("a PNG chunk runs past the end of the file");
        assertThat(FileStructure.problem(ContentTypes.PNG, Arrays.copyOf(png, 999))).contains("the PNG has no IEND chunk");
    }

    /** A TIFF header pointing at its directory at 8, then {@code entries} as the entry count, padded to {@code size}. */
    private static byte[] tiff(ByteOrder order, int entries, int size) {
        ByteBuffer buffer = ByteBuffer.allocate(size).order(order);
        buffer.put(order == ByteOrder.LITTLE_ENDIAN ? b('I', 'I', 42, 0) : b('M', 'M', 0, 42)).putInt(8);
        if (size >= 10) {
            buffer.putShort((short) entries);
        }
        return buffer.array();
    }

    @Test
    void aTiffDirectoryMustLieWhollyInsideTheFile() {
        for (ByteOrder order : new ByteOrder[]{ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            // header (8) + count (2) + 2 entries of 12 + next-directory offset (4) = 38 bytes
            assertThat(FileStructure.problem(ContentTypes.TIFF, tiff(order, 2, 38))).as("%s", order).isEmpty();
            assertThat(FileStructure.problem(ContentTypes.TIFF, tiff(order, 2, 37))).as("%s", order)
                    .contains("the TIFF directory runs past the end of the file");
            assertThat(FileStructure.problem(ContentTypes.TIFF, tiff(order, 1, 26))).as("%s", order).isEmpty();
            assertThat(FileStructure.problem(ContentTypes.TIFF, tiff(order, 1, 25))).as("%s", order)
                    .contains("the TIFF directory runs past the end of the file");
            assertThat(FileStructure.problem(ContentTypes.TIFF, tiff(order, 0, 38))).as("no entries")
                    .contains("the TIFF directory runs past the end of the file");
            assertThat(FileStructure.problem(ContentTypes.TIFF, tiff(order, 1, 10))).as("only the count")
                    .contains("the TIFF directory runs past the end of the file");
            assertThat(FileStructure.problem(ContentTypes.TIFF, tiff(order, 1, 8))).as("only the header")
                    .contains("the TIFF directory lies outside the file");
        }
        assertThat(FileStructure.problem(ContentTypes.TIFF, b('I', 'I', 42, 0, 8, 0, 0)))
                .contains("a TIFF header is 8 bytes");
        byte[] inHeader = tiff(ByteOrder.LITTLE_ENDIAN, 1, 40);
        inHeader[4] = 4;   // the directory would overlap the header
        assertThat(FileStructure.problem(ContentTypes.TIFF, inHeader)).contains("the TIFF directory lies outside the file");
        byte[] lastByte = tiff(ByteOrder.LITTLE_ENDIAN, 1, 40);
        lastByte[4] = 39;  // a count needs two bytes, only one is left
        assertThat(FileStructure.problem(ContentTypes.TIFF, lastByte)).contains("the TIFF directory lies outside the file");
    }

    private static byte[] tiffWith(byte[] tail) {
        return cat(SampleFiles.tiff(1_000, 21), tail);
    }

    @Test
    void aZipEndRecordCountsOnlyWhenItLeadsToACentralDirectory() {
        assertThat(FileStructure.problem(ContentTypes.TIFF, tiffWith(endRecord(0, 0)))).as("pointing at the TIFF header")
                .isEmpty();
        assertThat(FileStructure.problem(ContentTypes.TIFF, tiffWith(Arrays.copyOf(endRecord(0, 0), 21))))
                .as("cut short").isEmpty();
        assertThat(FileStructure.problem(ContentTypes.TIFF, tiffWith(b('P', 'K', 5, 6, 0, 0)))).isEmpty();
        byte[] file = tiffWith(endRecord(0, 0));
        int directory = 500;
        System.arraycopy(b('P', 'K', 1, 2), 0, file, directory, 4);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(file.length - 22 + 16, directory);
        assertThat(FileStructure.problem(ContentTypes.TIFF, file)).as("its offset leads to a directory").contains(HIDDEN);
        ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN).putInt(file.length - 22 + 16, 0)
                .putInt(file.length - 22 + 12, file.length - 22 - directory);
        assertThat(FileStructure.problem(ContentTypes.TIFF, file)).as("its size leads back to a directory").contains(HIDDEN);
    }

    @Test
    void aCentralDirectoryHeaderCountsUpToTheLastByteOfTheFile() {
        byte[] atTheEnd = tiffWith(cat(endRecord(0, 1_000 + 22), b('P', 'K', 1, 2)));
        assertThat(FileStructure.problem(ContentTypes.TIFF, atTheEnd)).contains(HIDDEN);
        byte[] cut = tiffWith(cat(endRecord(0, 1_000 + 22), b('P', 'K')));
        assertThat(FileStructure.problem(ContentTypes.TIFF, cut)).isEmpty();
        byte[] beyond = tiffWith(endRecord(0, 1_000 + 22 + 100));
        assertThat(FileStructure.problem(ContentTypes.TIFF, beyond)).isEmpty();
    }

    @Test
    void archiveSignaturesCountUpToTheLastByteOfTheFile() {
        assertThat(FileStructure.problem(ContentTypes.TIFF, tiffWith(b('R', 'a', 'r', '!', 0x1A, 0x07)))).contains(HIDDEN);
        assertThat(FileStructure.problem(ContentTypes.TIFF, tiffWith(b('7', 'z', 0xBC, 0xAF, 0x27, 0x1C)))).contains(HIDDEN);
        assertThat(FileStructure.problem(ContentTypes.TIFF, tiffWith(b('R', 'a', 'r', '!', 0x1A)))).isEmpty();
        assertThat(FileStructure.problem(ContentTypes.TIFF, tiffWith(b('7', 'z', 0xBC)))).isEmpty();
    }

    @Test
    void aPdfOfOnlyBlankBytesHasNoEnd() {
        assertThat(FileStructure.problem(ContentTypes.PDF, b('\n', '\r', ' ', '\t', 0)))
                .contains("data after the end of the PDF, or no end");
        assertThat(FileStructure.problem(ContentTypes.PDF, cat(SampleFiles.pdf(1_000, 2), b('\t', 0, ' '))))
                .as("tabs and NULs after %%EOF").isEmpty();
    }

    @Test
    void anUnknownTypeIsRefused() {
        assertThat(FileStructure.problem("text/plain", "hello".getBytes(StandardCharsets.US_ASCII))).contains("unknown type");
    }
}
