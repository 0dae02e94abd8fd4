package dev.sportello.core.internal.delegation;

import dev.sportello.AuditEntry;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.delegation.RevokeDelegation;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestEvents;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.sportello.core.internal.testing.CoreFixture.START;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Intermediaries acting under a company's mandate (R-DEL-3), and who acted for whom on record (R-DEL-5). */
class MandateRulesTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private SubmitRequest request(UserProfile company) {
        return new SubmitRequest(h.key(), TopicCode.GENERIC, company.registrationNumber(), null,
                Map.of("subject", "DURC"), "Chiediamo il DURC", List.of());
    }

    @Nested
    @DisplayName("R-DEL-3 intermediaries act for the companies that gave them a mandate")
    class Mandates {
        @Test
        @DisplayName("R-DEL-3 without a mandate an intermediary is denied, and the denial names both parties")
        void withoutAMandateTheIntermediaryIsDenied() {
            UserProfile company = h.company();
            UserProfile consultant = h.intermediary();
            Principal forCompany = as(consultant).actingFor(company.id());
            fails(() -> h.sdk.users().get(forCompany, company.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
            fails(() -> h.sdk.requests().submit(forCompany, request(company)), ErrorCode.ACCESS_DELEGATION_MISSING);
            assertThat(h.denials(company.id())).hasSize(2).allSatisfy(a -> {
                assertThat(a.actor()).isEqualTo(consultant.id());
                assertThat(a.onBehalfOf()).isEqualTo(company.id());
                assertThat(a.errorCode()).isEqualTo(ErrorCode.ACCESS_DELEGATION_MISSING);
            });
        }

        @Test
        @DisplayName("R-DEL-3 under a mandate the intermediary reads the company and submits its requests")
        void underAMandateTheIntermediaryActs() {
            UserProfile company = h.company();
            UserProfile consultant = h.intermediary();
            h.mandate(company, consultant);
            Principal forCompany = as(consultant).actingFor(company.id());
            assertThat(h.sdk.users().get(forCompany, company.id()).name()).isEqualTo(company.name());
            Request request = h.sdk.requests().submit(forCompany, request(company));
            assertThat(request.owner()).isEqualTo(company.id());
            assertThat(request.submittedBy()).isEqualTo(consultant.id());
            assertThat(h.sdk.requests().get(forCompany, request.id()).id()).isEqualTo(request.id());
            assertThat(h.sdk.notifications().inbox(forCompany, company.id(), PageRequest.first(10)).items()).isNotEmpty();
        }

        @Test
        @DisplayName("R-DEL-3 a mandate covers only the company that gave it, and ends when revoked or expired")
        void aMandateCoversOnlyItsCompanyAndEnds() {
            UserProfile company = h.company();
            UserProfile other = h.company();
            UserProfile consultant = h.intermediary();
            Delegation mandate = h.accepted(company, new RequestDelegation(DelegationKind.MANDATE,
                    company.id(), consultant.id(), null, START.plus(Duration.ofDays(10)), null));
            fails(() -> h.sdk.users().get(as(consultant).actingFor(other.id()), other.id()),
                    ErrorCode.ACCESS_DELEGATION_MISSING);
            fails(() -> h.sdk.users().get(as(consultant).actingFor(company.id()), other.id()), ErrorCode.ACCESS_NOT_OWNER);
            Principal forCompany = as(consultant).actingFor(company.id());
            h.clock.advance(Duration.ofDays(10));
            fails(() -> h.sdk.users().get(forCompany, company.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
            h.clock.set(START.plusSeconds(60));
            assertThat(h.sdk.users().get(forCompany, company.id()).id()).isEqualTo(company.id());
            h.sdk.delegations().revoke(as(company), new RevokeDelegation(mandate.id(), mandate.version()));
            fails(() -> h.sdk.users().get(forCompany, company.id()), ErrorCode.ACCESS_DELEGATION_MISSING);
        }

        @Test
        @DisplayName("R-DEL-3 a mandate goes from a company or citizen to an intermediary only")
        void aMandateGoesToAnIntermediary() {
            UserProfile company = h.company();
            UserProfile citizen = h.citizen();
            UserProfile consultant = h.intermediary();
            fails(() -> h.sdk.delegations().request(as(company), new RequestDelegation(DelegationKind.MANDATE, company.id(),
                    citizen.id(), null, START.plus(Duration.ofDays(10)), null)), ErrorCode.DEL_PARTIES_MISMATCH);
            fails(() -> h.sdk.delegations().request(as(consultant), new RequestDelegation(DelegationKind.MANDATE,
                    consultant.id(), h.intermediary().id(), null, START.plus(Duration.ofDays(10)), null)),
                    ErrorCode.DEL_PARTIES_MISMATCH);
            assertThat(h.mandate(citizen, consultant).kind()).isEqualTo(DelegationKind.MANDATE);
        }
    }

    @Nested
    @DisplayName("R-DEL-5 every action records both who acted and on whose behalf")
    class WhoActedForWhom {
        @Test
        @DisplayName("R-DEL-5 the audit entry, the timeline and the event of a request name actor, represented and mandate")
        void everyRecordNamesBothParties() {
            UserProfile company = h.company();
            UserProfile consultant = h.intermediary();
            Delegation mandate = h.mandate(company, consultant);
            h.deliver();
            Request request = h.sdk.requests().submit(as(consultant).actingFor(company.id()), request(company));
            AuditEntry submitted = h.audit(request.id()).stream().filter(a -> a.action().equals("REQUEST_SUBMITTED"))
                    .findFirst().orElseThrow();
            assertThat(submitted.actor()).isEqualTo(consultant.id());
            assertThat(submitted.onBehalfOf()).isEqualTo(company.id());
            assertThat(submitted.delegation()).isEqualTo(mandate.id());
            assertThat(request.timeline()).allSatisfy(e -> {
                assertThat(e.actor()).isEqualTo(consultant.id());
                assertThat(e.onBehalfOf()).isEqualTo(company.id());
            });
            assertThat(request.timeline()).extracting(TimelineEntry::kind).isNotEmpty();
            h.deliver();
            DomainEvent event = h.channels.events().stream().filter(e -> e.type().equals(RequestEvents.SUBMITTED))
                    .findFirst().orElseThrow();
            assertThat(event.actor()).isEqualTo(consultant.id());
            assertThat(event.onBehalfOf()).isEqualTo(company.id());
        }

        @Test
        @DisplayName("R-DEL-5 acting for oneself records no represented user and no delegation")
        void actingForOneselfRecordsNoDelegation() {
            UserProfile company = h.company();
            Request request = h.sdk.requests().submit(as(company).actingFor(company.id()), request(company));
            assertThat(h.audit(request.id())).first().satisfies(a -> {
                assertThat(a.actor()).isEqualTo(company.id());
                assertThat(a.onBehalfOf()).isNull();
                assertThat(a.delegation()).isNull();
            });
        }
    }
}
