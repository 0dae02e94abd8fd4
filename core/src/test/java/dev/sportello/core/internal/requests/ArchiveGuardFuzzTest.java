package dev.sportello.core.internal.requests;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sportello.SportelloException;
import dev.sportello.core.RequestSettings;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.StoredFile;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the guard that reads stored archives back: hostile bytes (bombs, traversal names, nested
 * archives, truncated or garbled zips) are refused with a coded error, and whatever is accepted stays
 * within the limits.
 */
class ArchiveGuardFuzzTest {
    private static final RequestSettings SETTINGS = RequestSettings.defaults();
    private static final Archives ARCHIVES = new Archives(SETTINGS);
    private static final ArchiveId ID = new ArchiveId(UUID.fromString("01a20000-0000-7000-8000-00000000abcd"));

    @FuzzTest(maxDuration = "10m")
    void hostileArchivesAreRefusedWithACode(byte[] zip) {
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
