package dev.sportello.examples.springboot.web;

import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.UserId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo headers: what they claim becomes the principal; a malformed header is a coded 400, a missing one a 401. */
class DemoPrincipalResolverTest {
    private static final String USER = "01a23589-d593-736d-8d29-1c67306a7dbc";
    private static final String OTHER = "01a23589-d593-736d-8d29-1c67306a7dbd";

    @Test
    void aUserAnOperatorAndADelegateAreWhatTheHeadersClaim() {
        assertThat(DemoPrincipalResolver.resolve("user:" + USER, "SPID_L2", null))
                .isEqualTo(Principal.user(UserId.of(USER), Credential.SPID_L2));
        assertThat(DemoPrincipalResolver.resolve("operator:" + USER, "CIE", ""))
                .isEqualTo(Principal.operator(OperatorId.of(USER), Credential.CIE));
        assertThat(DemoPrincipalResolver.resolve("user:" + USER, "CIE", OTHER).subjectUser()).isEqualTo(UserId.of(OTHER));
    }

    @Test
    void withoutThePrincipalHeaderAuthenticationIsRequired() {
        assertThatThrownBy(() -> DemoPrincipalResolver.resolve(null, "CIE", null)).isInstanceOf(DemoAuthenticationRequired.class);
        assertThatThrownBy(() -> DemoPrincipalResolver.resolve("", "CIE", null)).isInstanceOf(DemoAuthenticationRequired.class);
    }

    @Test
    void aMissingOrUnknownCredentialIsRefusedWithTheHeaderAsField() {
        assertThatThrownBy(() -> DemoPrincipalResolver.resolve("user:" + USER, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALUE_REQUIRED);
                    assertThat(e.details()).containsEntry("field", DemoPrincipalResolver.CREDENTIAL);
                });
        for (String credential : new String[] {"spid_l2", "SERVICE", "PASSWORD"}) {
            assertThatThrownBy(() -> DemoPrincipalResolver.resolve("user:" + USER, credential, null))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.VALUE_INVALID);
                        assertThat(e.details()).containsEntry("field", DemoPrincipalResolver.CREDENTIAL);
                    });
        }
    }

    @Test
    void aServiceOrAMalformedPartyIsRefused() {
        assertThatThrownBy(() -> DemoPrincipalResolver.resolve("service:portal", "CIE", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALUE_INVALID);
                    assertThat(e.details()).containsEntry("field", DemoPrincipalResolver.PRINCIPAL);
                });
        assertThatThrownBy(() -> DemoPrincipalResolver.resolve("user:not-a-uuid", "CIE", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ID_INVALID));
        assertThatThrownBy(() -> DemoPrincipalResolver.resolve("user:" + USER, "CIE", "nobody"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ID_INVALID));
    }
}
