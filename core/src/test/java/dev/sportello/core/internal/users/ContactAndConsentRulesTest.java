package dev.sportello.core.internal.users;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.SkipReason;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.users.AddContact;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.Consents;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.ResendVerification;
import dev.sportello.users.UserProfile;
import dev.sportello.users.VerifyContact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.START;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Contact points verified before use, and consents kept with their history (R-USR-3). */
class ContactAndConsentRulesTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private ContactPoint addMobile(CoreFixture f, UserProfile user) {
        return f.sdk.users().addContact(as(user), new AddContact(user.id(), ContactKind.MOBILE, f.data.mobileAsTyped()));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Nested
    @DisplayName("R-USR-3 contact points are verified before use")
    class Verification {
        @Test
        @DisplayName("R-USR-3 a new mobile gets a one-time code by SMS and is verified only with that code")
        void aNewMobileIsVerifiedWithTheCodeSentToIt() {
            UserProfile user = h.citizen();
            ContactPoint mobile = addMobile(h, user);
            assertThat(mobile.verified()).isFalse();
            assertThat(mobile.value()).startsWith("+39347");
            assertThat(h.channels.sms()).as("the code leaves after commit, by the dispatcher").isEmpty();
            h.deliver();
            assertThat(h.channels.sms()).singleElement().satisfies(s -> assertThat(s.to().e164()).isEqualTo(mobile.value()));
            assertThat(h.sdk.users().get(as(user), user.id()).verifiedContact(ContactKind.MOBILE)).isEmpty();
            ContactPoint verified = h.sdk.users().verifyContact(as(user), new VerifyContact(user.id(), mobile.id(),
                    h.lastCode(mobile)));
            assertThat(verified.verified()).isTrue();
            assertThat(verified.verifiedAt()).isEqualTo(START);
            assertThat(h.sdk.users().get(as(user), user.id()).verifiedContact(ContactKind.MOBILE)).contains(verified);
            fails(() -> h.sdk.users().verifyContact(as(user), new VerifyContact(user.id(), mobile.id(), h.lastCode(mobile))),
                    ErrorCode.USR_CONTACT_ALREADY_VERIFIED);
        }

        @Test
        @DisplayName("R-USR-3 a wrong code uses up an attempt although the call fails; then a new code is needed")
        void wrongCodesUseUpAttempts() {
            UserProfile user = h.citizen();
            ContactPoint email = h.sdk.users().addContact(as(user), new AddContact(user.id(), ContactKind.EMAIL,
                    h.data.email()));
            h.deliver();
            String right = h.lastCode(email);
            for (int left = 4; left >= 0; left--) {
                SportelloException e = fails(() -> h.sdk.users().verifyContact(as(user), new VerifyContact(user.id(),
                        email.id(), wrong(right))), ErrorCode.USR_VERIFICATION_CODE_WRONG);
                assertThat(e.details()).containsEntry("attemptsLeft", Integer.toString(left));
            }
            fails(() -> h.sdk.users().verifyContact(as(user), new VerifyContact(user.id(), email.id(), right)),
                    ErrorCode.USR_VERIFICATION_ATTEMPTS_EXHAUSTED);
            h.sdk.users().resendVerification(as(user), new ResendVerification(user.id(), email.id()));
            h.deliver();
            assertThat(h.lastCode(email)).isNotEqualTo(right);
            assertThat(h.sdk.users().verifyContact(as(user), new VerifyContact(user.id(), email.id(),
                    h.lastCode(email))).verified()).isTrue();
        }

        @Test
        @DisplayName("R-USR-3 a code expires after its configurable validity")
        void aCodeExpires() {
            try (CoreFixture f = new CoreFixture(b -> b.users(u -> u.codeValidity(Duration.ofMinutes(2))))) {
                UserProfile user = f.citizen();
                ContactPoint early = addMobile(f, user);
                ContactPoint late = addMobile(f, user);
                f.deliver();
                f.clock.advance(Duration.ofSeconds(119));
                assertThat(f.sdk.users().verifyContact(as(user), new VerifyContact(user.id(), early.id(),
                        f.lastCode(early))).verified()).isTrue();
                f.clock.advance(Duration.ofSeconds(1));
                fails(() -> f.sdk.users().verifyContact(as(user), new VerifyContact(user.id(), late.id(), f.lastCode(late))),
                        ErrorCode.USR_VERIFICATION_CODE_EXPIRED);
            }
        }

        @Test
        @DisplayName("R-USR-3 an unverified contact is never written to; once verified it is used")
        void anUnverifiedContactIsNotUsed() {
            UserProfile user = h.citizen();
            ContactPoint mobile = addMobile(h, user);
            h.deliver();
            int codes = h.channels.sms().size();
            h.sdk.requests().submit(as(user), new SubmitRequest(h.key(), TopicCode.GENERIC, null, null,
                    Map.of("subject", "Prima"), "Testo", List.of()));
            assertThat(h.messages(user)).filteredOn(m -> m.channel() == Channel.SMS && m.purpose() != Purpose.VERIFICATION)
                    .isNotEmpty().allSatisfy(m -> assertThat(m.skipReason()).isEqualTo(SkipReason.NO_VERIFIED_CONTACT));
            fails(() -> h.sdk.notifications().schedule(PORTAL, new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED,
                    Set.of(Channel.SMS), Map.of("protocol", "P-1", "subject", "S"), Purpose.TRANSACTIONAL, null,
                    Urgency.NORMAL)), ErrorCode.NOT_CONTACT_UNVERIFIED);
            h.deliver();
            assertThat(h.channels.sms()).hasSize(codes);
            h.sdk.users().verifyContact(as(user), new VerifyContact(user.id(), mobile.id(), h.lastCode(mobile)));
            h.sdk.requests().submit(as(user), new SubmitRequest(h.key(), TopicCode.GENERIC, null, null,
                    Map.of("subject", "Seconda"), "Testo", List.of()));
            h.deliver();
            assertThat(h.channels.sms()).hasSizeGreaterThan(codes)
                    .allSatisfy(s -> assertThat(s.to().e164()).isEqualTo(mobile.value()));
        }

        @Test
        @DisplayName("R-USR-3 bad numbers and addresses are refused; a contact is added once; only by its user")
        void badContactsAreRefused() {
            UserProfile user = h.citizen();
            UserProfile other = h.citizen();
            fails(() -> h.sdk.users().addContact(as(user), new AddContact(user.id(), ContactKind.MOBILE, "06 1234 5678")),
                    ErrorCode.USR_PHONE_NOT_MOBILE);
            fails(() -> h.sdk.users().addContact(as(user), new AddContact(user.id(), ContactKind.MOBILE, "call me")),
                    ErrorCode.USR_PHONE_UNPARSEABLE);
            fails(() -> h.sdk.users().addContact(as(user), new AddContact(user.id(), ContactKind.EMAIL, "mario@")),
                    ErrorCode.USR_EMAIL_INVALID);
            String number = h.data.mobileAsTyped();
            h.sdk.users().addContact(as(user), new AddContact(user.id(), ContactKind.MOBILE, number));
            fails(() -> h.sdk.users().addContact(as(user), new AddContact(user.id(), ContactKind.MOBILE, "+39" + number)),
                    ErrorCode.USR_CONTACT_DUPLICATE);
            fails(() -> h.sdk.users().addContact(as(other), new AddContact(user.id(), ContactKind.EMAIL, h.data.email())),
                    ErrorCode.ACCESS_NOT_OWNER);
            assertThat(h.sdk.users().get(PORTAL, user.id()).contacts()).hasSize(1);
        }
    }

    @Nested
    @DisplayName("R-USR-3 consents are kept with their history: who, when, what")
    class ConsentHistory {
        @Test
        @DisplayName("R-USR-3 every consent is kept with who gave it and when; the latest choice wins")
        void consentsKeepTheirHistory() {
            UserProfile user = h.citizen();
            h.sdk.users().recordConsent(as(user), new RecordConsent(user.id(), Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN));
            h.clock.advance(Duration.ofDays(1));
            h.sdk.users().recordConsent(as(user), new RecordConsent(user.id(), Channel.EMAIL, ConsentChoice.PROACTIVE_OPT_IN));
            h.clock.advance(Duration.ofDays(1));
            Consents consents = h.sdk.users().recordConsent(PORTAL, new RecordConsent(user.id(), Channel.SMS,
                    ConsentChoice.PROACTIVE_WITHDRAWAL));
            assertThat(consents.history()).extracting(ConsentEvent::choice).containsExactly(ConsentChoice.PROACTIVE_OPT_IN,
                    ConsentChoice.PROACTIVE_OPT_IN, ConsentChoice.PROACTIVE_WITHDRAWAL);
            assertThat(consents.history()).extracting(ConsentEvent::channel).containsExactly(Channel.SMS, Channel.EMAIL,
                    Channel.SMS);
            assertThat(consents.history()).extracting(ConsentEvent::at).containsExactly(START,
                    START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(2)));
            assertThat(consents.history()).extracting(ConsentEvent::actor).containsExactly(user.id(), user.id(),
                    PORTAL.actor());
            assertThat(consents.proactiveAllowed(Channel.SMS)).isFalse();
            assertThat(consents.proactiveAllowed(Channel.EMAIL)).isTrue();
            assertThat(h.sdk.users().consents(as(user), user.id())).isEqualTo(consents);
        }

        @Test
        @DisplayName("R-USR-3 the inbox takes no consent, and only the user (or a service) records one")
        void theInboxTakesNoConsent() {
            UserProfile user = h.citizen();
            UserProfile other = h.citizen();
            SportelloException e = fails(() -> h.sdk.users().recordConsent(as(user), new RecordConsent(user.id(),
                    Channel.INBOX, ConsentChoice.CHANNEL_OPT_OUT)), ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).extracting(v -> v.field()).containsExactly("channel");
            fails(() -> h.sdk.users().recordConsent(as(other), new RecordConsent(user.id(), Channel.SMS,
                    ConsentChoice.PROACTIVE_OPT_IN)), ErrorCode.ACCESS_NOT_OWNER);
            assertThat(h.sdk.users().consents(PORTAL, user.id()).history()).isEmpty();
        }

        @Test
        @DisplayName("R-USR-3 a verification code reaches a channel even after an opt-out of that channel")
        void aVerificationCodeIgnoresTheOptOut() {
            UserProfile user = h.citizen();
            h.sdk.users().recordConsent(as(user), new RecordConsent(user.id(), Channel.SMS, ConsentChoice.CHANNEL_OPT_OUT));
            ContactPoint mobile = addMobile(h, user);
            List<MessageView> codes = h.messages(user).stream().filter(m -> m.purpose() == Purpose.VERIFICATION).toList();
            assertThat(codes).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.QUEUED));
            h.deliver();
            assertThat(h.sdk.users().verifyContact(as(user), new VerifyContact(user.id(), mobile.id(),
                    h.lastCode(mobile))).verified()).isTrue();
        }
    }
}
