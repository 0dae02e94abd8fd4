package dev.sportello.core.internal.fragile;

import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Principal;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.fragile.Letter;
import dev.sportello.fragile.LetterPurpose;
import dev.sportello.fragile.LetterStatus;
import dev.sportello.fragile.RequestDocumentByPost;
import dev.sportello.spi.LetterDocument;
import dev.sportello.spi.PostalLetter;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static dev.sportello.core.internal.fragile.FragileFixture.DESK;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Documents of the user's dossiers posted to the residence through the postal channel (R-USR-5). */
class FragileDocumentsByPostTest {
    private final FragileFixture f = new FragileFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private Letter request(Principal principal, UserProfile user, DocumentKind kind, Integer year) {
        return f.h.sdk.fragileUsers().requestDocument(principal, new RequestDocumentByPost(user.id(), kind, year));
    }

    private Letter letter(UserProfile user, Letter queued) {
        return f.h.sdk.fragileUsers().letters(DESK, user.id()).stream().filter(l -> l.id().equals(queued.id()))
                .findFirst().orElseThrow();
    }

    @Test
    @DisplayName("R-USR-5 the user asks for their tax certificate by post: a letter with it is posted and shows as posted")
    void theTaxCertificateIsPosted() {
        UserProfile user = f.elderly();
        f.codeOf(f.enrol(user));
        byte[] certificate = f.document(user, "PEN-2025-1", DocumentKind.TAX_CERTIFICATE, 2026);
        Letter queued = request(CoreFixture.as(user), user, DocumentKind.TAX_CERTIFICATE, null);
        assertThat(queued.status()).isEqualTo(LetterStatus.QUEUED);
        assertThat(queued.purpose()).isEqualTo(LetterPurpose.DOCUMENT);
        assertThat(queued.documentKind()).isEqualTo(DocumentKind.TAX_CERTIFICATE);
        assertThat(queued.documentYear()).isEqualTo(2026);
        assertThat(queued.requestedBy()).isEqualTo(user.id());

        f.h.deliver();
        Letter posted = letter(user, queued);
        assertThat(posted.status()).isEqualTo(LetterStatus.POSTED);
        assertThat(posted.reference()).isEqualTo("RACC-00000002");
        PostalLetter sent = f.postal.letter(queued.id().toString()).orElseThrow();
        assertThat(sent.kind()).isEqualTo("FRAGILE_DOCUMENT");
        assertThat(sent.personalCode()).isNull();
        assertThat(sent.address()).isEqualTo(FragileFixture.RESIDENCE);
        assertThat(sent.documents()).extracting(LetterDocument::contentType).containsExactly("application/pdf",
                "application/pdf");
        assertThat(sent.documents().get(1).content()).isEqualTo(certificate);
        assertThat(sent.documents().get(1).fileName()).isEqualTo("tax_certificate_2026.pdf");
        assertThat(PdfText.text(sent.documents().get(0).content()))
                .contains("le inviamo in allegato il documento: Certificazione Unica 2026", "23 novembre 2026");
        assertThat(f.h.channels.emails()).as("never by e-mail").isEmpty();
    }

    @Test
    @DisplayName("R-USR-5 the latest document of the kind goes, or the one of the year asked for")
    void latestOrOfTheYear() {
        UserProfile user = f.elderly();
        f.enrol(user);
        f.document(user, "PEN-1", DocumentKind.TAX_CERTIFICATE, 2025);
        byte[] latest = f.document(user, "PEN-1", DocumentKind.TAX_CERTIFICATE, 2026);
        byte[] older = f.document(user, "PEN-2", DocumentKind.TAX_CERTIFICATE, 2024);
        Letter any = request(DESK, user, DocumentKind.TAX_CERTIFICATE, null);
        Letter of2024 = request(DESK, user, DocumentKind.TAX_CERTIFICATE, 2024);
        f.h.deliver();
        assertThat(f.postal.letter(any.id().toString()).orElseThrow().documents().get(1).content()).isEqualTo(latest);
        assertThat(f.postal.letter(of2024.id().toString()).orElseThrow().documents().get(1).content()).isEqualTo(older);
        assertThat(any.requestedBy()).isEqualTo(DESK.actor());
    }

    @Test
    @DisplayName("R-USR-5 bad input: a document kind the user has none of is FRG_NO_DOCUMENT_OF_KIND, and nothing is queued")
    void noDocumentOfTheKind() {
        UserProfile user = f.elderly();
        f.codeOf(f.enrol(user));
        f.document(user, "PEN-1", DocumentKind.TAX_CERTIFICATE, 2026);
        fails(() -> request(CoreFixture.as(user), user, DocumentKind.PENSION_SLIP, null), ErrorCode.FRG_NO_DOCUMENT_OF_KIND);
        fails(() -> request(CoreFixture.as(user), user, DocumentKind.TAX_CERTIFICATE, 2019),
                ErrorCode.FRG_NO_DOCUMENT_OF_KIND);
        assertThat(f.h.sdk.fragileUsers().letters(DESK, user.id())).extracting(Letter::purpose)
                .containsExactly(LetterPurpose.PERSONAL_CODE);
        int before = f.postal.attempts();
        f.h.deliver();
        assertThat(f.postal.attempts()).isEqualTo(before);
    }

    @Test
    @DisplayName("R-USR-5 a user who is not enrolled cannot ask for documents by post")
    void notEnrolled() {
        UserProfile user = f.elderly();
        f.document(user, "PEN-1", DocumentKind.TAX_CERTIFICATE, 2026);
        fails(() -> request(CoreFixture.as(user), user, DocumentKind.TAX_CERTIFICATE, null), ErrorCode.FRG_NOT_ENROLLED);
    }

    @Test
    @DisplayName("R-USR-5 a parent acts for a minor through parental responsibility; a stranger is denied")
    void aParentForAMinor() {
        UserProfile child = f.h.deaf(f.h.citizenBorn(LocalDate.of(2017, 4, 2)));
        UserProfile mother = f.h.citizen();
        f.enrol(child);
        f.document(child, "SUP-1", DocumentKind.OTHER, 2026);
        f.h.sdk.delegations().grant(CoreFixture.PORTAL, new GrantDelegation(DelegationKind.PARENTAL_RESPONSIBILITY,
                child.id(), mother.id(), null, Instant.parse("2099-01-01T00:00:00Z"),
                DelegationKind.PARENTAL_RESPONSIBILITY.operations()));
        Principal asMother = Principal.user(mother.id(), Credential.SPID_L2).actingFor(child.id());
        assertThat(request(asMother, child, DocumentKind.OTHER, null).requestedBy()).isEqualTo(mother.id());
        UserProfile stranger = f.h.citizen();
        fails(() -> request(CoreFixture.as(stranger), child, DocumentKind.OTHER, null), ErrorCode.ACCESS_NOT_OWNER);
    }

    @Test
    @DisplayName("R-USR-5 a failed posting is retried by the dispatcher until the provider takes it, never sent another way")
    void aFailedPostingIsRetried() {
        UserProfile user = f.elderly();
        f.codeOf(f.enrol(user));
        f.document(user, "PEN-1", DocumentKind.TAX_CERTIFICATE, 2026);
        f.postal.failNext(2);
        Letter queued = request(DESK, user, DocumentKind.TAX_CERTIFICATE, null);
        f.h.deliver();
        assertThat(letter(user, queued).status()).isEqualTo(LetterStatus.QUEUED);
        for (int i = 0; i < 2; i++) {
            f.h.clock.advance(Duration.ofHours(2));
            f.h.deliver();
        }
        assertThat(letter(user, queued).status()).isEqualTo(LetterStatus.POSTED);
        assertThat(f.postal.attempts()).as("the code letter, two failures, the posting").isEqualTo(4);
        assertThat(f.postal.letters()).filteredOn(l -> l.idempotencyKey().equals(queued.id().toString())).hasSize(1);
        assertThat(f.h.channels.emails()).isEmpty();
        assertThat(f.h.channels.sms()).isEmpty();
    }

    @Test
    @DisplayName("R-USR-5 a posting the provider refuses for good is recorded as refused, with no fallback to e-mail")
    void aRefusedPostingIsRecorded() {
        UserProfile user = f.elderly();
        f.h.withContacts(user);
        f.postal.refuseWith("address outside the service area");
        f.enrol(user);
        f.h.deliver();
        Letter refused = f.h.sdk.fragileUsers().letters(DESK, user.id()).get(0);
        assertThat(refused.status()).isEqualTo(LetterStatus.REFUSED);
        assertThat(refused.refusal()).isEqualTo("address outside the service area");
        assertThat(f.h.channels.emails()).as("only the contact verifications").hasSize(1);
        assertThat(f.h.channels.sms()).as("only the contact verifications").hasSize(1);
    }

    @Test
    @DisplayName("R-USR-5 without a postal channel, letters are refused as not configured, and recorded so")
    void noPostalChannel() {
        try (CoreFixture bare = new CoreFixture(b -> b.fragileUsers(s -> s.phoneLine("800 123 456")
                .portal(java.net.URI.create("https://servizi.example.it")).mailbox(new dev.sportello.users.EmailAddress(
                        "fragili@example.it")).codeHashIterations(10_000)))) {
            UserProfile user = bare.deaf(bare.citizen());
            bare.sdk.fragileUsers().enrol(DESK, new dev.sportello.fragile.EnrolFragileUser(user.id(),
                    FragileFixture.RESIDENCE));
            bare.deliver();
            assertThat(bare.sdk.fragileUsers().letters(DESK, user.id())).singleElement().satisfies(l -> {
                assertThat(l.status()).isEqualTo(LetterStatus.REFUSED);
                assertThat(l.refusal()).isEqualTo("no postal channel is configured");
            });
        }
    }
}
