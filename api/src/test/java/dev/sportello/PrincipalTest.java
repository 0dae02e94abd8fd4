package dev.sportello;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrincipalTest {
    private final UserId parent = new UserId(UUID.randomUUID());
    private final UserId child = new UserId(UUID.randomUUID());

    @Test
    void mapsCredentialsToEidasLevelsAsInRusr2() {
        assertThat(Credential.SPID_L1.level()).isEqualTo(AssuranceLevel.LOW);
        assertThat(Credential.SPID_L2.level()).isEqualTo(AssuranceLevel.SUBSTANTIAL);
        assertThat(Credential.SPID_L3.level()).isEqualTo(AssuranceLevel.HIGH);
        assertThat(Credential.CIE.level()).isEqualTo(AssuranceLevel.HIGH);
        assertThat(Credential.CNS.level()).isEqualTo(AssuranceLevel.SUBSTANTIAL);
        assertThat(Credential.INSTITUTIONAL_PIN.level()).isEqualTo(AssuranceLevel.SUBSTANTIAL);
        assertThat(Credential.USERNAME_PASSWORD.level()).isEqualTo(AssuranceLevel.LOW);
    }

    @Test
    void carriesTheRepresentedUser() {
        Principal principal = Principal.user(parent, Credential.SPID_L2).actingFor(child);
        assertThat(principal.onBehalfOf()).isEqualTo(child);
        assertThat(principal.subjectUser()).isEqualTo(child);
        assertThat(Principal.user(parent, Credential.CIE).subjectUser()).isEqualTo(parent);
        assertThat(Principal.user(parent, Credential.CIE).actingFor(parent).onBehalfOf()).isNull();
    }

    @Test
    void onlyServicesUseTheServiceCredentialAndOnlyUsersRepresentOthers() {
        assertThatThrownBy(() -> Principal.user(parent, Credential.SERVICE)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.details()).containsEntry("field", "credential"));
        assertThatThrownBy(() -> new Principal(new ServiceId("portal"), Credential.CIE, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALUE_INVALID));
        assertThatThrownBy(() -> Principal.operator(new OperatorId(UUID.randomUUID()), Credential.CIE).actingFor(child))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.details()).containsEntry("field",
                        "onBehalfOf"));
        assertThatThrownBy(() -> Principal.service("")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALUE_INVALID));
        assertThat(Principal.service("portal").assuranceLevel()).isEqualTo(AssuranceLevel.HIGH);
    }

    @Test
    void partyIdsRoundTripThroughText() {
        assertThat(PartyId.parse(parent.asText())).isEqualTo(parent);
        assertThat(PartyId.parse("service:portal")).isEqualTo(new ServiceId("portal"));
        for (String bad : new String[]{"robot:1", "user:not-a-uuid", "nocolon", null}) {
            assertThatThrownBy(() -> PartyId.parse(bad)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.ID_INVALID));
        }
    }

    @Test
    void defaultPolicyAcceptsPinOnlyWhereARuleSaysSo() {
        AssurancePolicy policy = AssurancePolicy.defaults();
        assertThat(policy.requirement(Operation.APPOINTMENT_BOOK_VIDEO_CALL).institutionalPinAccepted()).isTrue();
        assertThat(policy.requirement(Operation.APPOINTMENT_BOOK_VIDEO_CALL).minimum()).isEqualTo(AssuranceLevel.SUBSTANTIAL);
        assertThat(policy.requirement(Operation.FRAGILE_CHANNEL).institutionalPinAccepted()).isFalse();
        assertThat(policy.requirement(Operation.FRAGILE_CHANNEL).minimum()).isEqualTo(AssuranceLevel.SUBSTANTIAL);
        AssurancePolicy custom = AssurancePolicy.builder().require(Operation.USER_READ, AssuranceLevel.HIGH)
                .acceptInstitutionalPin(Operation.FRAGILE_CHANNEL, true).build();
        assertThat(custom.requirement(Operation.USER_READ).minimum()).isEqualTo(AssuranceLevel.HIGH);
        assertThat(custom.requirement(Operation.FRAGILE_CHANNEL).institutionalPinAccepted()).isTrue();
    }

    @Test
    void languagesOutsideItEnDeAreRefused() {
        assertThat(Language.fromTag("it-IT")).isEqualTo(Language.IT);
        assertThat(Language.fromTag("DE")).isEqualTo(Language.DE);
        assertThatThrownBy(() -> Language.fromTag("fr"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LANGUAGE_UNSUPPORTED));
    }
}
