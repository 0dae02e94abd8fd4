package dev.sportello.core.internal.requests;

import dev.sportello.adapters.memory.SampleFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Content checks see the whole file: polyglots, trailing data, hidden archives and broken structures. */
class FileStructureTest {
    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.exe"));
            zip.write("MZ this is not a document".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void wellFormedSamplesOfEveryTypePass() {
        for (int size : new int[]{SampleFiles.MIN_SIZE, 4_096, 300_000}) {
            assertThat(FileStructure.problem(ContentTypes.PDF, SampleFiles.pdf(size, size))).isEmpty();
            assertThat(FileStructure.problem(ContentTypes.JPEG, SampleFiles.jpeg(size, size))).isEmpty();
            assertThat(FileStructure.problem(ContentTypes.PNG, SampleFiles.png(size, size))).isEmpty();
            assertThat(FileStructure.problem(ContentTypes.TIFF, SampleFiles.tiff(size, size))).isEmpty();
        }
        byte[] pdf = concat(SampleFiles.pdf(1_000, 1), "\r\n  \n".getBytes(StandardCharsets.US_ASCII));
        assertThat(FileStructure.problem(ContentTypes.PDF, pdf)).as("line ends after %%EOF").isEmpty();
    }

    @Test
    void aPdfFollowedByAZipIsRefused() throws IOException {
        byte[] polyglot = concat(SampleFiles.pdf(2_000, 2), zip());
        assertThat(ContentTypes.detect(polyglot)).contains(ContentTypes.PDF);
        assertThat(FileStructure.problem(ContentTypes.PDF, polyglot)).contains("an archive is hidden in the file");
    }

    @Test
    void aZipHiddenBeforeThePdfsEndIsRefused() throws IOException {
        byte[] pdf = SampleFiles.pdf(2_000, 3);
        int eof = pdf.length - "%%EOF\n".length();
        byte[] hidden = concat(Arrays.copyOf(pdf, eof), zip(), Arrays.copyOfRange(pdf, eof, pdf.length));
        assertThat(FileStructure.problem(ContentTypes.PDF, hidden)).contains("an archive is hidden in the file");
    }

    @Test
    void trailingDataAndMissingEndsAreRefused() {
        byte[] junk = "garbage after the end".getBytes(StandardCharsets.US_ASCII);
        assertThat(FileStructure.problem(ContentTypes.PDF, concat(SampleFiles.pdf(1_000, 4), junk))).isPresent();
        assertThat(FileStructure.problem(ContentTypes.PDF, Arrays.copyOf(SampleFiles.pdf(1_000, 4), 900))).isPresent();
        assertThat(FileStructure.problem(ContentTypes.PNG, concat(SampleFiles.png(1_000, 5), junk)))
                .contains("data after the end of the PNG");
        assertThat(FileStructure.problem(ContentTypes.JPEG, Arrays.copyOf(SampleFiles.jpeg(1_000, 6), 900)))
                .contains("the JPEG has no end-of-image marker");
    }

    @Test
    void brokenStructuresAreRefused() {
        byte[] png = SampleFiles.png(1_000, 7);
        png[40] ^= 0x01;   // inside the IDAT data: its CRC no longer matches
        assertThat(FileStructure.problem(ContentTypes.PNG, png)).contains("a PNG chunk has a wrong CRC");
        byte[] jpeg = SampleFiles.jpeg(1_000, 8);
        jpeg[4] = 0x7F;    // the JFIF segment now claims to run far past the end
        assertThat(FileStructure.problem(ContentTypes.JPEG, jpeg)).contains("a JPEG segment runs past the end of the file");
        byte[] tiff = SampleFiles.tiff(1_000, 9);
        tiff[4] = (byte) 0xF0;
        tiff[5] = (byte) 0xFF;
        assertThat(FileStructure.problem(ContentTypes.TIFF, tiff)).contains("the TIFF directory lies outside the file");
    }

    @Test
    void rarAndSevenZipSignaturesAnywhereAreRefused() {
        byte[] tiff = SampleFiles.tiff(2_000, 10);
        byte[] rar = {'R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00};
        System.arraycopy(rar, 0, tiff, 1_000, rar.length);
        assertThat(FileStructure.problem(ContentTypes.TIFF, tiff)).contains("an archive is hidden in the file");
        byte[] jpeg = SampleFiles.jpeg(2_000, 11);
        byte[] sevenZip = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C};
        System.arraycopy(sevenZip, 0, jpeg, 1_500, sevenZip.length);
        assertThat(FileStructure.problem(ContentTypes.JPEG, jpeg)).contains("an archive is hidden in the file");
    }
}
