package dev.sportello.examples.quickstart;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quickstart scenario, run with every logger at TRACE, writes none of its people's personal data to
 * the log: no tax code, name, phone number, e-mail address, document number or IBAN (ASVS 16.2.5). The data
 * are taken from the quickstart's sources, so a new person in the scenario is checked too. Its printed story
 * shows IBANs only masked.
 *
 * <p>The scenario runs in its own JVM, so that the logging set-up is its own; its log stays in
 * {@code target/trace-log}.
 */
class NoPersonalDataInLogsTest {
    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "sportello", "examples", "quickstart");
    private static final List<Pattern> PERSONAL = List.of(
            Pattern.compile("TaxCode\\.parse\\(\\s*\"([^\"]+)\""),
            Pattern.compile("Register(?:Citizen|Intermediary)\\([^\"]*\"([^\"]+)\""),
            Pattern.compile("ContactKind\\.(?:MOBILE|EMAIL),\\s*\"([^\"]+)\""),
            Pattern.compile("\"([\\w.+-]+@[\\w.-]+)\""),
            Pattern.compile("version\\(\\),\\s*\"([^\"]+)\",\\s*new IdentityDocument\\(IdentityDocumentType\\.\\w+,\\s*\"([^\"]+)\""));
    /** IBANs as the sources write them (print format or electronic); checked whole, in both formats. */
    private static final Pattern IBAN = Pattern.compile("\"([A-Z]{2}\\d{2}(?: ?[0-9A-Z]){11,30})\"");

    @Test
    void theQuickstartLogsNoPersonalDataAtTrace() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "trace-log"));
        Set<String> personal = personalData();
        assertThat(personal).as("the scenario's personal data, found in the sources")
                .contains("VRDLCU80A41H501K", "Lucia Verdi", "347 765 4321", "3477654321", "lucia.verdi@example.it");

        Path log = dir.resolve("sportello.log");
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString());
        Process run = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=trace", "-Dorg.slf4j.simpleLogger.logFile=" + log,
                "-Dorg.slf4j.simpleLogger.showDateTime=true", Quickstart.class.getName())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(run.waitFor(5, TimeUnit.MINUTES)).as("the quickstart ends").isTrue();
        assertThat(run.exitValue()).as(Files.readString(err)).isZero();
        String printed = Files.readString(out);
        assertThat(printed).as("the scenario ran to the end").contains("Lucia Verdi").contains("24. She rates the answer");
        Set<String> ibans = ibans();
        assertThat(ibans).as("the scenario's IBANs, found in the sources").contains("IT60X0542811101000000123456");
        assertThat(printed).as("IBANs are printed masked only").doesNotContain(ibans.toArray(String[]::new)).contains("IT60 **** **** **** **** ***3 456");
        personal.addAll(ibans);

        String logged = Files.readString(log) + Files.readString(err);
        assertThat(logged.lines().filter(l -> l.contains("dev.sportello")))
                .as("the SDK logged at DEBUG and TRACE").anyMatch(l -> l.contains("TRACE"))
                .anyMatch(l -> l.contains("DEBUG"));
        List<String> leaked = new ArrayList<>();
        for (String value : personal) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(value) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            logged.lines().filter(l -> word.matcher(l).find()).findFirst()
                    .ifPresent(line -> leaked.add(value + " in: " + line));
        }
        assertThat(leaked).as("personal data in the log").isEmpty();
    }

    private static String sources() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                sources.append(Files.readString(file));
            }
        }
        return sources.toString();
    }

    /** Each IBAN of the sources as written and in electronic format (never split into words: "0000" is no datum). */
    private static Set<String> ibans() throws IOException {
        Set<String> forms = new LinkedHashSet<>();
        Matcher m = IBAN.matcher(sources());
        while (m.find()) {
            forms.add(m.group(1));
            forms.add(m.group(1).replace(" ", ""));
        }
        return forms;
    }

    /** Each value found in the sources, with the forms the SDK may turn it into. */
    private static Set<String> personalData() throws IOException {
        String sources = sources();
        Set<String> values = new LinkedHashSet<>();
        for (Pattern pattern : PERSONAL) {
            Matcher m = pattern.matcher(sources);
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    values.add(m.group(g));
                }
            }
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String value : values) {
            forms.add(value.toUpperCase(Locale.ROOT));
            String digits = value.replaceAll("[^0-9]", "");
            if (digits.length() >= 9 && value.matches("[+0-9 ]+")) {
                forms.add(value);
                forms.add(digits);
                forms.add("+39" + digits);
            } else {
                forms.add(value);
                for (String word : value.split(" ")) {
                    if (word.length() >= 4 && !value.contains("@")) {
                        forms.add(word);
                    }
                }
            }
        }
        return forms;
    }
}
