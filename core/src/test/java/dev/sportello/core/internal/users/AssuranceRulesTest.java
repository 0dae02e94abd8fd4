package dev.sportello.core.internal.users;

import dev.sportello.AssuranceLevel;
import dev.sportello.AssurancePolicy;
import dev.sportello.AuditEntry;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Credentials, assurance levels and the per-operation policy (R-USR-2), through the real SDK. */
class AssuranceRulesTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private static Principal with(UserProfile user, Credential credential) {
        return Principal.user(user.id(), credential);
    }

    @Nested
    @DisplayName("R-USR-2 credentials map to eIDAS levels")
    class Levels {
        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"SPID_L1, LOW", "SPID_L2, SUBSTANTIAL", "SPID_L3, HIGH", "CIE, HIGH", "CNS, SUBSTANTIAL",
                "INSTITUTIONAL_PIN, SUBSTANTIAL", "USERNAME_PASSWORD, LOW"})
        @DisplayName("R-USR-2 each credential gives its level")
        void eachCredentialGivesItsLevel(Credential credential, AssuranceLevel level) {
            assertThat(credential.level()).isEqualTo(level);
            assertThat(Principal.user(h.citizen().id(), credential).assuranceLevel()).isEqualTo(level);
        }
    }

    @Nested
    @DisplayName("R-USR-2 each operation has a minimum level")
    class Minimums {
        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Credential.class, names = {"SPID_L1", "USERNAME_PASSWORD"})
        @DisplayName("R-USR-2 a LOW credential reads a profile but cannot change it; the denial is audited")
        void aLowCredentialReadsButDoesNotChange(Credential credential) {
            UserProfile user = h.citizen();
            Principal weak = with(user, credential);
            assertThat(h.sdk.users().get(weak, user.id()).id()).isEqualTo(user.id());
            fails(() -> h.sdk.users().update(weak, new UpdateProfile(user.id(), 0, null, null, Language.EN)),
                    ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            assertThat(h.sdk.users().get(weak, user.id()).language()).isEqualTo(Language.IT);
            assertThat(h.denials(Operation.USER_UPDATE)).singleElement().satisfies(a -> {
                assertThat(a.actor()).isEqualTo(user.id());
                assertThat(a.errorCode()).isEqualTo(ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
                assertThat(a.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
            });
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Credential.class, names = {"SPID_L2", "SPID_L3", "CIE", "CNS"})
        @DisplayName("R-USR-2 SPID level 2 or 3, CIE and CNS change a profile")
        void substantialCredentialsChangeAProfile(Credential credential) {
            UserProfile user = h.citizen();
            assertThat(h.sdk.users().update(with(user, credential), new UpdateProfile(user.id(), 0, null, null,
                    Language.EN)).language()).isEqualTo(Language.EN);
        }
    }

    @Nested
    @DisplayName("R-USR-2 the institutional PIN is accepted only where a rule says so")
    class InstitutionalPin {
        @Test
        @DisplayName("R-USR-2 the PIN is refused for changing a profile although its level would be enough")
        void thePinIsRefusedForAProfileChange() {
            UserProfile user = h.citizen();
            fails(() -> h.sdk.users().update(with(user, Credential.INSTITUTIONAL_PIN), new UpdateProfile(user.id(), 0,
                    "Altro", null, null)), ErrorCode.ACCESS_CREDENTIAL_NOT_ACCEPTED);
            assertThat(h.denials(Operation.USER_UPDATE)).extracting(AuditEntry::errorCode)
                    .containsExactly(ErrorCode.ACCESS_CREDENTIAL_NOT_ACCEPTED);
        }

        @Test
        @DisplayName("R-USR-2 the fragile channel needs SPID level 2, CIE or CNS: not SPID level 1, not the PIN")
        void theFragileChannelNeedsSpidTwoCieOrCns() {
            UserProfile user = h.citizen();
            for (Credential ok : new Credential[]{Credential.SPID_L2, Credential.CIE, Credential.CNS}) {
                assertThat(h.sdk.users().fragileEligibility(with(user, ok), user.id())).isEmpty();
            }
            fails(() -> h.sdk.users().fragileEligibility(with(user, Credential.SPID_L1), user.id()),
                    ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            fails(() -> h.sdk.users().fragileEligibility(with(user, Credential.INSTITUTIONAL_PIN), user.id()),
                    ErrorCode.ACCESS_CREDENTIAL_NOT_ACCEPTED);
        }

        @Test
        @DisplayName("R-USR-2 the default policy accepts the PIN only for appointments (R-APT-1)")
        void theDefaultPolicyAcceptsThePinOnlyForAppointmentsAndDossierReads() {
            AssurancePolicy defaults = AssurancePolicy.defaults();
            Set<Operation> withPin = EnumSet.of(Operation.APPOINTMENT_BOOK, Operation.APPOINTMENT_BOOK_VIDEO_CALL,
                    Operation.APPOINTMENT_JOIN, Operation.DOSSIER_READ, Operation.DOSSIER_PAYMENT_READ,
                    Operation.DOSSIER_DOCUMENT_READ);
            for (Operation operation : Operation.values()) {
                assertThat(defaults.requirement(operation).institutionalPinAccepted()).as(operation.name())
                        .isEqualTo(withPin.contains(operation));
            }
            assertThat(defaults.requirement(Operation.FRAGILE_CHANNEL).minimum()).isEqualTo(AssuranceLevel.SUBSTANTIAL);
            assertThat(defaults.requirement(Operation.PROACTIVE_GUIDE_READ).minimum()).isEqualTo(AssuranceLevel.SUBSTANTIAL);
        }
    }

    @Nested
    @DisplayName("R-USR-2 the policy is configurable")
    class Configurable {
        @Test
        @DisplayName("R-USR-2 an integrator raises a minimum and accepts the PIN for one operation")
        void anIntegratorChangesThePolicy() {
            AssurancePolicy policy = AssurancePolicy.builder().require(Operation.USER_READ, AssuranceLevel.HIGH)
                    .acceptInstitutionalPin(Operation.FRAGILE_CHANNEL, true).build();
            try (CoreFixture strict = new CoreFixture(b -> b.assurancePolicy(policy))) {
                UserProfile user = strict.citizen();
                fails(() -> strict.sdk.users().get(with(user, Credential.SPID_L2), user.id()),
                        ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
                assertThat(strict.sdk.users().get(with(user, Credential.CIE), user.id()).id()).isEqualTo(user.id());
                assertThat(strict.sdk.users().fragileEligibility(with(user, Credential.INSTITUTIONAL_PIN), user.id()))
                        .isEmpty();
            }
        }
    }
}
