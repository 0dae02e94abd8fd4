package dev.sportello.core.internal.kernel;

import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.Violation;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestFiles;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.Section;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that is not well-formed Unicode and instants, dates and durations outside the range the SDK
 * computes with are refused at the boundary with a code and the field, for every command, and nothing
 * is stored.
 */
class HostileInputTest {
    private static final String LONE_SURROGATE = "Richiesta \ud83d fine";
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private SubmitRequest request(String text, List<Attachment> files) {
        return new SubmitRequest(h.key(), TopicCode.GENERIC, null, null, Map.of("subject", "Prova"), text, files);
    }

    private int requestsOf(UserProfile user) {
        return h.sdk.requests().search(as(user), RequestSearch.all(PageRequest.first(50))).items().size();
    }

    @Test
    @DisplayName("a lone surrogate in a text field is refused, not replaced")
    void aLoneSurrogateInTextIsRefused() {
        UserProfile maria = h.citizen();
        SportelloException e = fails(() -> h.sdk.requests().submit(as(maria), request(LONE_SURROGATE, List.of())),
                ErrorCode.TEXT_MALFORMED);
        assertThat(e.violations()).extracting(Violation::field).containsExactly("text");
        fails(() -> h.sdk.users().update(as(maria), new UpdateProfile(maria.id(), maria.version(), "Maria \udc00", null,
                null)), ErrorCode.TEXT_MALFORMED);
        assertThat(requestsOf(maria)).isZero();
        assertThat(h.sdk.users().get(as(maria), maria.id()).name()).isEqualTo(maria.name());
        String wellFormed = "Richiesta \ud83d\ude00 fine";
        assertThat(h.sdk.requests().submit(as(maria), request(wellFormed, List.of())).text())
                .as("a pair is a character, kept as sent").isEqualTo(wellFormed);
    }

    @Test
    @DisplayName("a lone surrogate in an attachment's file name is refused with a code")
    void aLoneSurrogateInAFileNameIsRefused() {
        UserProfile maria = h.citizen();
        Attachment pdf = TestFiles.pdf("ricevuta\ud800.pdf", 2_000);
        SportelloException e = fails(() -> h.sdk.requests().submit(as(maria), request("Testo", List.of(pdf))),
                ErrorCode.TEXT_MALFORMED);
        assertThat(e.violations()).extracting(Violation::field).containsExactly("attachments[0].fileName");
        assertThat(requestsOf(maria)).isZero();
    }

    @Test
    @DisplayName("extreme instants are a validation failure naming the field, not a DateTimeException")
    void extremeInstantsAreRefused() {
        UserProfile maria = h.citizenWithContacts();
        for (Instant extreme : List.of(Instant.MAX, Instant.MIN, Instant.parse("+10000-01-01T00:00:00Z"))) {
            SportelloException e = fails(() -> h.sdk.appointments().book(CoreFixture.cie(maria), BookAppointment.of(h.key(),
                    TestOffices.ROMA, TestOffices.PENSION_INFO.code(), ContactMode.IN_PERSON, extreme)),
                    ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).extracting(Violation::field).containsExactly("start");
        }
        UserProfile company = h.company();
        UserProfile consultant = h.intermediary();
        SportelloException e = fails(() -> h.sdk.delegations().request(as(company), new RequestDelegation(
                DelegationKind.MANDATE, company.id(), consultant.id(), null, Instant.MAX, null)), ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations()).extracting(Violation::field).containsExactly("validUntil");
        assertThat(h.sdk.delegations().of(as(company), company.id())).isEmpty();
    }

    @Test
    @DisplayName("a validity that is negative, zero or beyond 100 years is refused")
    void validitiesOutOfRangeAreRefused() {
        UserProfile maria = h.citizen();
        for (Duration validity : List.of(Duration.ofSeconds(-1), Duration.ZERO, Duration.ofSeconds(Long.MAX_VALUE),
                Duration.ofDays(36_526))) {
            SportelloException e = fails(() -> h.sdk.notifications().publishProactive(PORTAL, notice(maria, validity)),
                    ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).extracting(Violation::field).containsExactly("validity");
        }
        assertThat(h.sdk.notifications().publishProactive(PORTAL, notice(maria, Duration.ofDays(30))).expiresAt())
                .isEqualTo(CoreFixture.START.plus(Duration.ofDays(30)));
    }

    private static PublishProactiveNotice notice(UserProfile user, Duration validity) {
        return new PublishProactiveNotice(user.id(), new MessageKind("MEDICAL_REPORT_ISSUED"), "Verbale emesso",
                List.of(new Section("Giudizio", List.of("Invalido civile."), List.of())), List.of(), Set.of(), Set.of(),
                validity);
    }
}
