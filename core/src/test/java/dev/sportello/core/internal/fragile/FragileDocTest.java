package dev.sportello.core.internal.fragile;

import dev.sportello.Credential;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.UserId;
import dev.sportello.adapters.memory.RecordingPostalChannel;
import dev.sportello.core.SportelloSdk;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.DocSnippets;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.fragile.Callback;
import dev.sportello.fragile.CallbackQuery;
import dev.sportello.fragile.CallerIdentified;
import dev.sportello.fragile.CompleteCallback;
import dev.sportello.fragile.ContactChannel;
import dev.sportello.fragile.ContactOutcome;
import dev.sportello.fragile.EnrolFragileUser;
import dev.sportello.fragile.Enrolment;
import dev.sportello.fragile.IdentifyCaller;
import dev.sportello.fragile.LeaveVoicemail;
import dev.sportello.fragile.Letter;
import dev.sportello.fragile.LetterStatus;
import dev.sportello.fragile.RecordContact;
import dev.sportello.fragile.RequestDocumentByPost;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.PostalAddress;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snippets of docs/fragile-users.md are the code between {@code // snippet: name} and {@code // end snippet}
 * below, which this test runs; the test fails if a snippet of the page drifts from the code.
 */
class FragileDocTest {
    private final FragileFixture f = new FragileFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSettings() {
        RecordingPostalChannel printAndPost = new RecordingPostalChannel();
        // snippet: settings
        SportelloSdk.Builder builder = SportelloSdk.builder()
                .postalChannel(printAndPost)                          // your print-and-post provider's adapter
                .fragileUsers(f -> f
                        .phoneLine("800 123 456")                     // printed on every letter
                        .portal(URI.create("https://servizi.example.it/fragili"))
                        .mailbox(new EmailAddress("canale.fragili@example.it"))
                        .codeLength(10)                               // 8 to 16, from ACDEFHJKMNPRTUVWXY34679
                        .codeAttempts(5))                             // wrong codes before identification locks
                .serviceGrants(ServiceGrants.builder()
                        .grant("phone-system", Operation.FRAGILE_PHONE_LINE)   // voicemails from the switchboard
                        .build());
        // end snippet
        assertThat(builder).isNotNull();
    }

    @Test
    void enrolIdentifyCallBackAndPost() {
        SportelloSdk sdk = f.h.sdk;
        RecordingPostalChannel printAndPost = f.postal;
        UserProfile profile = f.elderly();
        UserId maria = profile.id();
        TaxCode taxCode = (TaxCode) profile.fiscalCode();
        f.document(profile, "PEN-2026-42", DocumentKind.TAX_CERTIFICATE, 2026);
        // snippet: enrol
        Principal desk = Principal.operator(TestOffices.ROMA_FRAGILE_DESK, Credential.CIE);   // skill FRAGILE_CHANNEL
        Enrolment enrolment = sdk.fragileUsers().enrol(desk, new EnrolFragileUser(maria,
                new PostalAddress("Via Nomentana 250", "00162", "Roma", "RM")));
        enrolment.grounds();                       // [ALLOWANCE_MINOR_OR_ELDERLY]: 76, attendance allowance
        sdk.dispatcher().drain(10);                // after commit: the letter goes to the postal channel
        // end snippet
        String code = printAndPost.personalCode(enrolment.codeLetter().toString()).orElseThrow();
        // snippet: identify
        CallerIdentified caller = sdk.fragileUsers().identify(desk, new IdentifyCaller(taxCode, code));
        sdk.fragileUsers().recordContact(desk, new RecordContact(caller.user(), ContactChannel.PHONE_CALL,
                ContactOutcome.INFORMATION_GIVEN));
        // end snippet
        f.h.clock.set(CoreFixture.rome("2026-11-23T22:30"));
        Instant tonight = CoreFixture.rome("2026-11-23T22:25");
        // snippet: voicemail
        Principal switchboard = Principal.service("phone-system");
        Callback callback = sdk.fragileUsers().leaveVoicemail(switchboard, new LeaveVoicemail(maria, tonight,
                new PhoneNumber("+390612345678")));
        callback.dueAt();                          // Tuesday 08:30 in Rome: the office's next opening
        // end snippet
        f.h.clock.set(CoreFixture.rome("2026-11-24T08:35"));
        // snippet: queue
        Page<Callback> queue = sdk.fragileUsers().callbacks(desk, new CallbackQuery(new OfficeCode("ROMA-TIBURTINO"),
                PageRequest.first(20)));           // due now, and only those the operator has the skills for
        for (Callback due : queue.items()) {
            sdk.fragileUsers().completeCallback(desk, new CompleteCallback(due.id(), ContactOutcome.DOCUMENT_REQUESTED,
                    due.version()));
        }
        // end snippet
        // snippet: document
        Principal asMaria = Principal.user(maria, Credential.SPID_L2);
        Letter letter = sdk.fragileUsers().requestDocument(asMaria, new RequestDocumentByPost(maria,
                DocumentKind.TAX_CERTIFICATE, null));          // the latest; or a year, e.g. 2026
        sdk.dispatcher().drain(10);
        List<Letter> letters = sdk.fragileUsers().letters(asMaria, maria);   // POSTED, with the reference
        // end snippet
        assertThat(callback.dueAt()).isEqualTo(CoreFixture.rome("2026-11-24T08:30"));
        assertThat(queue.items()).containsExactly(callback);
        assertThat(letters).filteredOn(l -> l.id().equals(letter.id())).singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(LetterStatus.POSTED));
        assertThat(caller.user()).isEqualTo(maria);
    }

    @Test
    void thePageShowsTheCodeThatRuns() {
        assertThat(DocSnippets.assertNamedSnippets("fragile-users.md", FragileDocTest.class)).isEqualTo(6);
    }
}
