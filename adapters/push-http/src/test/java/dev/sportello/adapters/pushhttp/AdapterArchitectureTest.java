package dev.sportello.adapters.pushhttp;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Adapters see only the api: never the core, never another adapter (ARCHITECTURE.md). */
class AdapterArchitectureTest {
    private static final JavaClasses ADAPTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.sportello.adapters.pushhttp");

    @Test
    void thePushAdapterSeesOnlyTheApiTheJdkJacksonAndSlf4j() {
        classes().that().resideInAPackage("dev.sportello.adapters.pushhttp..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.sportello", "dev.sportello.spi..",
                        "dev.sportello.notifications..", "dev.sportello.users..", "dev.sportello.adapters.pushhttp..",
                        "java..", "tools.jackson..", "org.slf4j..")
                .check(ADAPTER);
    }

    @Test
    void thePushAdapterSeesNeitherTheCoreNorAnotherAdapter() {
        noClasses().that().resideInAPackage("dev.sportello.adapters.pushhttp..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sportello.core..", "dev.sportello.adapters.memory..",
                        "dev.sportello.adapters.jdbc..", "dev.sportello.adapters.jackson..", "dev.sportello.adapters.mail..",
                        "dev.sportello.adapters.smshttp..", "dev.sportello.adapters.webhooks..", "dev.sportello.tck..")
                .check(ADAPTER);
    }

    @Test
    void onlyTheIntegratorsTypesArePublic() {
        classes().that().resideInAPackage("dev.sportello.adapters.pushhttp").and().arePublic()
                .should().haveSimpleNameStartingWith("HttpPushChannel").orShould().haveSimpleName("BearerTokenSupplier")
                .orShould().haveSimpleName("PushWireFormat").orShould().haveSimpleName("PushRequest")
                .orShould().haveSimpleName("FcmV1Format").orShould().haveSimpleName("TargetAnswer")
                .orShould().haveSimpleName("Builder").orShould().haveSimpleName("Delivered").orShould().haveSimpleName("Dead")
                .orShould().haveSimpleName("Rejected").orShould().haveSimpleName("RetryLater")
                .orShould().haveSimpleName("CredentialsRejected").orShould().haveSimpleName("Misconfigured")
                .check(ADAPTER);
    }
}
