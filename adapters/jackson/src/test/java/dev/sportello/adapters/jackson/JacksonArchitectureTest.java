package dev.sportello.adapters.jackson;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The Jackson module sees only the api, the JDK and Jackson: never the core, never another adapter. */
class JacksonArchitectureTest {
    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.sportello.adapters.jackson");

    @Test
    void theJacksonModuleSeesOnlyTheApiAndJackson() {
        classes().that().resideInAPackage("dev.sportello.adapters.jackson..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.sportello", "dev.sportello.users..",
                        "dev.sportello.offices..", "dev.sportello.notifications..", "dev.sportello.delegation..",
                        "dev.sportello.requests..", "dev.sportello.appointments..", "dev.sportello.dossiers..", "dev.sportello.feedback..", "dev.sportello.spi..",
                        "dev.sportello.adapters.jackson..", "java..", "tools.jackson..",
                        "com.fasterxml.jackson.annotation..")
                .check(MODULE);
    }

    @Test
    void noClassSeesTheCoreOrAnotherAdapter() {
        noClasses().that().resideInAPackage("dev.sportello.adapters.jackson..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sportello.core..",
                        "dev.sportello.adapters.memory..", "dev.sportello.adapters.jdbc..", "dev.sportello.tck..")
                .check(MODULE);
    }

    @Test
    void onlyTheEntryPointsArePublic() {
        classes().that().resideInAPackage("dev.sportello.adapters.jackson").and().arePublic()
                .should().haveSimpleNameStartingWith("Sportello").orShould().haveSimpleName("ProblemDetails")
                .orShould().haveSimpleName("JsonLimits")
                .check(MODULE);
    }
}
