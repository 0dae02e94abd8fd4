package dev.sportello.core.internal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of the doc-snippet tests: a {@code ```java} block of a page under {@code docs/} holds the same lines
 * (stripped, blank lines left out) as code marked in the test's own source, which compiles and runs with the build.
 * Three marker styles are in use:
 * <ul>
 *   <li>{@link #assertBlockUnderHeading}: the first block under a heading equals the code between
 *       {@code // docs:start} and {@code // docs:end};</li>
 *   <li>{@link #assertNamedSnippets}: each {@code // snippet: name} … {@code // end snippet} equals the block after
 *       {@code <!-- snippet: name -->};</li>
 *   <li>{@link #assertEveryBlockInOrder}: the page's blocks, in order, equal the
 *       {@code // snippet:start} … {@code // snippet:end} runs.</li>
 * </ul>
 * Paths are relative to the core module (where surefire runs). No argument may be null; stateless and thread-safe.
 */
public final class DocSnippets {
    private static final Pattern NAMED = Pattern.compile("(?s)// snippet: (\\w+)\\n(.*?)\\n\\s*// end snippet");
    private static final Pattern RUN = Pattern.compile("(?s)// snippet:start\\n(.*?)\\n\\s*// snippet:end");
    private static final Pattern BLOCK = Pattern.compile("(?s)```java\\n(.*?)```");

    private DocSnippets() {
    }

    /**
     * Asserts that the first java block under a heading of a page is the code between the markers of a test.
     *
     * @param page    the page's file name under {@code docs/}, e.g. {@code "dossiers.md"}
     * @param heading the heading's text without the {@code #} marks
     * @param test    the test class whose source holds the markers
     */
    public static void assertBlockUnderHeading(String page, String heading, Class<?> test) {
        Matcher block = Pattern.compile("(?s)## " + Pattern.quote(heading) + ".*?```java\\n(.*?)```").matcher(page(page));
        assertThat(block.find()).as("docs/%s has a java block under '%s'", page, heading).isTrue();
        String source = source(test);
        String start = "// docs:" + "start";
        String end = "// docs:" + "end";
        assertThat(source).as("%s has the markers", test.getSimpleName()).contains(start, end);
        String code = source.substring(source.indexOf(start) + start.length(), source.indexOf(end));
        assertThat(lines(block.group(1))).isEqualTo(lines(code));
    }

    /**
     * Asserts that each named snippet of a test is the block after its marker comment in a page.
     *
     * @param page the page's file name under {@code docs/}
     * @param test the test class whose source holds the snippets
     * @return how many snippets the test marks
     */
    public static int assertNamedSnippets(String page, Class<?> test) {
        String doc = page(page);
        Matcher snippet = NAMED.matcher(source(test));
        int found = 0;
        while (snippet.find()) {
            found++;
            Matcher block = Pattern.compile("(?s)<!-- snippet: " + Pattern.quote(snippet.group(1)) + " -->\\n```java\\n(.*?)```")
                    .matcher(doc);
            assertThat(block.find()).as("docs/%s has the snippet %s", page, snippet.group(1)).isTrue();
            assertThat(lines(block.group(1))).as(snippet.group(1)).isEqualTo(lines(snippet.group(2)));
        }
        return found;
    }

    /**
     * Asserts that every java block of a page, in order, is the matching marked run of a test.
     *
     * @param page the page's file name under {@code docs/}
     * @param test the test class whose source holds the runs
     * @return how many blocks the page has
     */
    public static int assertEveryBlockInOrder(String page, Class<?> test) {
        List<List<String>> documented = all(BLOCK.matcher(page(page)));
        List<List<String>> compiled = all(RUN.matcher(source(test)));
        assertThat(documented).isEqualTo(compiled);
        return documented.size();
    }

    /**
     * The lines of a text that a comparison looks at: stripped, blank ones left out.
     *
     * @param text the text
     * @return the lines, immutable
     */
    public static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<List<String>> all(Matcher matcher) {
        List<List<String>> out = new ArrayList<>();
        while (matcher.find()) {
            out.add(lines(matcher.group(1)));
        }
        return out;
    }

    private static String page(String page) {
        return read(Path.of("..", "docs", page));
    }

    private static String source(Class<?> test) {
        return read(Path.of("src", "test", "java", test.getName().replace('.', '/') + ".java"));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
