package dev.sportello.adapters.mail;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The mail adapter sees only the api, Jakarta Mail's API and SLF4J: never the core, Angus or another adapter. */
class MailArchitectureTest {
    private static final JavaClasses MAIL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("dev.sportello.adapters.mail");

    @Test
    void the_mail_adapter_sees_only_the_api_and_its_libraries() {
        classes().that().resideInAPackage("dev.sportello.adapters.mail..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.sportello", "dev.sportello.users..",
                        "dev.sportello.notifications..", "dev.sportello.spi..", "dev.sportello.adapters.mail..",
                        "java..", "javax.net", "javax.net.ssl..", "jakarta.mail..", "jakarta.activation..", "org.slf4j..")
                .check(MAIL);
    }

    @Test
    void no_core_no_other_adapter_and_no_angus_implementation_classes() {
        noClasses().that().resideInAPackage("dev.sportello.adapters.mail..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sportello.core..", "dev.sportello.adapters.memory..",
                        "dev.sportello.adapters.jdbc..", "dev.sportello.adapters.jackson..", "dev.sportello.adapters.smshttp..",
                        "dev.sportello.adapters.webhooks..", "dev.sportello.tck..", "org.eclipse.angus..", "com.sun.mail..")
                .check(MAIL);
    }

    @Test
    void only_the_channel_its_builder_and_its_settings_are_public() {
        classes().that().resideInAPackage("dev.sportello.adapters.mail").and().arePublic()
                .should().haveSimpleNameStartingWith("SmtpEmailChannel").orShould().haveSimpleName("SmtpSecurity")
                .orShould().haveSimpleName("SenderIdentity")
                .check(MAIL);
    }
}
