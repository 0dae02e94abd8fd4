package dev.sportello.core.internal.requests;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.RuleViolationException;
import dev.sportello.adapters.memory.SampleFiles;
import dev.sportello.core.RequestSettings;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.StoredFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The packer's and the read-back guard's limits at their exact edges (R-REQ-2): inclusive limits, exact reasons. */
class ArchivesLimitsTest {
    private static final ArchiveId ID = new ArchiveId(UUID.fromString("01a20000-0000-7000-8000-00000000beef"));
    private static final String PDF = ContentTypes.PDF;

    private record Entry(String name, byte[] content) {
    }

    private static byte[] zip(Entry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry e : entries) {
                zip.putNextEntry(new ZipEntry(e.name()));
                zip.write(e.content());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The manifest the SDK writes for files (name, size, SHA-256, type), as an entry. */
    private static Entry manifest(Entry... files) {
        StringBuilder text = new StringBuilder("name\tsize\tsha256\ttype\n");
        for (Entry f : files) {
            text.append(f.name()).append('\t').append(f.content().length).append('\t').append(Archives.sha256(f.content()))
                    .append('\t').append(ContentTypes.detect(f.content()).orElse("unknown")).append('\n');
        }
        return new Entry(Archives.MANIFEST, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A PDF header followed by zeros: compresses about a hundred times. */
    private static byte[] zerosPdf(int size) {
        byte[] content = new byte[size];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        return content;
    }

    private static RequestSettings.Builder small() {
        return RequestSettings.builder().sizeLimits(1_000, 1_500);
    }

    private static String refusal(Archives archives, byte[] zip) {
        try {
            archives.read(ID, zip);
        } catch (RuleViolationException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.REQ_ARCHIVE_UNSAFE);
            return e.details().get("reason");
        }
        throw new AssertionError("the archive was accepted");
    }

    private static List<Integer> methods(byte[] zip) throws IOException {
        List<Integer> methods = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                methods.add(e.getMethod());
            }
        }
        return methods;
    }

    @Test
    @DisplayName("R-REQ-2: a file of exactly the size limit, and files of exactly the total limit, are accepted")
    void sizeLimitsAreInclusive() {
        Archives archives = new Archives(small().build());
        assertThat(archives.pack(ID, List.of(new Attachment("a.pdf", SampleFiles.pdf(1_000, 1))), "attachments").files())
                .hasSize(1);
        assertThat(archives.pack(ID, List.of(new Attachment("a.pdf", SampleFiles.pdf(800, 2)),
                new Attachment("b.pdf", SampleFiles.pdf(700, 3))), "attachments").files()).hasSize(2);
        assertThatThrownBy(() -> archives.pack(ID, List.of(new Attachment("a.pdf", SampleFiles.pdf(800, 2)),
                new Attachment("b.pdf", SampleFiles.pdf(701, 3))), "attachments"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REQ_FILES_TOO_LARGE);
                    assertThat(e.details()).containsEntry("size", "1501").containsEntry("max", "1500");
                });
    }

    @Test
    @DisplayName("R-REQ-2: a file that starts like a PDF but does not end like one is refused with the reason")
    void aFileWithABrokenStructureIsRefusedWithItsReason() {
        byte[] polyglot = FileStructureEdgesTest.cat(SampleFiles.pdf(1_000, 4), "trailing".getBytes(StandardCharsets.US_ASCII));
        Archives archives = new Archives(RequestSettings.defaults());
        assertThatThrownBy(() -> archives.pack(ID, List.of(new Attachment("ok.pdf", SampleFiles.pdf(500, 5)),
                new Attachment("bad.pdf", polyglot)), "attachments"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.REQ_FILE_STRUCTURE_INVALID);
                    assertThat(e.violations().get(0).field()).isEqualTo("attachments[1]");
                    assertThat(e.details()).containsEntry("type", PDF)
                            .containsEntry("reason", "data after the end of the PDF, or no end");
                });
    }

    @Test
    @DisplayName("R-REQ-2: a file that deflates beyond half the guard's ratio is stored, one that deflates less is deflated")
    void entriesBetweenHalfAndTheWholeGuardRatioAreStored() throws IOException {
        Archives archives = new Archives(RequestSettings.defaults());   // ratio 100: stored beyond 50
        byte[] ratio70 = noisyTiff(300_000, 700);
        byte[] ratio25 = noisyTiff(300_000, 2_600);
        assertThat(deflateRatio(ratio70)).isBetween(55L, 95L);
        assertThat(deflateRatio(ratio25)).isBetween(10L, 45L);
        Archives.Packed packed = archives.pack(ID, List.of(new Attachment("a.tif", ratio70), new Attachment("b.tif", ratio25)),
                "attachments");
        assertThat(methods(packed.zip())).containsExactly(ZipEntry.STORED, ZipEntry.DEFLATED, ZipEntry.DEFLATED);
        assertThat(archives.read(ID, packed.zip())).extracting(StoredFile::content).containsExactly(ratio70, ratio25);
    }

    /** A TIFF of zeros with {@code noise} seeded random bytes spread through it. */
    private static byte[] noisyTiff(int size, int noise) {
        byte[] tiff = ArchivesTest.blankTiff(size);
        Random random = new Random(noise);
        for (int i = 0; i < noise; i++) {
            tiff[26 + random.nextInt(size - 26)] = (byte) (1 + random.nextInt(255));
        }
        return tiff;
    }

    private static long deflateRatio(byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(content);
        deflater.finish();
        byte[] buffer = new byte[content.length + 1024];
        int size = 0;
        while (!deflater.finished()) {
            size += deflater.deflate(buffer, size, buffer.length - size);
        }
        deflater.end();
        return content.length / size;
    }

    @Test
    @DisplayName("R-REQ-2: the manifest counts as one of the guard's entries wherever it is")
    void aManifestFirstCountsTowardsTheEntryLimit() throws IOException {
        Entry[] files = new Entry[4];
        for (int i = 0; i < files.length; i++) {
            files[i] = new Entry("f" + i + ".pdf", SampleFiles.pdf(300, i));
        }
        Archives archives = new Archives(RequestSettings.defaults());   // 3 files and the manifest
        assertThat(refusal(archives, zip(manifest(files), files[0], files[1], files[2], files[3])))
                .isEqualTo("more than 4 entries");
        Entry[] three = Arrays.copyOf(files, 3);
        assertThat(archives.read(ID, zip(manifest(three), three[0], three[1], three[2]))).hasSize(3);
    }

    @Test
    @DisplayName("R-REQ-2: the inflated-bytes budget is shared by all entries and is inclusive")
    void theInflatedBudgetIsSharedAndInclusive() throws IOException {
        RequestSettings settings = small().build();
        Archives archives = new Archives(settings);
        long budget = settings.maxInflatedBytes();
        Entry a = new Entry("a.pdf", SampleFiles.pdf((int) (budget / 2), 7));
        Entry b = new Entry("b.pdf", SampleFiles.pdf((int) (budget / 2), 8));
        assertThat(refusal(archives, zip(manifest(a, b), a, b))).isEqualTo("inflates beyond the size limit");
        Entry list = manifest(new Entry("a.pdf", SampleFiles.pdf(60_000, 9)));   // a size of five digits, like the next
        Entry exact = new Entry("a.pdf", SampleFiles.pdf((int) (budget - list.content().length), 9));
        Entry sameName = manifest(exact);
        assertThat(sameName.content()).hasSameSizeAs(list.content());
        assertThat(archives.read(ID, zip(sameName, exact))).hasSize(1);
        Entry over = new Entry("a.pdf", SampleFiles.pdf((int) (budget - list.content().length + 1), 9));
        assertThat(refusal(archives, zip(manifest(over), over))).isEqualTo("inflates beyond the size limit");
    }

    @Test
    @DisplayName("R-REQ-2: an entry of at most 1 KiB is never refused for its ratio; beyond, the ratio limit is inclusive")
    void theEntryRatioLimit() throws IOException {
        Archives strict = new Archives(RequestSettings.builder().maxCompressionRatio(10).build());
        Entry kib = new Entry("a.pdf", zerosPdf(1_024));
        assertThat(strict.read(ID, zip(manifest(kib), kib))).hasSize(1);
        Entry more = new Entry("a.pdf", zerosPdf(1_025));
        assertThat(refusal(strict, zip(manifest(more), more))).isEqualTo("entry inflates more than 10 times");
        Entry big = new Entry("a.pdf", zerosPdf(5_000));
        byte[] zip = zip(manifest(big), big);
        long ratio = big.content().length / compressedSize(zip, big.name());
        assertThat(ratio).isBetween(2L, 1000L);
        assertThat(new Archives(RequestSettings.builder().maxCompressionRatio((int) ratio).build()).read(ID, zip)).hasSize(1);
        assertThat(refusal(new Archives(RequestSettings.builder().maxCompressionRatio((int) ratio - 1).build()), zip))
                .isEqualTo("entry inflates more than " + (ratio - 1) + " times");
    }

    private static long compressedSize(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                in.readAllBytes();
                if (e.getName().equals(name)) {
                    return e.getCompressedSize();
                }
            }
        }
        throw new AssertionError(name);
    }

    @Test
    @DisplayName("R-REQ-2: the whole archive's ratio limit is inclusive")
    void theArchiveRatioLimit() throws IOException {
        Entry[] files = {new Entry("a.pdf", zerosPdf(1_024)), new Entry("b.pdf", zerosPdf(1_023)),
            new Entry("c.pdf", zerosPdf(1_022))};
        Entry list = manifest(files);
        byte[] zip = zip(list, files[0], files[1], files[2]);
        long inflated = list.content().length + 1_024 + 1_023 + 1_022;
        long ratio = inflated / zip.length;
        assertThat(ratio).isBetween(3L, 20L);
        assertThat(new Archives(RequestSettings.builder().maxCompressionRatio((int) ratio).build()).read(ID, zip)).hasSize(3);
        assertThat(refusal(new Archives(RequestSettings.builder().maxCompressionRatio((int) ratio - 1).build()), zip))
                .isEqualTo("archive inflates more than " + (ratio - 1) + " times");
    }

    @Test
    void emptyBytesAreNoArchive() {
        assertThat(refusal(new Archives(RequestSettings.defaults()), new byte[0])).isEqualTo("no manifest");
    }

    @Test
    @DisplayName("R-REQ-2: a tampered entry is named by its position")
    void aManifestMismatchNamesTheEntry() throws IOException {
        Entry a = new Entry("a.pdf", SampleFiles.pdf(400, 1));
        Entry b = new Entry("b.pdf", SampleFiles.pdf(400, 2));
        Entry tampered = new Entry("b.pdf", SampleFiles.pdf(400, 3));
        Entry tamperedFirst = new Entry("a.pdf", SampleFiles.pdf(400, 3));
        Archives archives = new Archives(RequestSettings.defaults());
        assertThat(refusal(archives, zip(manifest(a, b), a, tampered))).isEqualTo("manifest does not match entry 2");
        assertThat(refusal(archives, zip(manifest(a, b), tamperedFirst, b))).isEqualTo("manifest does not match entry 1");
        assertThat(refusal(archives, zip(manifest(a), a, b))).isEqualTo("manifest does not match the entries");
    }
}
