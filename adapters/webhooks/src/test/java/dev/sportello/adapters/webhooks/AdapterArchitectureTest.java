package dev.sportello.adapters.webhooks;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Adapters see only the api: never the core, never another adapter (ARCHITECTURE.md). */
class AdapterArchitectureTest {
    private static final JavaClasses WEBHOOKS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.sportello.adapters.webhooks");

    @Test
    void theWebhooksAdapterSeesOnlyTheApiAndItsLibraries() {
        classes().that().resideInAPackage("dev.sportello.adapters.webhooks..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.sportello", "dev.sportello.users..",
                        "dev.sportello.offices..", "dev.sportello.notifications..", "dev.sportello.delegation..",
                        "dev.sportello.requests..", "dev.sportello.appointments..", "dev.sportello.spi..",
                        "dev.sportello.adapters.webhooks..", "dev.sportello.adapters.jackson", "java..", "javax.crypto..",
                        "javax.net.ssl..",
                        "tools.jackson..", "org.slf4j..")
                .check(WEBHOOKS);
    }

    @Test
    void noAdapterSeesTheCoreOrAnotherAdapter() {
        noClasses().that().resideInAPackage("dev.sportello.adapters.webhooks..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sportello.core..", "dev.sportello.adapters.memory..",
                        "dev.sportello.adapters.jdbc..", "dev.sportello.adapters.mail..",
                        "dev.sportello.adapters.smshttp..", "dev.sportello.adapters.sms..", "dev.sportello.adapters.push..",
                        "dev.sportello.tck..", "com.fasterxml.jackson.databind..", "io.cloudevents..")
                .check(WEBHOOKS);
    }
}
