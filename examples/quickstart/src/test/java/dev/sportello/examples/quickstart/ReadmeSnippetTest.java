package dev.sportello.examples.quickstart;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** README's integration snippet is the code of {@link Integration}, which the build compiles. */
class ReadmeSnippetTest {
    private static final Path ROOT = Path.of("..", "..");

    @Test
    void theReadmeShowsTheCompiledIntegrationSnippet() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher block = Pattern.compile("(?s)## Integrate.*?```java\\n(.*?)```").matcher(readme);
        assertThat(block.find()).as("README has a java block under 'Integrate'").isTrue();
        String source = Files.readString(Path.of("src", "main", "java", "dev", "sportello", "examples", "quickstart",
                "Integration.java"));
        String compiled = source.substring(source.indexOf("// README:start") + "// README:start".length(),
                source.indexOf("        // README:end"));
        assertThat(lines(block.group(1))).isEqualTo(lines(compiled));
    }

    @Test
    void theBomNamesThePostgresDriverTheBuildUses() throws IOException {
        String bom = Files.readString(ROOT.resolve("bom").resolve("pom.xml"));
        String parent = Files.readString(ROOT.resolve("pom.xml"));
        Matcher used = Pattern.compile("<postgresql.version>([^<]+)</postgresql.version>").matcher(parent);
        assertThat(used.find()).isTrue();
        assertThat(bom).contains("<artifactId>postgresql</artifactId>\n        <version>" + used.group(1) + "</version>");
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
