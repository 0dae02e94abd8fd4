package dev.sportello.core.internal.fragile;

import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Principal;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.fragile.EnrolFragileUser;
import dev.sportello.fragile.Enrolment;
import dev.sportello.fragile.IdentifyCaller;
import dev.sportello.fragile.Letter;
import dev.sportello.fragile.LetterPurpose;
import dev.sportello.fragile.LetterStatus;
import dev.sportello.fragile.PersonalCodeStatus;
import dev.sportello.fragile.ReissuePersonalCode;
import dev.sportello.fragile.RevokePersonalCode;
import dev.sportello.fragile.spi.EnrolmentRecord;
import dev.sportello.spi.PostalLetter;
import dev.sportello.users.FragileGround;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static dev.sportello.core.internal.fragile.FragileFixture.DESK;
import static dev.sportello.core.internal.fragile.FragileFixture.FRONT_OFFICE;
import static dev.sportello.core.internal.fragile.FragileFixture.RESIDENCE;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Enrolment in the fragile-users channel, the personal code and its letter (R-USR-5). */
class FragileEnrolmentTest {
    private final FragileFixture f = new FragileFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private List<Letter> letters(UserProfile user) {
        return f.h.sdk.fragileUsers().letters(DESK, user.id());
    }

    @Nested
    @DisplayName("R-USR-5 an eligible user is enrolled and receives a letter with a personal code and the channels")
    class Enrol {
        @Test
        @DisplayName("R-USR-5 the enrolment records the grounds and queues the letter, posted only after commit by the dispatcher")
        void theLetterIsQueuedThenPostedAfterCommit() {
            UserProfile user = f.elderly();
            Enrolment enrolment = f.enrol(user);
            assertThat(enrolment.grounds()).containsExactly(FragileGround.ALLOWANCE_MINOR_OR_ELDERLY);
            assertThat(enrolment.codeStatus()).isEqualTo(PersonalCodeStatus.ACTIVE);
            assertThat(enrolment.attemptsLeft()).isEqualTo(5);
            assertThat(enrolment.residence()).isEqualTo(RESIDENCE);
            assertThat(enrolment.enrolledBy()).isEqualTo(DESK.actor());
            assertThat(f.postal.attempts()).as("nothing is posted inside the unit of work").isZero();
            assertThat(letters(user)).singleElement().satisfies(l -> {
                assertThat(l.status()).isEqualTo(LetterStatus.QUEUED);
                assertThat(l.purpose()).isEqualTo(LetterPurpose.PERSONAL_CODE);
            });

            f.h.deliver();
            PostalLetter posted = f.postal.letter(enrolment.codeLetter().toString()).orElseThrow();
            assertThat(posted.recipient()).isEqualTo("Maria Rossi");
            assertThat(posted.address()).isEqualTo(RESIDENCE);
            assertThat(posted.kind()).isEqualTo("FRAGILE_PERSONAL_CODE");
            assertThat(posted.documents()).singleElement().satisfies(d -> assertThat(d.contentType())
                    .isEqualTo("application/pdf"));
            assertThat(letters(user)).singleElement().satisfies(l -> {
                assertThat(l.status()).isEqualTo(LetterStatus.POSTED);
                assertThat(l.reference()).isEqualTo("RACC-00000001");
                assertThat(l.postedAt()).isEqualTo(CoreFixture.START);
            });
            assertThat(f.h.channels.emails()).as("a letter never goes by e-mail").isEmpty();
            assertThat(f.h.channels.sms()).isEmpty();
        }

        @Test
        @DisplayName("R-USR-5 the letter prints the personal code and the three channels: phone with voicemail, portal, e-mail")
        void theLetterListsTheCodeAndTheChannels() {
            Enrolment enrolment = f.enrol(f.elderly());
            String code = f.codeOf(enrolment);
            byte[] pdf = f.postal.letter(enrolment.codeLetter().toString()).orElseThrow().documents().get(0).content();
            assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4").endsWith("%%EOF\n");
            assertThat(PdfText.checkStructure(pdf)).as("objects").isGreaterThanOrEqualTo(7);
            assertThat(PdfText.lines(pdf)).contains("Maria Rossi", "Via Tiburtina 1234, scala B", "00131 ROMA RM");
            assertThat(PdfText.text(pdf)).contains("Il suo codice personale è: " + PersonalCodes.printed(code),
                    "al numero 800 123 456; fuori dall'orario di apertura è attiva una segreteria telefonica",
                    "sul portale https://servizi.example.it/fragili", "all'indirizzo canale.fragili@example.it",
                    "Canale utenza fragile: il suo codice personale", "sede di Roma Tiburtino");
            assertThat(code).hasSize(10).matches("[" + PersonalCodes.ALPHABET + "]+");
        }

        @Test
        @DisplayName("R-USR-5 only the salted hash of the code is stored, with its PBKDF2 cost")
        void onlyAHashIsStored() {
            UserProfile user = f.elderly();
            String code = f.codeOf(f.enrol(user));
            EnrolmentRecord stored = f.stored(user);
            assertThat(stored.codeHash()).startsWith("pbkdf2-sha256$10000$").doesNotContain(code);
            assertThat(PersonalCodes.matches(code, stored.codeHash())).isTrue();
        }

        @Test
        @DisplayName("R-USR-5 (b) a civilly blind user's letter is printed in large type")
        void largePrintForTheBlind() {
            Enrolment blind = f.enrol(f.blind());
            Enrolment other = f.enrol(f.elderly());
            f.h.deliver();
            assertThat(pdf(blind)).contains("/F1 16 Tf").doesNotContain("/F1 11 Tf");
            assertThat(pdf(other)).contains("/F1 11 Tf").doesNotContain("/F1 16 Tf");
        }

        private String pdf(Enrolment enrolment) {
            return new String(f.postal.letter(enrolment.codeLetter().toString()).orElseThrow().documents().get(0).content(),
                    StandardCharsets.ISO_8859_1);
        }

        @Test
        @DisplayName("R-USR-5 the same seed draws the same codes: the randomness is the settings' SecureRandom")
        void codesComeFromTheSettingsRandom() {
            String first = f.codeOf(f.enrol(f.elderly()));
            try (FragileFixture again = new FragileFixture()) {
                assertThat(again.codeOf(again.enrol(again.elderly()))).isEqualTo(first);
            }
            try (FragileFixture other = new FragileFixture(s -> s.codeRandom(FragileFixture.seeded(7L)))) {
                assertThat(other.codeOf(other.enrol(other.elderly()))).isNotEqualTo(first);
            }
        }
    }

    @Nested
    @DisplayName("R-USR-5 bad input: enrolment of a user who is not eligible")
    class Refused {
        @Test
        @DisplayName("R-USR-5 a user who meets no ground is refused with FRG_NOT_ELIGIBLE and nothing is stored")
        void notEligible() {
            UserProfile adult = f.h.citizen();
            fails(() -> f.enrol(adult), ErrorCode.FRG_NOT_ELIGIBLE);
            UserProfile company = f.h.company();
            fails(() -> f.enrol(company), ErrorCode.FRG_NOT_ELIGIBLE);
            assertThat(f.h.sdk.fragileUsers().enrolment(DESK, adult.id())).isEmpty();
            assertThat(letters(adult)).isEmpty();
            f.h.deliver();
            assertThat(f.postal.attempts()).isZero();
        }

        @Test
        @DisplayName("R-USR-5 (a) eligibility ends at the 18th birthday: the day after, enrolment is refused")
        void aMinorWhoCameOfAge() {
            UserProfile minor = f.h.citizenBorn(LocalDate.of(2008, 11, 24));
            f.h.fragility.put((TaxCode) minor.fiscalCode(), new dev.sportello.users.FragilityFacts(
                    java.util.Set.of(dev.sportello.users.Allowance.COMMUNICATION), false, false, false, false));
            f.h.clock.advance(java.time.Duration.ofDays(1));
            fails(() -> f.enrol(minor), ErrorCode.FRG_NOT_ELIGIBLE);
        }

        @Test
        @DisplayName("R-USR-5 a second enrolment is FRG_ALREADY_ENROLLED")
        void once() {
            UserProfile user = f.elderly();
            f.enrol(user);
            fails(() -> f.enrol(user), ErrorCode.FRG_ALREADY_ENROLLED);
            assertThat(letters(user)).hasSize(1);
        }

        @Test
        @DisplayName("R-USR-5 without the channel's contacts configured no letter can be written: CONFIG_INVALID, nothing stored")
        void contactsAreRequired() {
            try (CoreFixture bare = new CoreFixture()) {
                UserProfile user = bare.deaf(bare.citizen());
                fails(() -> bare.sdk.fragileUsers().enrol(DESK, new EnrolFragileUser(user.id(), RESIDENCE)),
                        ErrorCode.CONFIG_INVALID);
                assertThat(bare.sdk.fragileUsers().enrolment(DESK, user.id())).isEmpty();
            }
        }
    }

    @Nested
    @DisplayName("R-USR-5 who enrols: the channel staff of the competent office, or a service granted FRAGILE_ENROL")
    class Access {
        @Test
        @DisplayName("R-USR-5 an operator without the channel's skill, of another office, a service without the grant, the user: denied and audited")
        void othersAreDenied() {
            UserProfile user = f.elderly();
            EnrolFragileUser command = new EnrolFragileUser(user.id(), RESIDENCE);
            fails(() -> f.h.sdk.fragileUsers().enrol(FRONT_OFFICE, command), ErrorCode.FRG_SKILL_REQUIRED);
            fails(() -> f.h.sdk.fragileUsers().enrol(CoreFixture.CAGLIARI, command), ErrorCode.ACCESS_WRONG_OFFICE);
            fails(() -> f.h.sdk.fragileUsers().enrol(FragileFixture.PHONE_SYSTEM, command),
                    ErrorCode.ACCESS_SERVICE_NOT_GRANTED);
            fails(() -> f.h.sdk.fragileUsers().enrol(Principal.user(user.id(), Credential.CIE), command),
                    ErrorCode.ACCESS_ROLE_REQUIRED);
            assertThat(f.h.denials(user.id())).hasSize(3);
            assertThat(f.h.sdk.fragileUsers().enrol(CoreFixture.PORTAL, command).enrolledBy())
                    .isEqualTo(CoreFixture.PORTAL.actor());
        }

        @Test
        @DisplayName("R-USR-5 the user reads their enrolment; another user may not")
        void theUserReadsTheirOwn() {
            UserProfile user = f.elderly();
            f.enrol(user);
            assertThat(f.h.sdk.fragileUsers().enrolment(CoreFixture.as(user), user.id())).isPresent();
            UserProfile stranger = f.h.citizen();
            fails(() -> f.h.sdk.fragileUsers().enrolment(CoreFixture.as(stranger), user.id()), ErrorCode.ACCESS_NOT_OWNER);
        }
    }

    @Nested
    @DisplayName("R-USR-5 the personal code is revocable and reissued; a reissue invalidates the old code")
    class Lifecycle {
        @Test
        @DisplayName("R-USR-5 after a reissue the old code identifies nobody and the new one does")
        void reissueInvalidatesTheOldCode() {
            UserProfile user = f.elderly();
            Enrolment first = f.enrol(user);
            String old = f.codeOf(first);
            Enrolment second = f.h.sdk.fragileUsers().reissueCode(DESK, new ReissuePersonalCode(user.id(), first.version()));
            String fresh = f.codeOf(second);
            assertThat(fresh).isNotEqualTo(old);
            TaxCode taxCode = (TaxCode) user.fiscalCode();
            fails(() -> f.h.sdk.fragileUsers().identify(DESK, new IdentifyCaller(taxCode, old)), ErrorCode.FRG_CODE_WRONG);
            assertThat(f.h.sdk.fragileUsers().identify(DESK, new IdentifyCaller(taxCode, fresh)).user()).isEqualTo(user.id());
            assertThat(letters(user)).extracting(Letter::status).containsExactly(LetterStatus.POSTED, LetterStatus.POSTED);
        }

        @Test
        @DisplayName("R-USR-5 a reissue before the first letter left cancels it: only the new code is posted")
        void aQueuedLetterIsCancelled() {
            UserProfile user = f.elderly();
            Enrolment first = f.enrol(user);
            Enrolment second = f.h.sdk.fragileUsers().reissueCode(DESK, new ReissuePersonalCode(user.id(), first.version()));
            f.h.deliver();
            assertThat(f.postal.letters()).extracting(PostalLetter::idempotencyKey)
                    .containsExactly(second.codeLetter().toString());
            assertThat(letters(user)).extracting(Letter::status).containsExactlyInAnyOrder(LetterStatus.POSTED,
                    LetterStatus.CANCELLED);
        }

        @Test
        @DisplayName("R-USR-5 a revoked code identifies nobody until a new one is issued; revoking twice is FRG_CODE_REVOKED")
        void revoke() {
            UserProfile user = f.elderly();
            Enrolment enrolment = f.enrol(user);
            String code = f.codeOf(enrolment);
            Enrolment revoked = f.h.sdk.fragileUsers().revokeCode(DESK, new RevokePersonalCode(user.id(), enrolment.version()));
            assertThat(revoked.codeStatus()).isEqualTo(PersonalCodeStatus.REVOKED);
            TaxCode taxCode = (TaxCode) user.fiscalCode();
            fails(() -> f.h.sdk.fragileUsers().identify(DESK, new IdentifyCaller(taxCode, code)), ErrorCode.FRG_CODE_REVOKED);
            fails(() -> f.h.sdk.fragileUsers().revokeCode(DESK, new RevokePersonalCode(user.id(), revoked.version())),
                    ErrorCode.FRG_CODE_REVOKED);
            fails(() -> f.h.sdk.fragileUsers().reissueCode(DESK, new ReissuePersonalCode(user.id(), enrolment.version())),
                    ErrorCode.CONCURRENT_MODIFICATION);
            Enrolment reissued = f.h.sdk.fragileUsers().reissueCode(DESK, new ReissuePersonalCode(user.id(),
                    revoked.version()));
            assertThat(reissued.codeStatus()).isEqualTo(PersonalCodeStatus.ACTIVE);
            assertThat(f.h.sdk.fragileUsers().identify(DESK, new IdentifyCaller(taxCode, f.codeOf(reissued))).user())
                    .isEqualTo(user.id());
        }

        @Test
        @DisplayName("R-USR-5 reissuing for a user who is not enrolled is FRG_NOT_ENROLLED")
        void notEnrolled() {
            UserProfile user = f.elderly();
            fails(() -> f.h.sdk.fragileUsers().reissueCode(DESK, new ReissuePersonalCode(user.id(), 0)),
                    ErrorCode.FRG_NOT_ENROLLED);
        }
    }
}
