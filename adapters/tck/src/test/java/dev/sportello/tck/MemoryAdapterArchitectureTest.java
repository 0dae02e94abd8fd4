package dev.sportello.tck;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The in-memory adapter sees only the api (ARCHITECTURE.md). */
class MemoryAdapterArchitectureTest {
    private static final JavaClasses MEMORY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sportello.adapters.memory");

    @Test
    void theMemoryAdapterSeesOnlyTheApi() {
        classes().that().resideInAPackage("dev.sportello.adapters.memory..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.sportello", "dev.sportello.users..",
                        "dev.sportello.offices..", "dev.sportello.notifications..", "dev.sportello.delegation..",
                        "dev.sportello.requests..", "dev.sportello.appointments..", "dev.sportello.dossiers..", "dev.sportello.feedback..", "dev.sportello.fragile..", "dev.sportello.medical..", "dev.sportello.attestation..", "dev.sportello.spi..",
                        "dev.sportello.adapters.memory..", "java..")
                .check(MEMORY);
    }
}
