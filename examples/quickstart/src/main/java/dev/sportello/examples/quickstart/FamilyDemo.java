package dev.sportello.examples.quickstart;

import dev.sportello.AuditEntry;
import dev.sportello.Credential;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.Availability;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.Slot;
import dev.sportello.core.SportelloSdk;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.offices.Office;
import dev.sportello.users.ContactKind;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;

import java.time.Instant;
import java.time.LocalDate;

import static dev.sportello.examples.quickstart.Demo.say;
import static dev.sportello.examples.quickstart.Demo.step;

/**
 * The family part of the quickstart (issue 15 §4, R-DEL-1, R-DEL-5): a mother acts for her 9-year-old son,
 * who is deaf, through parental responsibility, and books him a video call with a sign-language operator.
 */
final class FamilyDemo {
    /** The service that checked the birth certificate: the only one granted DELEGATION_GRANT. */
    static final String REGISTRY = "civil-registry-check";
    /** Luca Verdi, born on 15 March 2017 in Rome, deaf (in the institution's records). */
    static final TaxCode LUCA = TaxCode.parse("VRDLCU17C15H501M", "taxCode");
    /** Carla Verdi, his mother. */
    static final TaxCode CARLA = TaxCode.parse("VRDCRL85M52H501X", "taxCode");

    private FamilyDemo() {
    }

    static void run(SportelloSdk sdk, Demo transports) {
        Principal portal = Principal.service("portal");
        UserProfile carla = sdk.users().register(portal, new RegisterCitizen(CARLA, "Carla Verdi", new MunicipalityCode("H501"),
                Language.IT));
        UserProfile luca = sdk.users().register(portal, new RegisterCitizen(LUCA, "Luca Verdi", new MunicipalityCode("H501"),
                Language.IT));

        step("25. The civil-registry service checked the birth certificate: Carla holds parental responsibility for Luca, 9");
        Delegation parental = sdk.delegations().grant(Principal.service(REGISTRY), new GrantDelegation(
                DelegationKind.PARENTAL_RESPONSIBILITY, luca.id(), carla.id(), null, Instant.parse("2099-01-01T00:00:00Z"),
                DelegationKind.PARENTAL_RESPONSIBILITY.operations()));   // all it may cover, contacts and consents named
        say("%s %s at once (no code: a service checked the documents), until %s — his 18th birthday, whatever was asked",
                parental.kind(), parental.status(), LocalDate.ofInstant(parental.validUntil(), Office.ROME));

        step("26. Signed in with her SPID, acting for Luca, she gives his profile her mobile and books him a video call"
                + " with a sign-language operator");
        Principal forLuca = Principal.user(carla.id(), Credential.SPID_L2).actingFor(luca.id());
        AppointmentsDemo.verify(sdk, transports, forLuca, luca, ContactKind.MOBILE, "347 765 4321");   // contacts: named in the scope
        Availability free = sdk.appointments().availability(forLuca, new AvailabilityQuery(Quickstart.ROMA,
                AppointmentsDemo.PENSION_INFO.code(), ContactMode.VIDEO_CALL, LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 9),
                Interpretation.SIGN_LANGUAGE));
        Slot chosen = free.free().stream().filter(s -> s.local().getHour() == 11).findFirst().orElseThrow();
        Appointment booked = sdk.appointments().book(forLuca, new BookAppointment("luca-lis-2026-12-09", Quickstart.ROMA,
                AppointmentsDemo.PENSION_INFO.code(), ContactMode.VIDEO_CALL, chosen.start(), Interpretation.SIGN_LANGUAGE));
        say("booked %s for Luca at %s, sign-language operator %s", booked.status(), booked.localStart(),
                booked.interpreter().isPresent() ? "assigned" : "-");

        step("27. The audit trail records who acted, for whom and through which delegation (R-DEL-5)");
        for (AuditEntry e : sdk.audit().forSubject(portal, booked.id(), PageRequest.first(5)).items()) {
            say("  %-20s by %s for %s through delegation %s", e.action(), e.actor().asText(),
                    e.onBehalfOf() == null ? "-" : e.onBehalfOf().toString(), e.delegation() == null ? "-" : e.delegation());
        }
        say("whom Carla can act for: %s", sdk.delegations().actingFor(Principal.user(carla.id(), Credential.SPID_L2), carla.id(),
                PageRequest.first(10)).items().stream().map(d -> d.kind() + " " + d.status()).toList());
    }
}
