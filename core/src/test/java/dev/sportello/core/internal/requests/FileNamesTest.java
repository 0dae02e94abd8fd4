package dev.sportello.core.internal.requests;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Test
    void dropsPathsControlAndReservedCharacters() {
        assertThat(FileNames.sanitise("..\\..\\Windows\\sys\u0000tem32\\a<b>c:d\"e|f?g*h.pdf", "application/pdf", 100, Set.of()))
                .isEqualTo("abcdefgh.pdf");
        assertThat(FileNames.sanitise("report\u202Efdp.exe", "application/pdf", 100, Set.of())).isEqualTo("reportfdp.pdf");
        assertThat(FileNames.sanitise("  ..hidden  . ", "image/png", 100, Set.of())).isEqualTo("hidden.png");
        assertThat(FileNames.sanitise("...", "image/png", 100, Set.of())).isEqualTo("file.png");
        assertThat(FileNames.sanitise("CON.pdf", "application/pdf", 100, Set.of())).isEqualTo("_CON.pdf");
    }

    @Test
    void takesTheExtensionFromTheDetectedType() {
        assertThat(FileNames.sanitise("photo.pdf", "image/jpeg", 100, Set.of())).isEqualTo("photo.jpg");
        assertThat(FileNames.sanitise("scan", "image/tiff", 100, Set.of())).isEqualTo("scan.tif");
    }

    @Test
    void boundsTheLengthAndKeepsNamesUnique() {
        String name = FileNames.sanitise("é".repeat(300) + ".pdf", "application/pdf", 40, Set.of());
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(40);
        assertThat(name).endsWith(".pdf");
        Set<String> taken = new HashSet<>(Set.of("a.pdf", "a (2).pdf"));
        assertThat(FileNames.sanitise("A.PDF", "application/pdf", 100, taken)).isEqualTo("A (3).pdf");
    }
}
