package dev.sportello.core.internal.delegation;

import dev.sportello.Credential;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.UserId;
import dev.sportello.core.SportelloSdk;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.DocSnippets;
import dev.sportello.delegation.AcceptDelegation;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationRequested;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.delegation.RevokeDelegation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of docs/delegation.md are the code between {@code // snippet: name} and {@code // end snippet}
 * below, which this test runs; the test fails if a snippet of the page drifts from the code.
 */
class DelegationDocTest {
    private final CoreFixture h = new CoreFixture(b -> b.serviceGrants(ServiceGrants.builder()
            .grant("portal", EnumSet.allOf(Operation.class))
            .grant("civil-registry-check", EnumSet.of(Operation.DELEGATION_GRANT))   // the documents checker
            .build()));

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void aMandateIsRequestedAcceptedUsedAndRevoked() {
        SportelloSdk sdk = h.sdk;
        UserId companyId = h.company().id();
        UserId consultantId = h.intermediary().id();
        // snippet: request
        Principal company = Principal.user(companyId, Credential.CNS);
        DelegationRequested requested = sdk.delegations().request(company, new RequestDelegation(
                DelegationKind.MANDATE, companyId, consultantId,
                null,                                              // valid from now
                Instant.parse("2027-12-31T23:00:00Z"),             // until
                Set.of(Operation.REQUEST_SUBMIT, Operation.REQUEST_READ, Operation.APPOINTMENT_BOOK,
                        Operation.APPOINTMENT_READ, Operation.USER_READ)));   // or null: the kind's default scope
        String code = requested.acceptanceCode();   // show it to the company once; it gives it to the consultant

        Principal consultant = Principal.user(consultantId, Credential.SPID_L2);
        Delegation mandate = sdk.delegations().accept(consultant, new AcceptDelegation(requested.delegation().id(), code));
        mandate.status();      // ACTIVE
        mandate.lifecycle();   // PENDING by the company, ACTIVE by the consultant, with the instants

        sdk.users().get(consultant.actingFor(companyId), companyId);          // within the scope
        sdk.delegations().revoke(company, new RevokeDelegation(mandate.id(), mandate.version()));
        // end snippet
        assertThat(mandate.status()).isEqualTo(DelegationStatus.ACTIVE);
        assertThat(sdk.delegations().of(company, companyId)).extracting(Delegation::status)
                .containsExactly(DelegationStatus.REVOKED);
    }

    @Test
    void aServiceGrantsParentalResponsibility() {
        SportelloSdk sdk = h.sdk;
        UserId minorId = h.citizenBorn(java.time.LocalDate.of(2017, 4, 2)).id();
        UserId parentId = h.citizen().id();
        // snippet: grant
        Principal registry = Principal.service("civil-registry-check");      // it checked the documents
        Delegation parental = sdk.delegations().grant(registry, new GrantDelegation(
                DelegationKind.PARENTAL_RESPONSIBILITY, minorId, parentId, null,
                Instant.parse("2099-01-01T00:00:00Z"),                         // cut at the 18th birthday
                DelegationKind.PARENTAL_RESPONSIBILITY.operations()));        // contacts and consents included
        parental.status();       // ACTIVE at once, no code
        parental.validUntil();   // 2035-04-02T00:00 in Rome
        // end snippet
        assertThat(parental.status()).isEqualTo(DelegationStatus.ACTIVE);
        assertThat(parental.validUntil()).isEqualTo(Instant.parse("2035-04-01T22:00:00Z"));
    }

    @Test
    void whomCanIActFor() {
        SportelloSdk sdk = h.sdk;
        var consultantProfile = h.intermediary();
        for (int i = 0; i < 3; i++) {
            h.mandate(h.company(), consultantProfile);
        }
        UserId consultantId = consultantProfile.id();
        List<Delegation> seen = new ArrayList<>();
        // snippet: pages
        Principal consultant = Principal.user(consultantId, Credential.SPID_L2);
        PageRequest request = PageRequest.first(50);
        while (request != null) {
            Page<Delegation> page = sdk.delegations().actingFor(consultant, consultantId, request);
            page.items().forEach(d -> seen.add(d));   // d.delegator(), d.scope(), d.validUntil()
            request = request.after(page);
        }
        // end snippet
        assertThat(seen).hasSize(3);
    }

    @Test
    void theSettings() {
        // snippet: settings
        SportelloSdk.Builder builder = SportelloSdk.builder()
                .delegations(d -> d
                        .codeDigits(8)                              // acceptance codes, 6 to 12 digits
                        .codeAttempts(5)                            // wrong codes before a new request is needed
                        .acceptanceWindow(Duration.ofDays(7))       // a pending delegation then expires
                        .comingOfAgeNotice(Duration.ofDays(30)));   // notice before parental responsibility ends
        // end snippet
        assertThat(builder).isNotNull();
    }

    @Test
    void thePageShowsTheCodeThatRuns() {
        assertThat(DocSnippets.assertNamedSnippets("delegation.md", DelegationDocTest.class)).isEqualTo(4);
    }
}
