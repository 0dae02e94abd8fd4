package dev.sportello.tck;

import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.adapters.memory.RecordingPostalChannel;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DocumentUpload;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.fragile.Callback;
import dev.sportello.fragile.CallbackQuery;
import dev.sportello.fragile.ChannelContact;
import dev.sportello.fragile.CompleteCallback;
import dev.sportello.fragile.ContactChannel;
import dev.sportello.fragile.ContactOutcome;
import dev.sportello.fragile.EnrolFragileUser;
import dev.sportello.fragile.Enrolment;
import dev.sportello.fragile.IdentifyCaller;
import dev.sportello.fragile.LeaveVoicemail;
import dev.sportello.fragile.Letter;
import dev.sportello.fragile.LetterStatus;
import dev.sportello.fragile.RequestDocumentByPost;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.Allowance;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.FragilityFacts;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.PostalAddress;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fragile-users channel over the storage under test (R-USR-5): a 76-year-old with an attendance allowance
 * is enrolled and posted her personal code, calls and is identified, leaves a voicemail at night that is called
 * back at the next opening, and has her tax certificate posted; every step read back from the storage, and a
 * wrong code's attempt kept although the call fails.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class FragileScenarioContract extends ScenarioContract {
    private static final Principal DESK = Principal.operator(TckOffices.ROMA_SIGN_LANGUAGE, Credential.CIE);
    private static final PostalAddress HOME = new PostalAddress("Via Nomentana 250", "00162", "Roma", "RM");
    private final RecordingPostalChannel postal = new RecordingPostalChannel();

    @Override
    protected SdkHarness newHarness() {
        return new SdkHarness(storage, b -> b.postalChannel(postal)
                .serviceGrants(ServiceGrants.builder().grant("portal", EnumSet.allOf(Operation.class))
                        .grant("phone-system", Operation.FRAGILE_PHONE_LINE).build())
                .fragileUsers(f -> f.phoneLine("800 123 456").portal(URI.create("https://servizi.example.it/fragili"))
                        .mailbox(new EmailAddress("canale.fragili@example.it")).codeHashIterations(10_000)));
    }

    private static Instant rome(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Rome")).toInstant();
    }

    private UserProfile elderly() {
        UserProfile user = h.sdk.users().register(SdkHarness.PORTAL, new RegisterCitizen(
                TestData.taxCode(LocalDate.of(1950, 5, 14), true, "H501"), "Giovanna Esposito",
                new MunicipalityCode("H501"), Language.IT));
        h.fragility.put((TaxCode) user.fiscalCode(), new FragilityFacts(Set.of(Allowance.ATTENDANCE), false, false, false,
                false));
        return user;
    }

    @Test
    void anElderlyUserIsEnrolledIdentifiedCalledBackAndPostedHerTaxCertificate() {
        UserProfile user = elderly();
        Enrolment enrolment = h.sdk.fragileUsers().enrol(DESK, new EnrolFragileUser(user.id(), HOME));
        h.deliver();
        String code = postal.personalCode(enrolment.codeLetter().toString()).orElseThrow();
        assertThat(h.sdk.fragileUsers().enrolment(SdkHarness.as(user), user.id())).contains(enrolment);

        TaxCode taxCode = (TaxCode) user.fiscalCode();
        fails(() -> h.sdk.fragileUsers().identify(DESK, new IdentifyCaller(taxCode, "ACDEFHJKMN")), ErrorCode.FRG_CODE_WRONG);
        assertThat(h.sdk.fragileUsers().enrolment(DESK, user.id()).orElseThrow().attemptsLeft())
                .as("the wrong code's attempt is kept").isEqualTo(4);
        assertThat(h.sdk.fragileUsers().identify(DESK, new IdentifyCaller(taxCode, code)).user()).isEqualTo(user.id());

        h.clock.set(rome("2026-11-23T22:15"));
        Callback callback = h.sdk.fragileUsers().leaveVoicemail(Principal.service("phone-system"), new LeaveVoicemail(
                user.id(), rome("2026-11-23T22:10"), new PhoneNumber("+390612345678")));
        assertThat(callback.dueAt()).isEqualTo(rome("2026-11-24T08:30"));
        CallbackQuery query = new CallbackQuery(new OfficeCode("ROMA-TIBURTINO"), PageRequest.first(10));
        assertThat(h.sdk.fragileUsers().callbacks(DESK, query).items()).isEmpty();
        h.clock.set(rome("2026-11-24T09:05"));
        assertThat(h.sdk.fragileUsers().callbacks(DESK, query).items()).containsExactly(callback);
        h.sdk.fragileUsers().completeCallback(DESK, new CompleteCallback(callback.id(), ContactOutcome.DOCUMENT_REQUESTED,
                callback.version()));
        assertThat(h.sdk.fragileUsers().callbacks(DESK, query).items()).isEmpty();

        byte[] certificate = "%PDF-1.7\nCU 2026\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        DossierId dossier = DossierId.of("PEN-2026-42");
        h.sdk.dossiers().report(SdkHarness.PORTAL, new DossierReport(dossier, 1, SdkHarness.START,
                DossierKindCode.PENSION, user.id(), new OfficeCode("ROMA-TIBURTINO"), DossierStatus.IN_PROGRESS, null,
                null, List.of(), List.of(), null));
        h.sdk.dossiers().storeDocument(SdkHarness.PORTAL, new DocumentUpload(dossier, DocumentId.of("CU-2026"),
                DocumentKind.TAX_CERTIFICATE, "Certificazione Unica 2026", "CU_2026.pdf", "application/pdf", 2026,
                LocalDate.of(2026, 3, 16), () -> new ByteArrayInputStream(certificate)));
        fails(() -> h.sdk.fragileUsers().requestDocument(DESK, new RequestDocumentByPost(user.id(),
                DocumentKind.PENSION_SLIP, null)), ErrorCode.FRG_NO_DOCUMENT_OF_KIND);
        Letter queued = h.sdk.fragileUsers().requestDocument(DESK, new RequestDocumentByPost(user.id(),
                DocumentKind.TAX_CERTIFICATE, null));
        h.deliver();

        assertThat(h.sdk.fragileUsers().letters(SdkHarness.as(user), user.id())).extracting(Letter::id, Letter::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(queued.id(), LetterStatus.POSTED),
                        org.assertj.core.groups.Tuple.tuple(enrolment.codeLetter(), LetterStatus.POSTED));
        assertThat(postal.letter(queued.id().toString()).orElseThrow().documents().get(1).content()).isEqualTo(certificate);
        assertThat(h.sdk.fragileUsers().contacts(SdkHarness.as(user), user.id())).extracting(ChannelContact::channel)
                .containsExactly(ContactChannel.CALLBACK, ContactChannel.VOICEMAIL);
    }
}
