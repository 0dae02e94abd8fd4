package dev.sportello.core.internal.requests;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sportello.SportelloException;
import dev.sportello.adapters.memory.SampleFiles;
import dev.sportello.core.RequestSettings;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.StoredFile;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the guard that reads stored archives back: hostile bytes (bombs, traversal names, nested
 * archives, truncated or garbled zips) are refused with a coded error, and whatever is accepted stays
 * within the limits. The seeds are real archives packed by the SDK and hostile ones, so that the fuzzer
 * starts past the zip headers.
 */
class ArchiveGuardFuzzTest {
    private static final RequestSettings SETTINGS = RequestSettings.defaults();
    private static final Archives ARCHIVES = new Archives(SETTINGS);
    private static final ArchiveId ID = new ArchiveId(UUID.fromString("01a20000-0000-7000-8000-00000000abcd"));

    static Stream<byte[]> seeds() {
        byte[] pdf = SampleFiles.pdf(SampleFiles.MIN_SIZE, 1);
        byte[] png = SampleFiles.png(SampleFiles.MIN_SIZE, 2);
        byte[] packed = ARCHIVES.pack(ID, List.of(new Attachment("a.pdf", pdf), new Attachment("b.png", png)),
                "attachments").zip();
        String manifest = "../a.pdf\t" + pdf.length + "\t" + Archives.sha256(pdf) + "\tapplication/pdf\n";
        return Stream.of(packed,
                ARCHIVES.pack(ID, List.of(new Attachment("c.jpg", SampleFiles.jpeg(SampleFiles.MIN_SIZE, 3))),
                        "attachments").zip(),
                zip(new String[]{"../a.pdf", Archives.MANIFEST}, pdf, manifest.getBytes(StandardCharsets.UTF_8)),
                zip(new String[]{"inner.zip", Archives.MANIFEST}, packed, new byte[0]),
                zip(new String[]{"bomb.pdf"}, new byte[256 * 1024]),
                java.util.Arrays.copyOf(packed, packed.length / 2));
    }

    private static byte[] zip(String[] names, byte[]... contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < names.length; i++) {
                zip.putNextEntry(new ZipEntry(names[i]));
                zip.write(contents[i]);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void hostileArchivesAreRefusedWithACode(byte[] zip) {
        if (zip == null) {
            return;   // Jazzer's empty input
        }
        List<StoredFile> files;
        try {
            files = ARCHIVES.read(ID, zip);
        } catch (SportelloException e) {
            assertThat(e.code()).isNotNull();
            return;
        }
        assertThat(files).hasSizeLessThanOrEqualTo(SETTINGS.maxFiles());
        long total = 0;
        for (StoredFile f : files) {
            assertThat(f.info().name()).doesNotContain("/", "\\");
            total += f.content().length;
        }
        assertThat(total).isLessThanOrEqualTo(SETTINGS.maxTotalBytes());
    }
}
