package dev.sportello.spring.boot.autoconfigure;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The starter wires the SDK through its public API only: the core's builder and settings, the adapters' entry points. */
class StarterArchitectureTest {
    private static final JavaClasses STARTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.sportello.spring.boot.autoconfigure");

    @Test
    void theStarterSeesTheApiTheCoresBuilderTheAdaptersSpringAndMicrometer() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("dev.sportello", "dev.sportello.users..",
                        "dev.sportello.offices..", "dev.sportello.requests..", "dev.sportello.appointments..",
                        "dev.sportello.spi..", "dev.sportello.core", "dev.sportello.adapters.jdbc",
                        "dev.sportello.adapters.memory", "dev.sportello.adapters.mail", "dev.sportello.spring.boot.autoconfigure",
                        "java..", "javax.sql..", "org.slf4j..", "org.springframework..", "io.micrometer..")
                .check(STARTER);
    }

    @Test
    void theStarterNeverReachesIntoTheCoresInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("dev.sportello.core.internal..")
                .check(STARTER);
    }
}
