package dev.sportello.attestation.verifier;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** The module's own rules: the JDK only at runtime, one exported package, Javadoc on public types, short files. */
class VerifierStructureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.sportello.attestation.verifier");

    @Test
    void theVerifierDependsOnTheJdkOnly() {
        classes().that().resideInAPackage("dev.sportello.attestation.verifier..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.sportello.attestation.verifier..", "java..")
                .because("a shop or a transport company embeds it: no core, no framework, no library")
                .check(MAIN);
    }

    @Test
    void theModuleExportsOnlyItsPackageAndRequiresNothing() throws IOException {
        Path info = Path.of("target", "classes", "module-info.class");
        ModuleDescriptor descriptor;
        try (var in = Files.newInputStream(info)) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertThat(descriptor.name()).isEqualTo("dev.sportello.attestation.verifier");
        assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("dev.sportello.attestation.verifier");
        assertThat(descriptor.requires()).extracting(ModuleDescriptor.Requires::name).containsOnly("java.base");
    }

    @Test
    void everyPublicTypeHasJavadoc() throws IOException {
        Pattern publicType = Pattern.compile(
                "(?s)(/\\*\\*(?:(?!\\*/).)*\\*/\\s*)?(@\\w+(\\([^)]*\\))?\\s*)*^\\s*public (?:static )?(?:final |sealed |abstract )*"
                        + "(?:class|interface|record|enum) (\\w+)", Pattern.MULTILINE);
        List<String> undocumented = sources(Path.of("src", "main", "java")).stream()
                .filter(p -> !p.getFileName().toString().endsWith("-info.java"))
                .flatMap(p -> publicType.matcher(read(p)).results().filter(m -> m.group(1) == null)
                        .map(m -> p.getFileName() + ": " + m.group(4)))
                .toList();
        assertThat(undocumented).as("public types without Javadoc").isEmpty();
    }

    @Test
    void noSourceFileIsOver400Lines() throws IOException {
        List<String> tooLong = Stream.concat(sources(Path.of("src", "main", "java")).stream(),
                        sources(Path.of("src", "test", "java")).stream())
                .filter(p -> read(p).lines().count() > 400).map(Path::toString).toList();
        assertThat(tooLong).as("files over 400 lines").isEmpty();
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
