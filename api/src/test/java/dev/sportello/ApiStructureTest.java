package dev.sportello;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** Architecture rules of the api module (ARCHITECTURE.md). */
class ApiStructureTest {
    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sportello");

    @Test
    void apiDependsOnNothingButTheJdkAndBeanValidation() {
        classes().that().resideInAPackage("dev.sportello..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("dev.sportello..", "java..", "jakarta.validation..")
                .check(API);
    }

    @Test
    void apiNeverSeesCoreJacksonSlf4jOrHibernate() {
        classes().that().resideInAPackage("dev.sportello..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                        "dev.sportello.core..", "com.fasterxml..", "org.slf4j..", "org.hibernate..")
                .check(API);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.sportello.(**)").should().beFreeOfCycles().check(API);
    }

    @Test
    void onlyTheFacadeOfTheRootPackageSeesTheAreas() {
        noClasses().that().resideInAPackage("dev.sportello").and().doNotHaveSimpleName("Sportello")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sportello.users..", "dev.sportello.offices..",
                        "dev.sportello.delegation..", "dev.sportello.notifications..", "dev.sportello.requests..",
                        "dev.sportello.appointments..", "dev.sportello.feedback..", "dev.sportello.fragile..", "dev.sportello.medical..",
                        "dev.sportello.attestation..")
                .check(API);
    }

    @Test
    void anAreaSeesNoOtherAreasSpi() {
        for (String area : List.of("users", "offices", "delegation", "notifications", "requests", "appointments", "fragile", "medical",
                "attestation")) {
            noClasses().that().resideInAPackage("dev.sportello." + area)
                    .should().dependOnClassesThat().resideInAPackage("dev.sportello.*.spi")
                    .because("an area's API is what integrators call; SPI types are for adapters")
                    .check(API);
        }
    }

    @Test
    void everyPublicTypeHasJavadoc() throws IOException {
        List<String> undocumented;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            undocumented = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().endsWith("-info.java"))
                    .filter(ApiStructureTest::publicTypeLacksJavadoc)
                    .map(Path::toString).toList();
        }
        assertThat(undocumented).as("public types without Javadoc").isEmpty();
    }

    private static boolean publicTypeLacksJavadoc(Path file) {
        try {
            String source = Files.readString(file);
            var matcher = Pattern.compile("(?s)(/\\*\\*.*?\\*/\\s*)?(@\\w+(\\([^)]*\\))?\\s*)*^public ",
                    Pattern.MULTILINE).matcher(source);
            return matcher.find() && matcher.group(1) == null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
