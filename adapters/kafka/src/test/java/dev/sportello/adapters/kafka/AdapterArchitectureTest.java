package dev.sportello.adapters.kafka;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The Kafka sink sees the api, the Jackson module, Kafka's client and SLF4J: never the core or another adapter. */
class AdapterArchitectureTest {
    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.sportello.adapters.kafka");

    @Test
    void theKafkaSinkSeesOnlyTheApiAndItsLibraries() {
        classes().that().resideInAPackage("dev.sportello.adapters.kafka..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.sportello", "dev.sportello.users..",
                        "dev.sportello.offices..", "dev.sportello.notifications..", "dev.sportello.delegation..",
                        "dev.sportello.requests..", "dev.sportello.appointments..", "dev.sportello.spi..",
                        "dev.sportello.adapters.kafka..", "dev.sportello.adapters.jackson..", "java..",
                        "org.apache.kafka..", "tools.jackson..", "org.slf4j..")
                .check(MODULE);
    }

    @Test
    void noClassSeesTheCoreOrAnotherAdapter() {
        noClasses().that().resideInAPackage("dev.sportello.adapters.kafka..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sportello.core..", "dev.sportello.adapters.memory..",
                        "dev.sportello.adapters.jdbc..", "dev.sportello.adapters.webhooks..", "dev.sportello.tck..")
                .check(MODULE);
    }

    @Test
    void onlyTheSinkIsPublic() {
        classes().that().resideInAPackage("dev.sportello.adapters.kafka").and().arePublic()
                .should().haveSimpleName("KafkaEventSink").orShould().haveSimpleName("Builder")
                .orShould().haveSimpleName("Mode")
                .check(MODULE);
    }
}
