package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.Credential;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.Violation;
import dev.sportello.users.AddContact;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.Consents;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.ResendVerification;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserEvents;
import dev.sportello.users.UserKind;
import dev.sportello.users.UserProfile;
import dev.sportello.users.VerifyContact;
import dev.sportello.users.spi.ContactRecord;
import dev.sportello.users.spi.UserStore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users, identity and consents over the storage under test (R-USR-1…4).
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class UsersScenarioContract extends ScenarioContract {

    @Test
    void registersACitizenAndPublishesTheEventAfterCommit() {
        TaxCode code = TestData.taxCode(LocalDate.of(1960, 3, 15), true, "H501");
        UserProfile user = h.sdk.users().register(SdkHarness.PORTAL,
                new RegisterCitizen(code, " Maria Rossi ", new MunicipalityCode("H501"), Language.IT));
        assertThat(user.kind()).isEqualTo(UserKind.CITIZEN);
        assertThat(user.name()).isEqualTo("Maria Rossi");
        assertThat(user.version()).isZero();
        assertThat(((TaxCode) user.fiscalCode()).ageOn(LocalDate.of(2026, 11, 23))).isEqualTo(66);
        assertThat(h.channels.events()).isEmpty();
        h.deliver();
        assertThat(h.channels.events()).extracting(DomainEvent::type).contains(UserEvents.REGISTERED);
        DomainEvent event = h.channels.events().get(0);
        assertThat(event.subjectId()).isEqualTo(user.id().toString());
        assertThat(event.actor()).isEqualTo(SdkHarness.PORTAL.actor());
        assertThat(event.attributes()).doesNotContainValue(code.value());
        assertThat(h.sdk.audit().forSubject(SdkHarness.PORTAL, user.id(), PageRequest.first(10)).items())
                .extracting(AuditEntry::action).contains("USER_REGISTERED");
    }

    @Test
    void aFiscalCodeRegistersOnce() {
        UserProfile user = h.citizen();
        fails(() -> h.sdk.users().register(SdkHarness.PORTAL, new RegisterCitizen((TaxCode) user.fiscalCode(), "Again",
                new MunicipalityCode("H501"), Language.IT)), ErrorCode.USR_ALREADY_REGISTERED);
    }

    @Test
    void anOmocodiaVariantOfARegisteredCodeIsTheSamePerson() {
        UserProfile user = h.citizen();
        TaxCode variant = TestData.omocode((TaxCode) user.fiscalCode());
        fails(() -> h.sdk.users().register(SdkHarness.PORTAL, new RegisterCitizen(variant, "Maria Rossi",
                new MunicipalityCode("H501"), Language.IT)), ErrorCode.USR_ALREADY_REGISTERED);
        assertThat(h.sdk.users().findByFiscalCode(SdkHarness.PORTAL, variant)).map(UserProfile::id).contains(user.id());
    }

    @Test
    void aCodeAndItsVariantRegisteredAtOnceMakeOneUser() throws Exception {
        for (int round = 0; round < 5; round++) {
            TaxCode code = TestData.adultTaxCode();
            TaxCode[] forms = {code, TestData.omocode(code)};
            java.util.concurrent.atomic.AtomicInteger registered = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
            Races.run(8, i -> {
                try {
                    h.sdk.users().register(SdkHarness.PORTAL, new RegisterCitizen(forms[i % 2], "Maria Rossi",
                            new MunicipalityCode("H501"), Language.IT));
                    registered.incrementAndGet();
                } catch (SportelloException e) {
                    assertThat(e.code()).isEqualTo(ErrorCode.USR_ALREADY_REGISTERED);
                    refused.incrementAndGet();
                }
            });
            assertThat(registered.get()).as("round %d", round).isEqualTo(1);
            assertThat(refused.get()).isEqualTo(7);
            assertThat(h.sdk.users().findByFiscalCode(SdkHarness.PORTAL, forms[1])).isPresent();
        }
    }

    @Test
    void anUnknownMunicipalityIsRefused() {
        fails(() -> h.sdk.users().register(SdkHarness.PORTAL, new RegisterCitizen(TestData.adultTaxCode(), "Mario",
                new MunicipalityCode("F205"), Language.IT)), ErrorCode.OFF_MUNICIPALITY_UNKNOWN);
    }

    @Test
    void blankAndMissingFieldsAreNamedWithoutExpressionLanguage() {
        SportelloException e = fails(() -> h.sdk.users().register(SdkHarness.PORTAL,
                new RegisterCitizen(TestData.adultTaxCode(), "  ", null, null)), ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations()).extracting(Violation::field).containsExactly("language", "name", "residence");
        assertThat(e.violations()).extracting(Violation::rule).containsExactly("NotNull", "NotBlank", "NotNull");
        assertThat(e.getMessage()).contains("RegisterCitizen").contains("name required, must not be blank")
                .contains("language required").doesNotContain("${");
        assertThat(e.message(Locale.ITALIAN)).startsWith("VALIDATION_FAILED: il comando RegisterCitizen non è valido");
    }

    @Test
    void aTooLongRequiredFieldSaysRequiredAndItsLimit() {
        SportelloException e = fails(() -> h.sdk.users().register(SdkHarness.PORTAL,
                new RegisterCitizen(TestData.adultTaxCode(), "x".repeat(201), new MunicipalityCode("H501"), Language.IT)),
                ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("name");
            assertThat(v.rule()).isEqualTo("Size");
            assertThat(v.message()).isEqualTo("required, at most 200 characters");
        });
    }

    @Test
    void aCredentialBelowThePolicyIsDeniedAndAudited() {
        UserProfile user = h.citizen();
        Principal weak = Principal.user(user.id(), Credential.SPID_L1);
        fails(() -> h.sdk.users().update(weak, new UpdateProfile(user.id(), 0, "New", null, null)),
                ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
        fails(() -> h.sdk.users().update(Principal.user(user.id(), Credential.INSTITUTIONAL_PIN),
                new UpdateProfile(user.id(), 0, "New", null, null)), ErrorCode.ACCESS_CREDENTIAL_NOT_ACCEPTED);
        assertThat(h.sdk.users().get(weak, user.id()).name()).as("reading needs only LOW").isEqualTo("Maria Rossi");
        assertThat(h.sdk.audit().forSubject(SdkHarness.PORTAL, Operation.USER_UPDATE, PageRequest.first(50)).items())
                .anySatisfy(a -> {
                    assertThat(a.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
                    assertThat(a.actor()).isEqualTo(user.id());
                    assertThat(a.errorCode()).isEqualTo(ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
                });
    }

    @Test
    void usersReachOnlyTheirOwnDataAndOperatorsOnlyTheirOffice() {
        UserProfile maria = h.citizen();
        UserProfile other = h.citizen();
        fails(() -> h.sdk.users().get(SdkHarness.as(other), maria.id()), ErrorCode.ACCESS_NOT_OWNER);
        assertThat(h.sdk.audit().forSubject(SdkHarness.PORTAL, maria.id(), PageRequest.first(50)).items())
                .anySatisfy(a -> assertThat(a.outcome()).isEqualTo(AuditEntry.Outcome.DENIED));
        assertThat(h.sdk.users().get(Principal.operator(TckOffices.ROMA_BACK_OFFICE, Credential.CIE), maria.id()).id())
                .isEqualTo(maria.id());
        fails(() -> h.sdk.users().get(Principal.operator(TckOffices.CAGLIARI_BACK_OFFICE, Credential.CIE), maria.id()),
                ErrorCode.ACCESS_WRONG_OFFICE);
        fails(() -> h.sdk.users().findByFiscalCode(SdkHarness.as(maria), maria.fiscalCode()), ErrorCode.ACCESS_ROLE_REQUIRED);
        assertThat(h.sdk.users().findByFiscalCode(SdkHarness.PORTAL, maria.fiscalCode())).isPresent();
    }

    @Test
    void aStaleVersionIsAConflict() {
        UserProfile user = h.citizen();
        UserProfile changed = h.sdk.users().update(SdkHarness.as(user),
                new UpdateProfile(user.id(), 0, null, new MunicipalityCode("A952"), Language.DE));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.language()).isEqualTo(Language.DE);
        assertThat(changed.name()).isEqualTo("Maria Rossi");
        fails(() -> h.sdk.users().update(SdkHarness.as(user), new UpdateProfile(user.id(), 0, "X", null, null)),
                ErrorCode.CONCURRENT_MODIFICATION);
        fails(() -> h.sdk.users().update(SdkHarness.as(user), new UpdateProfile(user.id(), 1, null,
                new MunicipalityCode("F205"), null)), ErrorCode.OFF_MUNICIPALITY_UNKNOWN);
    }

    @Test
    void aMobileIsUnverifiedUntilItsCodeIsEnteredAndTheCodeIsStoredHashed() {
        UserProfile user = h.citizen();
        ContactPoint mobile = h.sdk.users().addContact(SdkHarness.as(user),
                new AddContact(user.id(), ContactKind.MOBILE, "+39 347 765 4321"));
        assertThat(mobile.value()).isEqualTo("+393477654321");
        assertThat(mobile.verified()).isFalse();
        h.deliver();
        String code = h.lastCode(mobile);
        assertThat(code).hasSize(6);
        ContactRecord stored = tx(s -> s.get(UserStore.class).find(user.id())).orElseThrow().contacts().get(0);
        assertThat(stored.verification().codeHash()).startsWith("sha256$").doesNotContain(code);
        ContactPoint verified = h.sdk.users().verifyContact(SdkHarness.as(user), new VerifyContact(user.id(), mobile.id(), code));
        assertThat(verified.verified()).isTrue();
        assertThat(h.sdk.users().get(SdkHarness.as(user), user.id()).verifiedContact(ContactKind.MOBILE)).isPresent();
        fails(() -> h.sdk.users().verifyContact(SdkHarness.as(user), new VerifyContact(user.id(), mobile.id(), code)),
                ErrorCode.USR_CONTACT_ALREADY_VERIFIED);
    }

    @Test
    void badPhoneNumbersAndAddressesAreRefused() {
        UserProfile user = h.citizen();
        fails(() -> h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(), ContactKind.MOBILE, "06 1234 5678")),
                ErrorCode.USR_PHONE_NOT_MOBILE);
        fails(() -> h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(), ContactKind.MOBILE, "call me")),
                ErrorCode.USR_PHONE_UNPARSEABLE);
        fails(() -> h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(), ContactKind.MOBILE, "+39 347")),
                ErrorCode.USR_PHONE_INVALID);
        // libphonenumber would read these as other valid mobiles: letters are refused before parsing
        for (String lettered : new String[]{"347 123 456A", "347 CALL NOW 1", "+39 347 1234567 ext 12"}) {
            fails(() -> h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(), ContactKind.MOBILE,
                    lettered)), ErrorCode.USR_PHONE_UNPARSEABLE);
        }
        fails(() -> h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(), ContactKind.EMAIL, "mario@")),
                ErrorCode.USR_EMAIL_INVALID);
        String mobile = TestData.mobileAsTyped();
        h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(), ContactKind.MOBILE, mobile));
        fails(() -> h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(), ContactKind.MOBILE, "+39" + mobile)),
                ErrorCode.USR_CONTACT_DUPLICATE);
    }

    @Test
    void wrongCodesUseUpAttemptsUntilNoneIsLeft() {
        UserProfile user = h.citizen();
        ContactPoint email = h.sdk.users().addContact(SdkHarness.as(user),
                new AddContact(user.id(), ContactKind.EMAIL, TestData.email()));
        h.deliver();
        String right = h.lastCode(email);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 0; left--) {
            SportelloException e = fails(() -> h.sdk.users().verifyContact(SdkHarness.as(user),
                    new VerifyContact(user.id(), email.id(), wrong)), ErrorCode.USR_VERIFICATION_CODE_WRONG);
            assertThat(e.details()).containsEntry("attemptsLeft", Integer.toString(left));
        }
        fails(() -> h.sdk.users().verifyContact(SdkHarness.as(user), new VerifyContact(user.id(), email.id(), right)),
                ErrorCode.USR_VERIFICATION_ATTEMPTS_EXHAUSTED);
        h.sdk.users().resendVerification(SdkHarness.as(user), new ResendVerification(user.id(), email.id()));
        h.deliver();
        assertThat(h.sdk.users().verifyContact(SdkHarness.as(user),
                new VerifyContact(user.id(), email.id(), h.lastCode(email))).verified()).isTrue();
    }

    @Test
    void anExpiredCodeIsRefused() {
        UserProfile user = h.citizen();
        ContactPoint mobile = h.sdk.users().addContact(SdkHarness.as(user),
                new AddContact(user.id(), ContactKind.MOBILE, TestData.mobileAsTyped()));
        h.deliver();
        h.clock.advance(Duration.ofMinutes(10));
        fails(() -> h.sdk.users().verifyContact(SdkHarness.as(user), new VerifyContact(user.id(), mobile.id(), h.lastCode(mobile))),
                ErrorCode.USR_VERIFICATION_CODE_EXPIRED);
    }

    @Test
    void consentsKeepTheirHistory() {
        UserProfile user = h.citizen();
        h.sdk.users().recordConsent(SdkHarness.as(user), new RecordConsent(user.id(), Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN));
        h.clock.advance(Duration.ofDays(1));
        h.sdk.users().recordConsent(SdkHarness.as(user), new RecordConsent(user.id(), Channel.EMAIL, ConsentChoice.PROACTIVE_OPT_IN));
        h.sdk.users().recordConsent(SdkHarness.PORTAL, new RecordConsent(user.id(), Channel.EMAIL, ConsentChoice.CHANNEL_OPT_OUT));
        Consents consents = h.sdk.users().consents(SdkHarness.as(user), user.id());
        assertThat(consents.history()).hasSize(3);
        assertThat(consents.history().get(2).actor()).isEqualTo(SdkHarness.PORTAL.actor());
        assertThat(consents.history().get(1).at()).isEqualTo(SdkHarness.START.plus(Duration.ofDays(1)));
        assertThat(consents.proactiveAllowed(Channel.SMS)).isTrue();
        assertThat(consents.proactiveAllowed(Channel.EMAIL)).isFalse();
        fails(() -> h.sdk.users().recordConsent(SdkHarness.as(user), new RecordConsent(user.id(), Channel.INBOX,
                ConsentChoice.CHANNEL_OPT_OUT)), ErrorCode.VALIDATION_FAILED);
    }
}
