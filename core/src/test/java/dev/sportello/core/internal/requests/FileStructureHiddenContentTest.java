package dev.sportello.core.internal.requests;

import dev.sportello.adapters.memory.SampleFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader other than the image or PDF viewer would find in an upload: data after a JPEG's end, a PDF
 * whose cross-reference offset leads nowhere, and archives or programs embedded anywhere (ZIP64, xz, bzip2,
 * CAB, tar, Windows and ELF executables). Well-formed samples of every type, whose random payloads hold every
 * short byte pattern, pass.
 */
class FileStructureHiddenContentTest {
    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void aJpegEndsAtItsEndOfImageOrInPadding() {
        byte[] jpeg = SampleFiles.jpeg(4_096, 1);
        assertThat(FileStructure.problem(ContentTypes.JPEG, concat(jpeg, new byte[64]))).isEmpty();
        assertThat(FileStructure.problem(ContentTypes.JPEG, concat(jpeg, ascii("\r\n")))).isEmpty();
        assertThat(FileStructure.problem(ContentTypes.JPEG, concat(jpeg, ascii("<script>alert(1)</script>"))))
                .contains("data after the end of the JPEG");
        assertThat(FileStructure.problem(ContentTypes.JPEG, concat(jpeg, new byte[]{0, 0, 1})))
                .contains("data after the end of the JPEG");
    }

    @Test
    void aPdfsCrossReferenceOffsetLeadsToATableOrAStream() {
        String body = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
        String table = "xref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<< /Size 2 /Root 1 0 R >>\n";
        int xref = body.length();
        assertThat(FileStructure.problem(ContentTypes.PDF, ascii(body + table + "startxref\n" + xref + "\n%%EOF\n")))
                .isEmpty();
        assertThat(FileStructure.problem(ContentTypes.PDF, ascii(body + table + "startxref\r\n  " + xref + " \r%%EOF")))
                .isEmpty();
        // a cross-reference stream: startxref points at an object
        assertThat(FileStructure.problem(ContentTypes.PDF, ascii(body + "startxref\n9\n%%EOF\n"))).isEmpty();
        // an incremental update: the last startxref points at the second section
        String update = body + table + "startxref\n" + xref + "\n%%EOF\n" + "2 0 obj\n<< >>\nendobj\n";
        String second = update + "xref\n2 1\n0000000000 00000 n \ntrailer\n<< /Size 3 /Prev " + xref + " >>\n";
        assertThat(FileStructure.problem(ContentTypes.PDF, ascii(second + "startxref\n" + update.length() + "\n%%EOF\n")))
                .isEmpty();
        assertThat(FileStructure.problem(ContentTypes.PDF, ascii("%PDF-1.7\n<html><body>hello</body></html>\n%%EOF\n")))
                .contains("the PDF has no cross-reference offset");
        assertThat(FileStructure.problem(ContentTypes.PDF, ascii(body + "startxref\n%%EOF\n")))
                .contains("the PDF has no cross-reference offset");
        assertThat(FileStructure.problem(ContentTypes.PDF, ascii(body + table + "startxref\n3\n%%EOF\n")))
                .contains("the PDF's cross-reference offset does not lead to a cross-reference section");
        assertThat(FileStructure.problem(ContentTypes.PDF, ascii(body + "startxref\n99999999\n%%EOF\n")))
                .contains("the PDF's cross-reference offset does not lead to a cross-reference section");
        assertThat(FileStructure.problem(ContentTypes.PDF, ascii(body + "startxref\n999999999999\n%%EOF\n")))
                .contains("the PDF's cross-reference offset does not lead to a cross-reference section");
    }

    /** A central directory header (its fields do not matter to the check) and a ZIP64 end record pointing at it. */
    private static byte[] zip64At(int centralDirectory) {
        byte[] header = new byte[46];
        header[0] = 'P';
        header[1] = 'K';
        header[2] = 1;
        header[3] = 2;
        ByteBuffer record = ByteBuffer.allocate(56).order(ByteOrder.LITTLE_ENDIAN);
        record.put(new byte[]{'P', 'K', 6, 6}).putLong(44).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
                .putLong(1).putLong(1).putLong(header.length).putLong(centralDirectory);
        return concat(header, record.array());
    }

    @Test
    void archivesAndProgramsAreFoundAnywhere() {
        byte[] png = SampleFiles.png(4_096, 2);
        byte[] pdf = SampleFiles.pdf(4_096, 3);
        byte[] mz = new byte[0x80];
        mz[0] = 'M';
        mz[1] = 'Z';
        ByteBuffer.wrap(mz).order(ByteOrder.LITTLE_ENDIAN).putInt(0x3C, 0x40);
        System.arraycopy(new byte[]{'P', 'E', 0, 0}, 0, mz, 0x40, 4);
        byte[][] archives = {
            zip64At(pdf.length), {(byte) 0xFD, '7', 'z', 'X', 'Z', 0, 0, 4}, ascii("BZh91AY&SY"),
            ascii("MSCF\0\0\0\0"), ascii("ustar\u000000"), ascii("ustar  \0")};
        for (byte[] archive : archives) {
            assertThat(FileStructure.problem(ContentTypes.PDF, concat(pdf, archive, pdf)))
                    .as(new String(archive, StandardCharsets.ISO_8859_1)).contains("an archive is hidden in the file");
        }
        assertThat(FileStructure.problem(ContentTypes.PNG, concat(png, mz))).contains("a program is hidden in the file");
        assertThat(FileStructure.problem(ContentTypes.PDF, concat(pdf, new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, pdf)))
                .contains("a program is hidden in the file");
        // the same letters without the rest of their structure are data
        byte[] looseMz = mz.clone();
        looseMz[0x41] = 'X';
        assertThat(FileStructure.problem(ContentTypes.PDF, concat(ascii("%PDF-1.7\n"), looseMz, ascii("BZh9 MSCF ustar ELF"),
                ascii("\nstartxref\n0\n%%EOF")))).contains("the PDF's cross-reference offset does not lead to a cross-reference section");
    }

    @Test
    void randomPayloadsOfEveryTypeAreNotMistakenForHiddenContent() {
        for (long seed = 1; seed <= 8; seed++) {
            assertThat(FileStructure.problem(ContentTypes.PDF, SampleFiles.pdf(1 << 20, seed))).isEmpty();
            assertThat(FileStructure.problem(ContentTypes.JPEG, SampleFiles.jpeg(1 << 20, seed))).isEmpty();
            assertThat(FileStructure.problem(ContentTypes.PNG, SampleFiles.png(1 << 20, seed))).isEmpty();
            assertThat(FileStructure.problem(ContentTypes.TIFF, SampleFiles.tiff(1 << 20, seed))).isEmpty();
        }
    }
}
