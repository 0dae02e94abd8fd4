package dev.sportello.core.internal.fragile;

import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.fragile.CallerIdentified;
import dev.sportello.fragile.Enrolment;
import dev.sportello.fragile.IdentifyCaller;
import dev.sportello.fragile.PersonalCodeStatus;
import dev.sportello.fragile.ReissuePersonalCode;
import dev.sportello.users.FragileGround;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static dev.sportello.core.internal.fragile.FragileFixture.DESK;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** An operator identifies a caller by tax code and personal code: limited attempts, every attempt audited (R-USR-5). */
class FragileIdentificationTest {
    private final FragileFixture f = new FragileFixture();

    @AfterEach
    void close() {
        f.close();
    }

    private CallerIdentified identify(UserProfile user, String code) {
        return f.h.sdk.fragileUsers().identify(DESK, new IdentifyCaller((TaxCode) user.fiscalCode(), code));
    }

    private List<String> actions(UserProfile user) {
        return f.h.audit(user.id()).stream().map(AuditEntry::action).toList();
    }

    @Test
    @DisplayName("R-USR-5 the right personal code identifies the caller, whatever its case, spaces and hyphens")
    void theRightCodeIdentifies() {
        UserProfile user = f.deaf();
        String code = f.codeOf(f.enrol(user));
        CallerIdentified caller = identify(user, " " + PersonalCodes.printed(code).toLowerCase(Locale.ROOT) + " ");
        assertThat(caller.user()).isEqualTo(user.id());
        assertThat(caller.name()).isEqualTo("Maria Rossi");
        assertThat(caller.grounds()).containsExactly(FragileGround.DEAF);
        assertThat(caller.toString()).doesNotContain("Maria");
        assertThat(actions(user)).contains("FRAGILE_CALLER_IDENTIFIED");
    }

    @Test
    @DisplayName("R-USR-5 bad input: guessing beyond the limit locks identification, even for the right code, until a reissue")
    void guessingBeyondTheLimitLocks() {
        UserProfile user = f.elderly();
        Enrolment enrolment = f.enrol(user);
        String code = f.codeOf(enrolment);
        for (int left = 4; left >= 1; left--) {
            SportelloException wrong = fails(() -> identify(user, "ACDEF-HJKMN"), ErrorCode.FRG_CODE_WRONG);
            assertThat(wrong.details()).containsEntry("attemptsLeft", Integer.toString(left));
        }
        fails(() -> identify(user, "not even a code"), ErrorCode.FRG_CODE_LOCKED);
        fails(() -> identify(user, code), ErrorCode.FRG_CODE_LOCKED);
        assertThat(f.stored(user).codeStatus()).isEqualTo(PersonalCodeStatus.LOCKED);
        assertThat(f.stored(user).failedAttempts()).isEqualTo(5);
        assertThat(actions(user)).filteredOn("FRAGILE_IDENTIFY_CODE_WRONG"::equals).hasSize(5);
        assertThat(actions(user)).contains("FRAGILE_CODE_LOCKED", "FRAGILE_IDENTIFY_LOCKED");
        f.h.deliver();
        assertThat(f.h.channels.events()).anySatisfy(e -> assertThat(e.type().name()).isEqualTo("fragile.code-locked"));

        Enrolment reissued = f.h.sdk.fragileUsers().reissueCode(DESK,
                new ReissuePersonalCode(user.id(), f.stored(user).version()));
        assertThat(reissued.attemptsLeft()).isEqualTo(5);
        assertThat(identify(user, f.codeOf(reissued)).user()).isEqualTo(user.id());
    }

    @Test
    @DisplayName("R-USR-5 the number of attempts is configurable, and a right code clears the wrong ones before it")
    void attemptsAreConfigurableAndARightCodeClearsThem() {
        try (FragileFixture two = new FragileFixture(s -> s.codeAttempts(2))) {
            UserProfile user = two.elderly();
            String code = two.codeOf(two.enrol(user));
            TaxCode taxCode = (TaxCode) user.fiscalCode();
            fails(() -> two.h.sdk.fragileUsers().identify(DESK, new IdentifyCaller(taxCode, "AAAAAAAAAA")),
                    ErrorCode.FRG_CODE_WRONG);
            two.h.sdk.fragileUsers().identify(DESK, new IdentifyCaller(taxCode, code));
            assertThat(two.stored(user).failedAttempts()).isZero();
            fails(() -> two.h.sdk.fragileUsers().identify(DESK, new IdentifyCaller(taxCode, "AAAAAAAAAA")),
                    ErrorCode.FRG_CODE_WRONG);
            fails(() -> two.h.sdk.fragileUsers().identify(DESK, new IdentifyCaller(taxCode, "AAAAAAAAAA")),
                    ErrorCode.FRG_CODE_LOCKED);
        }
    }

    @Test
    @DisplayName("R-USR-5 an unknown tax code or a user who is not enrolled is FRG_NOT_ENROLLED, and the attempt is audited")
    void notEnrolled() {
        UserProfile plain = f.h.citizen();
        fails(() -> identify(plain, "ACDEFHJKMN"), ErrorCode.FRG_NOT_ENROLLED);
        fails(() -> f.h.sdk.fragileUsers().identify(DESK, new IdentifyCaller(f.h.data.adultTaxCode(), "ACDEFHJKMN")),
                ErrorCode.FRG_NOT_ENROLLED);
        assertThat(f.h.audit(Operation.FRAGILE_PHONE_LINE)).filteredOn(a -> a.action().equals("FRAGILE_IDENTIFY_NOT_ENROLLED"))
                .hasSize(2).allSatisfy(a -> assertThat(a.actor()).isEqualTo(DESK.actor()));
    }

    @Test
    @DisplayName("R-USR-5 an operator without the channel's skill is denied before the tax code is looked up: no attempt is spent")
    void deniedOperatorsSpendNoAttempt() {
        UserProfile user = f.elderly();
        f.codeOf(f.enrol(user));
        IdentifyCaller command = new IdentifyCaller((TaxCode) user.fiscalCode(), "ACDEFHJKMN");
        fails(() -> f.h.sdk.fragileUsers().identify(CoreFixture.CAGLIARI, command), ErrorCode.FRG_SKILL_REQUIRED);
        fails(() -> f.h.sdk.fragileUsers().identify(FragileFixture.FRONT_OFFICE, command), ErrorCode.FRG_SKILL_REQUIRED);
        assertThat(f.stored(user).failedAttempts()).isZero();
        assertThat(f.h.denials(Operation.FRAGILE_PHONE_LINE)).as("denied before the tax code was looked up").hasSize(2);
    }

    @Test
    @DisplayName("R-USR-5 the audit trail of identification holds ids, never the tax code or the personal code")
    void noPersonalDataInTheTrail() {
        UserProfile user = f.elderly();
        String code = f.codeOf(f.enrol(user));
        fails(() -> identify(user, "ACDEFHJKMN"), ErrorCode.FRG_CODE_WRONG);
        identify(user, code);
        String taxCode = ((TaxCode) user.fiscalCode()).value();
        f.h.deliver();
        assertThat(f.h.audit(user.id()).toString()).doesNotContain(taxCode).doesNotContain(code);
        assertThat(f.h.channels.events().toString()).doesNotContain(taxCode).doesNotContain(code);
        assertThat(new IdentifyCaller((TaxCode) user.fiscalCode(), code).toString()).doesNotContain(code)
                .doesNotContain(taxCode);
    }

    @Test
    @DisplayName("R-USR-5 whether a tax code is enrolled (so, fragile) is told to nobody who may not serve the channel")
    void enrolmentIsNotAnOracle() {
        UserProfile enrolled = f.elderly();
        f.enrol(enrolled);
        UserProfile plain = f.h.citizen();
        UserProfile curious = f.h.citizen();
        for (UserProfile target : List.of(enrolled, plain)) {
            IdentifyCaller command = new IdentifyCaller((TaxCode) target.fiscalCode(), "ACDEFHJKMN");
            fails(() -> f.h.sdk.fragileUsers().identify(CoreFixture.as(curious), command), ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> f.h.sdk.fragileUsers().identify(FragileFixture.FRONT_OFFICE, command), ErrorCode.FRG_SKILL_REQUIRED);
            fails(() -> f.h.sdk.fragileUsers().recordContact(CoreFixture.as(curious), new dev.sportello.fragile.RecordContact(
                    target.id(), dev.sportello.fragile.ContactChannel.PHONE_CALL, dev.sportello.fragile.ContactOutcome.OTHER)),
                    ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> f.h.sdk.fragileUsers().requestDocument(CoreFixture.as(curious),
                    new dev.sportello.fragile.RequestDocumentByPost(target.id(), dev.sportello.dossiers.DocumentKind.OTHER,
                            null)), ErrorCode.ACCESS_NOT_OWNER);
        }
        assertThat(f.stored(enrolled).failedAttempts()).isZero();
    }
}
