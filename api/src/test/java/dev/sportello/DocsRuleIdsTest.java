package dev.sportello;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule id the documentation and the code cite (R-REQ-3 …) is a rule of docs/DOMAIN.md. */
class DocsRuleIdsTest {
    private static final Pattern RULE = Pattern.compile("\\bR-[A-Z]{3}-\\d+\\b");
    private static final Path ROOT = Path.of("..");

    @Test
    void citedRulesExistInTheDomainDocument() throws IOException {
        Set<String> defined = new TreeSet<>();
        Matcher definitions = Pattern.compile("\\*\\*(R-[A-Z]{3}-\\d+)\\*\\*").matcher(Files.readString(ROOT.resolve("docs/DOMAIN.md")));
        while (definitions.find()) {
            defined.add(definitions.group(1));
        }
        assertThat(defined).as("rules defined in docs/DOMAIN.md").hasSizeGreaterThan(30);
        List<Path> cited = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGELOG.md")));
        for (String tree : List.of("docs", "api/src", "core/src", "adapters", "examples")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(tree))) {
                files.filter(p -> !p.toString().contains("/target/"))
                        .filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".java")
                                || p.toString().endsWith(".properties") || p.toString().endsWith(".sql"))
                        .filter(p -> !p.endsWith("DOMAIN.md"))
                        .forEach(cited::add);
            }
        }
        Set<String> unknown = new TreeSet<>();
        for (Path file : cited) {
            Matcher m = RULE.matcher(Files.readString(file));
            while (m.find()) {
                if (!defined.contains(m.group())) {
                    unknown.add(m.group() + " in " + ROOT.relativize(file));
                }
            }
        }
        assertThat(unknown).as("rule ids that docs/DOMAIN.md does not define").isEmpty();
    }
}
