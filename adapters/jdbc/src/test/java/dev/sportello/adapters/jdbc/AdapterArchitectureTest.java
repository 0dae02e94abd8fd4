package dev.sportello.adapters.jdbc;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Adapters see only the api: never the core, never another adapter (ARCHITECTURE.md). */
class AdapterArchitectureTest {
    private static final JavaClasses ADAPTERS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.sportello.adapters");

    @Test
    void theJdbcAdapterSeesOnlyTheApiAndItsLibraries() {
        classes().that().resideInAPackage("dev.sportello.adapters.jdbc..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.sportello", "dev.sportello.users..",
                        "dev.sportello.offices..", "dev.sportello.notifications..", "dev.sportello.delegation..",
                        "dev.sportello.requests..", "dev.sportello.appointments..", "dev.sportello.dossiers..", "dev.sportello.feedback..", "dev.sportello.fragile..", "dev.sportello.medical..", "dev.sportello.attestation..", "dev.sportello.spi..",
                        "dev.sportello.adapters.jdbc..", "java..", "javax.sql..", "org.flywaydb..", "org.slf4j..", "tools.jackson.core..")
                .check(ADAPTERS);
    }

    @Test
    void noAdapterSeesTheCoreOrAnotherAdapter() {
        noClasses().that().resideInAPackage("dev.sportello.adapters.jdbc..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sportello.core..", "dev.sportello.adapters.memory..")
                .check(ADAPTERS);
    }
}
