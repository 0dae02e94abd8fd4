package dev.sportello.core.internal.requests;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sportello.adapters.memory.SampleFiles;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes content-type detection and the whole-file structure checks: any bytes get an answer (a type or
 * none, a problem or none) without an exception, and a file the checks accept has the type's end. The
 * seeds are real files of each type and a polyglot, so that the fuzzer starts inside the structures.
 */
class ContentChecksFuzzTest {
    static Stream<byte[]> seeds() {
        byte[] pdf = SampleFiles.pdf(SampleFiles.MIN_SIZE, 1);
        byte[] zipTail = {'P', 'K', 5, 6, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        byte[] polyglot = new byte[pdf.length + zipTail.length];
        System.arraycopy(pdf, 0, polyglot, 0, pdf.length);
        System.arraycopy(zipTail, 0, polyglot, pdf.length, zipTail.length);
        return Stream.of(pdf, SampleFiles.jpeg(SampleFiles.MIN_SIZE, 2), SampleFiles.png(SampleFiles.MIN_SIZE, 3),
                SampleFiles.tiff(SampleFiles.MIN_SIZE, 4), polyglot);
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void anyBytesGetATypeAndAVerdict(byte[] content) {
        if (content == null) {
            return;   // Jazzer's empty input
        }
        Optional<String> type = ContentTypes.detect(content);
        ContentTypes.isArchive(content);
        for (String candidate : new String[]{ContentTypes.PDF, ContentTypes.JPEG, ContentTypes.PNG, ContentTypes.TIFF}) {
            Optional<String> problem = FileStructure.problem(candidate, content);
            if (problem.isEmpty() && type.filter(candidate::equals).isPresent() && candidate.equals(ContentTypes.PNG)) {
                assertThat(new String(content, content.length - 8, 4, StandardCharsets.ISO_8859_1)).isEqualTo("IEND");
            }
        }
    }
}
