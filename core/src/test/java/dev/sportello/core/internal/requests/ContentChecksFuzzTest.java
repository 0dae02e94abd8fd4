package dev.sportello.core.internal.requests;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes content-type detection and the whole-file structure checks: any bytes get an answer (a type or
 * none, a problem or none) without an exception, and a file the checks accept has the type's end.
 */
class ContentChecksFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void anyBytesGetATypeAndAVerdict(byte[] content) {
        Optional<String> type = ContentTypes.detect(content);
        ContentTypes.isArchive(content);
        for (String candidate : new String[]{ContentTypes.PDF, ContentTypes.JPEG, ContentTypes.PNG, ContentTypes.TIFF}) {
            Optional<String> problem = FileStructure.problem(candidate, content);
            if (problem.isEmpty() && type.filter(candidate::equals).isPresent() && candidate.equals(ContentTypes.PNG)) {
                assertThat(new String(content, content.length - 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1))
                        .isEqualTo("IEND");
            }
        }
    }
}
