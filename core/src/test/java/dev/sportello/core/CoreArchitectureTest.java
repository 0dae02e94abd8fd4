package dev.sportello.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The dependency rules of ARCHITECTURE.md for the core module. */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.sportello.core");

    @Test
    void coreDependsOnApiAndItsFiveLibrariesOnly() {
        classes().that().resideInAPackage("dev.sportello.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.sportello..", "java..", "jakarta.validation..",
                        "javax.crypto..",   // the JDK's PBKDF2 for personal codes
                        "javax.imageio..",  // the JDK's PNG writer for the attestations' QR codes
                        "org.hibernate.validator..", "org.slf4j..", "com.google.i18n.phonenumbers..", "org.iban4j..",
                        "com.google.zxing..")   // the attestations' QR codes (dev.sportello.attestation.verifier: ours)
                .check(CORE);
    }

    @Test
    void coreNeverSeesAnAdapter() {
        noClasses().that().resideInAPackage("dev.sportello.core..")
                .should().dependOnClassesThat().resideInAPackage("dev.sportello.adapters..")
                .check(CORE);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("dev.sportello.core.(**)").should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theImplementationLivesUnderInternal() {
        classes().that().resideInAPackage("dev.sportello.core..").and().resideOutsideOfPackage("dev.sportello.core")
                .should().resideInAPackage("dev.sportello.core.internal..")
                .check(CORE);
    }

    @Test
    void areasDoNotReachIntoEachOther() {
        // an area uses the kernel and what earlier areas provide through their module's services; no area
        // reaches into the assembly or the outbox, which only the assembly wires
        noClasses().that().resideInAnyPackage("dev.sportello.core.internal.users..", "dev.sportello.core.internal.offices..",
                        "dev.sportello.core.internal.delegation..", "dev.sportello.core.internal.notifications..",
                        "dev.sportello.core.internal.requests..", "dev.sportello.core.internal.appointments..",
                        "dev.sportello.core.internal.fragile..", "dev.sportello.core.internal.medical..",
                        "dev.sportello.core.internal.attestation..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sportello.core.internal.assembly..",
                        "dev.sportello.core.internal.outbox..")
                .check(CORE);
    }

    @Test
    void theMedicalAreaKnowsNothingOfTheAttestationsThatListenToIt() {
        // the attestation area uses the medical area's services (MedicalAttestations, MedicalEditionSlot); never
        // the other way round
        noClasses().that().resideInAPackage("dev.sportello.core.internal.medical..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sportello.core.internal.attestation..",
                        "dev.sportello.attestation..")
                .check(CORE);
    }

    @Test
    void onlyTheAttestationAreaUsesTheVerifierModuleAndZxing() {
        noClasses().that().resideOutsideOfPackages("dev.sportello.core.internal.attestation..", "dev.sportello.attestation..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.zxing..")
                .check(CORE);
    }

    @Test
    void theKernelKnowsNoArea() {
        noClasses().that().resideInAPackage("dev.sportello.core.internal.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.sportello.core.internal.users..",
                        "dev.sportello.core.internal.offices..", "dev.sportello.core.internal.delegation..",
                        "dev.sportello.core.internal.notifications..", "dev.sportello.core.internal.requests..",
                        "dev.sportello.core.internal.appointments..", "dev.sportello.core.internal.fragile..",
                        "dev.sportello.core.internal.medical..", "dev.sportello.core.internal.attestation..",
                        "dev.sportello.core.internal.assembly..")
                .check(CORE);
    }

    @Test
    void onlyThePackageWithTheBuilderIsExported() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertThat(exported).containsExactly("dev.sportello.core");
        assertThat(Path.of("target", "classes", "dev", "sportello", "core", "internal", "kernel")).as("internal packages exist")
                .isDirectory();
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void theExportedPackageHoldsOnlyTheBuilderAndItsSettings() {
        classes().that().resideInAPackage("dev.sportello.core").and().arePublic().and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Sdk").orShould().haveSimpleNameEndingWith("Settings")
                .check(CORE);
    }

    @Test
    void everyInternalPackageSaysItIsNotApi() throws IOException {
        try (var dirs = Files.walk(Path.of("src", "main", "java", "dev", "sportello", "core", "internal"))) {
            for (Path dir : dirs.filter(Files::isDirectory).filter(CoreArchitectureTest::holdsJava).toList()) {
                Path info = dir.resolve("package-info.java");
                assertThat(info).as("package-info of %s", dir).exists();
                assertThat(Files.readString(info)).as("%s", info).contains("not API");
            }
        }
    }

    private static boolean holdsJava(Path dir) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
