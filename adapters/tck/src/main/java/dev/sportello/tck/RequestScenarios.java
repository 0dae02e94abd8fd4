package dev.sportello.tck;

import dev.sportello.Credential;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.users.UserProfile;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the request scenario contracts share: the Roma operators, submission shortcuts and a mandate. */
abstract class RequestScenarios extends ScenarioContract {
    static final Principal OPERATOR = Principal.operator(TckOffices.ROMA_BACK_OFFICE, Credential.CIE);
    static final Principal OPERATOR_2 = Principal.operator(TckOffices.ROMA_BACK_OFFICE_2, Credential.CIE);
    static final Principal SUPERVISOR = Principal.operator(TckOffices.ROMA_SUPERVISOR, Credential.CIE);
    static final Principal CAGLIARI = Principal.operator(TckOffices.CAGLIARI_BACK_OFFICE, Credential.CIE);

    int keys;

    String key() {
        return "key-" + UUID.randomUUID().toString().substring(0, 8) + "-" + (++keys);
    }

    SubmitRequest regularity(UserProfile company, List<Attachment> files) {
        return new SubmitRequest(key(), TopicCode.CONTRIBUTORY_REGULARITY, company == null ? null : company.registrationNumber(),
                null, Map.of("period", "2026-01/2026-03"), "Chiediamo conferma della regolarità contributiva.", files);
    }

    Request generic(Principal principal, String subject) {
        return h.sdk.requests().submit(principal, new SubmitRequest(key(), TopicCode.GENERIC, null, null,
                Map.of("subject", subject), "Testo della richiesta", List.of()));
    }

    /** A company in Rome, its consultant with a mandate, and the consultant's principal acting for it. */
    record Mandated(UserProfile company, UserProfile consultant, Principal forCompany) {
    }

    Mandated mandated() {
        UserProfile company = h.company("H501");
        UserProfile consultant = h.intermediary();
        h.mandate(company, consultant, SdkHarness.START.plus(Duration.ofDays(365)));
        return new Mandated(company, consultant, SdkHarness.as(consultant).actingFor(company.id()));
    }
}
