package dev.sportello.core.internal.requests;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.RuleViolationException;
import dev.sportello.adapters.memory.SampleFiles;
import dev.sportello.core.RequestSettings;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.AttachmentInfo;
import dev.sportello.requests.StoredFile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchivesTest {
    private final RequestSettings settings = RequestSettings.defaults();
    private final Archives archives = new Archives(settings);
    private final ArchiveId id = new ArchiveId(UUID.randomUUID());

    static byte[] pdf(int size) {
        return SampleFiles.pdf(Math.max(size, SampleFiles.MIN_SIZE), size);
    }

    static byte[] png(int size) {
        return SampleFiles.png(Math.max(size, SampleFiles.MIN_SIZE), size + 1L);
    }

    /** A TIFF whose image is all zeros, like a blank scan: the sample's header and directory, then zeros. */
    static byte[] blankTiff(int size) {
        byte[] blank = new byte[size];
        System.arraycopy(SampleFiles.tiff(SampleFiles.MIN_SIZE, 1), 0, blank, 0, 26);
        return blank;
    }

    @Test
    void packsUpToThreeFilesWithAManifestAndReadsThemBack() {
        List<Attachment> uploads = List.of(new Attachment("../../etc/Cedolino marzo.pdf", pdf(5000)),
                new Attachment("C:\\Users\\me\\scan.pdf", png(3000)),
                new Attachment("Cedolino marzo.pdf", pdf(7000)));
        Archives.Packed packed = archives.pack(id, uploads, "attachments");
        assertThat(packed.files()).extracting(AttachmentInfo::name)
                .containsExactly("Cedolino marzo.pdf", "scan.png", "Cedolino marzo (2).pdf");
        assertThat(packed.files()).extracting(AttachmentInfo::contentType)
                .containsExactly("application/pdf", "image/png", "application/pdf");
        assertThat(packed.files().get(0).sha256()).isEqualTo(Archives.sha256(pdf(5000)));
        List<StoredFile> back = archives.read(id, packed.zip());
        assertThat(back).extracting(f -> f.info().name()).containsExactly("Cedolino marzo.pdf", "scan.png", "Cedolino marzo (2).pdf");
        assertThat(back.get(1).content()).isEqualTo(png(3000));
        assertThat(archives.pack(id, List.of(), "attachments")).isNull();
    }

    @Test
    void refusesFourFilesEmptyFilesLargeFilesAndExecutablesNamedPdf() {
        List<Attachment> four = List.of(new Attachment("a.pdf", pdf(300)), new Attachment("b.pdf", pdf(301)),
                new Attachment("c.pdf", pdf(302)), new Attachment("d.pdf", pdf(303)));
        assertThatThrownBy(() -> archives.pack(id, four, "attachments"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REQ_TOO_MANY_FILES));
        assertThatThrownBy(() -> archives.pack(id, List.of(new Attachment("a.pdf", new byte[0])), "attachments"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REQ_FILE_EMPTY);
                    assertThat(e.violations().get(0).field()).isEqualTo("attachments[0]");
                });
        Archives small = new Archives(settings.withSizeLimits(1000, 1500));
        assertThatThrownBy(() -> small.pack(id, List.of(new Attachment("a.pdf", pdf(1001))), "attachments"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REQ_FILE_TOO_LARGE));
        assertThatThrownBy(() -> small.pack(id, List.of(new Attachment("a.pdf", pdf(800)), new Attachment("b.pdf", pdf(801))),
                "attachments"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REQ_FILES_TOO_LARGE));
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThatThrownBy(() -> archives.pack(id, List.of(new Attachment("fattura.pdf", exe)), "attachments"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REQ_FILE_TYPE_NOT_ALLOWED));
    }

    @Test
    void aBlankScanIsStoredUncompressedSoTheGuardAcceptsIt() {
        byte[] blank = blankTiff(2_000_000);
        Archives.Packed packed = archives.pack(id, List.of(new Attachment("scan.tiff", blank)), "attachments");
        assertThat(archives.read(id, packed.zip()).get(0).content()).hasSize(2_000_000);
    }

    @Test
    void entriesAreDeflatedUnlessAlreadyCompressedIncompressibleOrCompressibleEnoughToTripTheGuard() throws IOException {
        byte[] noise = SampleFiles.pdf(100_000, 7);
        StringBuilder lines = new StringBuilder("%PDF-1.7\n");
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 400; i++) {   // compresses a few times over, like a real text PDF
            lines.append("BT /F1 12 Tf 72 ").append(random.nextInt(800)).append(" Td (Versamento ")
                    .append(Long.toString(random.nextLong(), 36)).append(") Tj ET\n");
        }
        int xref = lines.length();
        byte[] text = lines.append("xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] jpeg = SampleFiles.jpeg(20_000, 3);
        byte[] blank = blankTiff(500_000);
        Archives.Packed packed = archives.pack(id, List.of(new Attachment("noise.pdf", noise),
                new Attachment("text.pdf", text), new Attachment("photo.jpg", jpeg)), "attachments");
        // the noise PDF (its stream as incompressible as a real PDF's deflated streams) is stored: deflating it gains nothing
        assertThat(methods(packed.zip())).containsExactly(ZipEntry.STORED, ZipEntry.DEFLATED, ZipEntry.STORED,
                ZipEntry.DEFLATED);
        Archives.Packed small = archives.pack(id, List.of(new Attachment("small.pdf", SampleFiles.pdf(8_000, 7))), "attachments");
        assertThat(methods(small.zip())).as("under 16 KB a file is never judged incompressible")
                .containsExactly(ZipEntry.DEFLATED, ZipEntry.DEFLATED);
        Archives.Packed scan = archives.pack(id, List.of(new Attachment("scan.tiff", blank)), "attachments");
        assertThat(methods(scan.zip())).containsExactly(ZipEntry.STORED, ZipEntry.DEFLATED);
        assertThat(archives.read(id, packed.zip())).extracting(f -> f.content().length)
                .containsExactly(100_000, text.length, 20_000);
    }

    @Test
    void aFileJudgedIncompressibleByItsFirst16KbIsStoredWhateverFollowsAndReadsBackThroughTheGuard() throws IOException {
        // noise for the first 16 KB of the image, then 300,000 zeros: deflated whole it would shrink about 18 times,
        // under the half-guard ratio (50), so only the judgement on its first 16 KB stores it
        byte[] scan = blankTiff(300_000);
        byte[] noise = new byte[16 * 1024];
        new java.util.Random(5).nextBytes(noise);
        System.arraycopy(noise, 0, scan, 26, noise.length);
        Archives.Packed packed = archives.pack(id, List.of(new Attachment("scan.tiff", scan)), "attachments");
        assertThat(methods(packed.zip())).containsExactly(ZipEntry.STORED, ZipEntry.DEFLATED);
        assertThat(archives.read(id, packed.zip())).extracting(StoredFile::content).containsExactly(scan);
    }

    private static List<Integer> methods(byte[] zip) throws IOException {
        List<Integer> methods = new java.util.ArrayList<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                methods.add(e.getMethod());
            }
        }
        return methods;
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name));
                for (long written = 0; written < e.repeat; written++) {
                    zip.write(e.content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private record Entry(String name, byte[] content, long repeat) {
        static Entry of(String name, byte[] content) {
            return new Entry(name, content, 1);
        }
    }

    private static String manifest(String name, byte[] content, String type) {
        return "name\tsize\tsha256\ttype\n" + name + "\t" + content.length + "\t" + Archives.sha256(content) + "\t" + type + "\n";
    }

    private void refused(byte[] zip, String reason) {
        assertThatThrownBy(() -> archives.read(id, zip)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.REQ_ARCHIVE_UNSAFE);
            assertThat(e.details().get("reason")).contains(reason);
        });
    }

    @Test
    void theGuardRefusesZipBombs() throws IOException {
        byte[] zeros = new byte[1 << 20];
        zeros[0] = '%';
        refused(zip(new Entry("bomb.pdf", zeros, 100)), "inflates beyond the size limit");
        byte[] fiveMb = new byte[5 << 20];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, fiveMb, 0, 5);
        refused(zip(Entry.of("dense.pdf", fiveMb), Entry.of("manifest.tsv",
                manifest("dense.pdf", fiveMb, "application/pdf").getBytes(StandardCharsets.UTF_8))), "inflates more than 100 times");
    }

    @Test
    void theGuardRefusesTraversalAbsoluteNamesAndDirectories() throws IOException {
        refused(zip(Entry.of("../../evil.pdf", pdf(100))), "entry name not allowed");
        refused(zip(Entry.of("/etc/passwd", pdf(100))), "entry name not allowed");
        refused(zip(Entry.of("dir/inner.pdf", pdf(100))), "entry name not allowed");
        refused(zip(Entry.of("..\\evil.pdf", pdf(100))), "entry name not allowed");
    }

    @Test
    void theGuardRefusesNestedArchivesTooManyEntriesAndTampering() throws IOException {
        byte[] inner = zip(Entry.of("a.pdf", pdf(100)));
        refused(zip(Entry.of("inner.pdf", inner)), "nested archive");
        refused(zip(Entry.of("a.pdf", pdf(10)), Entry.of("b.pdf", pdf(11)), Entry.of("c.pdf", pdf(12)),
                Entry.of("d.pdf", pdf(13)), Entry.of("e.pdf", pdf(14))), "more than 4 entries");
        byte[] content = pdf(100);
        byte[] tampered = content.clone();
        tampered[50] ^= 1;
        refused(zip(Entry.of("a.pdf", tampered), Entry.of("manifest.tsv",
                manifest("a.pdf", content, "application/pdf").getBytes(StandardCharsets.UTF_8))), "manifest does not match");
        refused(zip(Entry.of("a.pdf", content)), "no manifest");
        refused("not a zip at all".getBytes(StandardCharsets.UTF_8), "no manifest");
        byte[] exe = Arrays.copyOf("MZ".getBytes(StandardCharsets.US_ASCII), 100);
        refused(zip(Entry.of("a.pdf", exe), Entry.of("manifest.tsv",
                manifest("a.pdf", exe, "unknown").getBytes(StandardCharsets.UTF_8))), "content type not allowed");
    }

    @Test
    void theGuardRefusesAnEntryNameThatIsNotUtf8() throws IOException {
        // found by ArchiveGuardFuzzTest: ZipInputStream threw IllegalArgumentException for such a name
        byte[] zip = zip(Entry.of("a.pdf", pdf(100)));
        zip[30] = (byte) 0xFF;   // the first byte of the name in the local file header
        refused(zip, "not a readable zip");
    }
}
