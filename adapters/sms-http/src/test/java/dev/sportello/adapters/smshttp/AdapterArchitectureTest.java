package dev.sportello.adapters.smshttp;

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
            .importPackages("dev.sportello.adapters.smshttp");

    @Test
    void theSmsHttpAdapterSeesOnlyTheApiAndItsLibraries() {
        classes().that().resideInAPackage("dev.sportello.adapters.smshttp..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.sportello", "dev.sportello.users..",
                        "dev.sportello.notifications..", "dev.sportello.spi..", "dev.sportello.adapters.smshttp..",
                        "java..", "javax.crypto..", "javax.net.ssl..", "tools.jackson..", "org.slf4j..")
                .check(ADAPTER);
    }

    @Test
    void noAdapterSeesTheCoreOrAnotherAdapter() {
        noClasses().that().resideInAPackage("dev.sportello.adapters.smshttp..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sportello.core..", "dev.sportello.adapters.memory..",
                        "dev.sportello.adapters.jdbc..", "dev.sportello.adapters.jackson..", "dev.sportello.adapters.mail..",
                        "dev.sportello.adapters.webhooks..", "dev.sportello.tck..")
                .check(ADAPTER);
    }

    @Test
    void onlyTheIntegratorsTypesArePublic() {
        classes().that().resideInAPackage("dev.sportello.adapters.smshttp").and().areTopLevelClasses().and().arePublic()
                .should().haveSimpleNameStartingWith("HttpSmsChannel").orShould().haveSimpleNameStartingWith("SmsRe")
                .orShould().haveSimpleName("SignedContent")
                .check(ADAPTER);
    }
}
