package dev.sportello.core.internal.requests;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.sportello.core.internal.requests.FileStructureEdgesTest.b;
import static org.assertj.core.api.Assertions.assertThat;

/** Types recognised by their magic numbers (and archives by theirs), however short the content. */
class ContentTypesTest {

    @Test
    void eachAllowedTypeIsRecognisedByItsMagicNumberAlone() {
        assertThat(ContentTypes.detect("%PDF-".getBytes(StandardCharsets.US_ASCII))).contains(ContentTypes.PDF);
        assertThat(ContentTypes.detect(b(0xFF, 0xD8, 0xFF))).contains(ContentTypes.JPEG);
        assertThat(ContentTypes.detect(b(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'))).contains(ContentTypes.PNG);
        assertThat(ContentTypes.detect(b('I', 'I', 42, 0))).contains(ContentTypes.TIFF);
        assertThat(ContentTypes.detect(b('M', 'M', 0, 42))).contains(ContentTypes.TIFF);
    }

    @Test
    void contentShorterThanAMagicNumberOrDifferingInOneByteIsNoType() {
        assertThat(ContentTypes.detect(new byte[0])).isEmpty();
        assertThat(ContentTypes.detect("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ContentTypes.detect(b(0xFF, 0xD8))).isEmpty();
        assertThat(ContentTypes.detect(b(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A))).isEmpty();
        assertThat(ContentTypes.detect(b(0x89, 'P', 'N', 'G', '\n', '\n', 0x1A, '\n'))).as("a PNG mangled by a text transfer")
                .isEmpty();
        assertThat(ContentTypes.detect(b('I', 'I', 0, 42))).isEmpty();
        assertThat(ContentTypes.detect(b('M', 'M', 42, 0))).isEmpty();
        assertThat(ContentTypes.detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    @Test
    void extensionsFollowTheDetectedType() {
        assertThat(ContentTypes.extension(ContentTypes.PDF)).isEqualTo("pdf");
        assertThat(ContentTypes.extension(ContentTypes.JPEG)).isEqualTo("jpg");
        assertThat(ContentTypes.extension(ContentTypes.PNG)).isEqualTo("png");
        assertThat(ContentTypes.extension(ContentTypes.TIFF)).isEqualTo("tif");
        assertThat(ContentTypes.extension("application/octet-stream")).isEqualTo("bin");
    }

    @Test
    void archivesWrittenByTheJdkAreRecognised() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write('a');
        }
        assertThat(ContentTypes.isArchive(zip.toByteArray())).isTrue();
        ByteArrayOutputStream empty = new ByteArrayOutputStream();
        new ZipOutputStream(empty).close();   // an empty zip is only its end record
        assertThat(ContentTypes.isArchive(empty.toByteArray())).isTrue();
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write("text".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(ContentTypes.isArchive(gzip.toByteArray())).isTrue();
    }

    @Test
    void everyArchiveSignatureIsRecognisedEvenAlone() {
        assertThat(ContentTypes.isArchive(b('P', 'K', 3, 4))).isTrue();
        assertThat(ContentTypes.isArchive(b('P', 'K', 5, 6))).isTrue();
        assertThat(ContentTypes.isArchive(b('P', 'K', 7, 8))).as("a spanned zip").isTrue();
        assertThat(ContentTypes.isArchive(b(0x1F, 0x8B))).as("gzip").isTrue();
        assertThat(ContentTypes.isArchive(b('7', 'z', 0xBC, 0xAF, 0x27, 0x1C))).isTrue();
        assertThat(ContentTypes.isArchive(b('R', 'a', 'r', '!', 0x1A, 0x07))).isTrue();
        assertThat(ContentTypes.isArchive(b('B', 'Z', 'h'))).as("bzip2").isTrue();
        assertThat(ContentTypes.isArchive(b(0xFD, '7', 'z', 'X', 'Z', 0))).as("xz").isTrue();
        assertThat(ContentTypes.isArchive(b('P', 'K', 3))).isFalse();
        assertThat(ContentTypes.isArchive(b('P', 'K', 1, 2))).as("a central directory header alone").isFalse();
        assertThat(ContentTypes.isArchive(b(0x1F))).isFalse();
        assertThat(ContentTypes.isArchive("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isFalse();
    }

    /** A ustar header block (POSIX.1-1988): the name at 0, the magic {@code ustar} at 257, padded to 512 bytes. */
    private static byte[] tar(String magic) {
        byte[] block = new byte[512];
        byte[] name = "document.pdf".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, block, 0, name.length);
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(m, 0, block, 257, m.length);
        return block;
    }

    @Test
    void aTarIsRecognisedByItsUstarMagicAndOnlyByAllOfIt() {
        assertThat(ContentTypes.isArchive(tar("ustar\u000000"))).as("POSIX").isTrue();
        assertThat(ContentTypes.isArchive(tar("ustar  \u0000"))).as("GNU").isTrue();
        for (String almost : new String[]{"xstar", "uxtar", "usxar", "ustxr", "ustax"}) {
            assertThat(ContentTypes.isArchive(tar(almost))).as(almost).isFalse();
        }
    }
}
