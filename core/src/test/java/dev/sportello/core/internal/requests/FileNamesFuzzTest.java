package dev.sportello.core.internal.requests;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes uploaded file names: whatever is uploaded, the stored name has no path, no control or format
 * characters, no characters Windows refuses, at most the allowed length, the extension of the detected
 * type, and differs from the names already taken.
 */
class FileNamesFuzzTest {
    static java.util.stream.Stream<String> seeds() {
        return java.util.stream.Stream.of("Cedolino marzo.pdf", "../../etc/passwd", "C:\\scansioni\\ricevuta.jpg", "CON.pdf", " . .pdf", "file.pdf", "a\u202eexe.pdf");
    }

    @org.junit.jupiter.params.provider.MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void anyUploadedNameBecomesASafeUniqueName(String uploaded) {
        if (uploaded == null) {
            return;   // Jazzer's empty input
        }
        Set<String> taken = new HashSet<>(Set.of("manifest.tsv", "file.pdf"));
        String name = FileNames.sanitise(uploaded, ContentTypes.PDF, 120, taken);
        assertThat(name).doesNotContain("/", "\\", ":", "*", "?", "\"", "<", ">", "|").endsWith(".pdf");
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(120);
        assertThat(name.codePoints().noneMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT))
                .isTrue();
        assertThat(name).doesNotStartWith(".").doesNotStartWith(" ");
        assertThat(taken).doesNotContain(name.toLowerCase(Locale.ROOT));
        assertThat(name.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
    }
}
