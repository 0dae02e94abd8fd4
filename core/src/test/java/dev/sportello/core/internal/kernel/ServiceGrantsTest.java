package dev.sportello.core.internal.kernel;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.users.AddContact;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ContactKind;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A service principal may perform only the operations the integrator granted it (issue 15, ASVS 8.2.2). */
class ServiceGrantsTest {
    private static final Principal REGISTRY = Principal.service("registry");
    private static final Principal DESK = Principal.service("assisted-desk");

    private final CoreFixture h = new CoreFixture(b -> b.serviceGrants(ServiceGrants.builder()
            .grant("portal", EnumSet.allOf(Operation.class))
            .grant("registry", Operation.USER_REGISTER, Operation.USER_READ)
            .grant("assisted-desk", Operation.CONSENT_RECORD).build()));

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    @DisplayName("a service granted only registration cannot rename a profile, add a contact, record an opt-in or cancel an appointment")
    void anUngrantedOperationIsDeniedAndAudited() {
        UserProfile maria = h.citizen();
        fails(() -> h.sdk.users().update(REGISTRY, new UpdateProfile(maria.id(), maria.version(), "Altro Nome", null, null)),
                ErrorCode.ACCESS_SERVICE_NOT_GRANTED);
        fails(() -> h.sdk.users().addContact(REGISTRY, new AddContact(maria.id(), ContactKind.EMAIL, h.data.email())),
                ErrorCode.ACCESS_SERVICE_NOT_GRANTED);
        fails(() -> h.sdk.users().recordConsent(REGISTRY, new RecordConsent(maria.id(), Channel.SMS,
                ConsentChoice.PROACTIVE_OPT_IN)), ErrorCode.ACCESS_SERVICE_NOT_GRANTED);
        fails(() -> h.sdk.appointments().cancel(REGISTRY, new CancelAppointment(new AppointmentId(UUID.randomUUID()), 0,
                "annullato dal servizio")), ErrorCode.ACCESS_SERVICE_NOT_GRANTED);

        UserProfile now = h.sdk.users().get(REGISTRY, maria.id());
        assertThat(now.name()).as("nothing changed").isEqualTo(maria.name());
        assertThat(now.version()).isEqualTo(maria.version());
        assertThat(now.contacts()).isEqualTo(maria.contacts());
        assertThat(h.sdk.users().consents(CoreFixture.as(maria), maria.id()).history()).isEmpty();
        for (Operation denied : Set.of(Operation.USER_UPDATE, Operation.CONTACT_ADD, Operation.CONSENT_RECORD,
                Operation.APPOINTMENT_BOOK)) {
            assertThat(h.denials(denied)).as(denied.name()).singleElement().satisfies(entry -> {
                assertThat(entry.actor()).isEqualTo(new ServiceId("registry"));
                assertThat(entry.errorCode()).isEqualTo(ErrorCode.ACCESS_SERVICE_NOT_GRANTED);
            });
        }
    }

    @Test
    @DisplayName("a granted operation passes, and a consent recorded by a service is audited as assisted")
    void aGrantedConsentIsAnAssistedOne() {
        UserProfile maria = h.citizen();
        h.sdk.users().recordConsent(DESK, new RecordConsent(maria.id(), Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN));
        h.sdk.users().recordConsent(CoreFixture.as(maria), new RecordConsent(maria.id(), Channel.EMAIL,
                ConsentChoice.PROACTIVE_OPT_IN));
        assertThat(h.audit(maria.id())).filteredOn(e -> e.action().startsWith("CONSENT_RECORDED"))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(tuple("CONSENT_RECORDED_ASSISTED", new ServiceId("assisted-desk")),
                        tuple("CONSENT_RECORDED", maria.id()));
        fails(() -> h.sdk.users().get(DESK, maria.id()), ErrorCode.ACCESS_SERVICE_NOT_GRANTED);
    }

    @Test
    @DisplayName("by default no service may do anything")
    void theDefaultGrantsNothing() {
        ServiceGrants none = ServiceGrants.none();
        for (Operation operation : Operation.values()) {
            assertThat(none.allows(new ServiceId("portal"), operation)).as(operation.name()).isFalse();
        }
        assertThat(none.services()).isEmpty();
    }

    @Test
    @DisplayName("grants add up, and bad grants are refused with a code and the field")
    void grantsAddUpAndBadOnesAreRefused() {
        ServiceGrants grants = ServiceGrants.builder().grant("feed", Operation.DOSSIER_FEED)
                .grant("feed", Set.of(Operation.USER_READ)).build();
        assertThat(grants.operations(new ServiceId("feed"))).containsExactlyInAnyOrder(Operation.DOSSIER_FEED,
                Operation.USER_READ);
        refused(() -> ServiceGrants.builder().grant(null, Operation.USER_READ), ErrorCode.VALUE_REQUIRED, "name");
        refused(() -> ServiceGrants.builder().grant("not a name", Operation.USER_READ), ErrorCode.VALUE_INVALID, "name");
        refused(() -> ServiceGrants.builder().grant("feed", Set.of()), ErrorCode.VALUE_INVALID, "operations");
        refused(() -> ServiceGrants.builder().grant("feed", (Set<Operation>) null), ErrorCode.VALUE_REQUIRED, "operations");
        Set<Operation> withNull = new HashSet<>();
        withNull.add(null);
        refused(() -> ServiceGrants.builder().grant("feed", withNull), ErrorCode.VALUE_REQUIRED, "operations[]");
        refused(() -> ServiceGrants.builder().grant("feed", Operation.USER_READ, (Operation) null), ErrorCode.VALUE_REQUIRED,
                "operations");
        refused(() -> grants.allows(null, Operation.USER_READ), ErrorCode.VALUE_REQUIRED, "service");
        refused(() -> grants.allows(new ServiceId("feed"), null), ErrorCode.VALUE_REQUIRED, "operation");
    }

    private static void refused(Runnable call, ErrorCode code, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SportelloException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.details()).containsEntry("field", field);
        });
    }
}
