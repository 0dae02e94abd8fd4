package dev.sportello.core.internal.notifications;

import dev.sportello.AuditEntry;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.TopicCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.EngagementRow;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.NotificationEvents;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.START;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading the inbox: opening marks read once, the accessible text, and what a publication leaves behind (R-NOT-1, R-NOT-4). */
class InboxReadingRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private InboxNotice publish(UserProfile user) {
        return h.sdk.notifications().publishProactive(PORTAL, TestNotices.medicalReport(user, Set.of(), null));
    }

    private List<InboxNotice> inbox(UserProfile user) {
        return h.sdk.notifications().inbox(as(user), user.id(), PageRequest.first(20)).items();
    }

    @Nested
    @DisplayName("R-NOT-1 opening a notice")
    class Opening {
        @Test
        @DisplayName("R-NOT-1 opening marks a notice read once: the unread count drops and the first reading time stays")
        void openingMarksReadOnce() {
            UserProfile user = h.citizen();
            InboxNotice notice = publish(user);
            assertThat(notice.read()).isFalse();
            assertThat(h.sdk.notifications().unreadCount(as(user), user.id())).isEqualTo(1);
            InboxNotice opened = h.sdk.notifications().open(as(user), notice.id());
            assertThat(opened.readAt()).isEqualTo(START);
            assertThat(h.sdk.notifications().unreadCount(as(user), user.id())).isZero();
            assertThat(inbox(user)).singleElement().satisfies(n -> assertThat(n.readAt()).isEqualTo(START));
            h.clock.advance(Duration.ofHours(2));
            InboxNotice again = h.sdk.notifications().open(as(user), notice.id());
            assertThat(again.id()).isEqualTo(notice.id());
            assertThat(again.readAt()).isEqualTo(START);
        }
    }

    @Nested
    @DisplayName("R-DOS-4 the accessible variant of a notice")
    class Accessible {
        @Test
        @DisplayName("R-DOS-4 a proactive notice reads with its greeting, amounts and only the actions the user is entitled to")
        void aProactiveNoticeReadsInFull() {
            UserProfile user = h.citizen();
            InboxNotice notice = publish(user);
            String text = h.sdk.notifications().accessibleText(as(user), notice.id());
            assertThat(text).startsWith("Il tuo verbale sanitario è stato emesso\n\nGentile Maria Rossi,\n\n")
                    .contains("Benefici riconosciuti\nTi spettano:\n- Indennità di accompagnamento: 542,02 euro al mese\n")
                    .endsWith("Azioni disponibili:\n- Scarica il QR code: https://example.it/qr\n")
                    .doesNotContain("Carta della disabilità");
        }

        @Test
        @DisplayName("R-DOS-4 the accessible text is in the recipient's language; a plain notice reads as title and body")
        void theTextFollowsTheRecipientsLanguage() {
            UserProfile user = h.citizen();
            h.sdk.users().update(as(user), new UpdateProfile(user.id(), user.version(), null, null, Language.EN));
            InboxNotice notice = publish(user);
            assertThat(notice.body()).isEqualTo("Open the notice to read your personalised guide.");
            assertThat(notice.content().greeting()).isEqualTo("Dear Maria Rossi,");
            assertThat(h.sdk.notifications().accessibleText(as(user), notice.id())).contains("542.02 euro")
                    .contains("Available actions:");
            h.sdk.requests().submit(as(user), new SubmitRequest(h.key(), TopicCode.GENERIC, null, null,
                    Map.of("subject", "Question"), "Text", List.of()));
            InboxNotice plain = inbox(user).stream().filter(n -> n.content() == null).findFirst().orElseThrow();
            assertThat(h.sdk.notifications().accessibleText(as(user), plain.id()))
                    .isEqualTo(plain.title() + "\n\n" + plain.body() + "\n");
            fails(() -> h.sdk.notifications().accessibleText(as(h.citizen()), plain.id()), ErrorCode.ACCESS_NOT_OWNER);
        }

        @Test
        @DisplayName("R-DOS-4 an Italian user gets the Italian greeting and summary")
        void italianGreetingAndSummary() {
            InboxNotice notice = publish(h.citizen());
            assertThat(notice.body()).isEqualTo("Apri l'avviso per leggere la guida personalizzata.");
            assertThat(notice.content().greeting()).isEqualTo("Gentile Maria Rossi,");
        }
    }

    @Nested
    @DisplayName("R-NOT-4 publishing and counting")
    class Publishing {
        @Test
        @DisplayName("R-NOT-4 a publication is audited and published with its kind and recipient")
        void aPublicationIsTraced() {
            UserProfile user = h.citizen();
            InboxNotice notice = publish(user);
            assertThat(h.audit(notice.id())).extracting(AuditEntry::action).contains("PROACTIVE_NOTICE_PUBLISHED");
            h.deliver();
            assertThat(h.channels.events()).filteredOn(e -> e.type().equals(NotificationEvents.NOTICE_PUBLISHED))
                    .singleElement().satisfies(e -> {
                        assertThat(e.subjectId()).isEqualTo(notice.id().auditId());
                        assertThat(e.attributes()).isEqualTo(Map.of("kind", "MEDICAL_REPORT_ISSUED", "recipient",
                                user.id().toString()));
                    });
            assertThat(h.channels.events()).extracting(DomainEvent::attributes)
                    .noneMatch(a -> a.containsValue("Maria Rossi"));
        }

        @Test
        @DisplayName("R-NOT-4 a notice's own validity must be longer than zero")
        void aValidityMustBePositive() {
            UserProfile user = h.citizen();
            fails(() -> h.sdk.notifications().publishProactive(PORTAL, TestNotices.medicalReport(user, Set.of(),
                    Duration.ZERO)), ErrorCode.VALIDATION_FAILED);
            fails(() -> h.sdk.notifications().publishProactive(PORTAL, TestNotices.medicalReport(user, Set.of(),
                    Duration.ofHours(-1))), ErrorCode.VALIDATION_FAILED);
            assertThat(inbox(user)).isEmpty();
            assertThat(h.sdk.notifications().publishProactive(PORTAL, TestNotices.medicalReport(user, Set.of(),
                    Duration.ofSeconds(1))).expiresAt()).isEqualTo(START.plusSeconds(1));
        }

        @Test
        @DisplayName("R-NOT-4 figures are asked for at most 366 days, never backwards")
        void theRangeIsBounded() {
            assertThat(h.sdk.notifications().engagement(PORTAL, TODAY, TODAY.plusDays(365))).isEmpty();
            fails(() -> h.sdk.notifications().engagement(PORTAL, TODAY, TODAY.plusDays(366)), ErrorCode.VALIDATION_FAILED);
            fails(() -> h.sdk.notifications().engagement(PORTAL, TODAY, TODAY.minusDays(1)), ErrorCode.VALIDATION_FAILED);
        }

        @Test
        @DisplayName("R-NOT-4 figures of a day are ordered by the kind's code")
        void figuresAreOrderedByKind() {
            UserProfile user = h.citizen();
            MessageKind longer = new MessageKind(TestNotices.MEDICAL_REPORT.code() + "_2");
            PublishProactiveNotice base = TestNotices.medicalReport(user, Set.of(), null);
            InboxNotice second = h.sdk.notifications().publishProactive(PORTAL, new PublishProactiveNotice(user.id(), longer,
                    base.title(), base.sections(), base.callsToAction(), base.entitlements(), base.alertChannels(), null));
            InboxNotice first = publish(user);
            h.sdk.notifications().recordView(as(user), second.id());
            h.sdk.notifications().recordView(as(user), first.id());
            assertThat(h.sdk.notifications().engagement(PORTAL, TODAY, TODAY)).extracting(EngagementRow::kind)
                    .containsExactly(TestNotices.MEDICAL_REPORT, longer);
        }

        @Test
        @DisplayName("R-NOT-4 an unknown call to action is refused, its id cut to 40 characters in the error")
        void anUnknownClickIsRefused() {
            UserProfile user = h.citizen();
            InboxNotice notice = publish(user);
            String longId = "x".repeat(45);
            var e = fails(() -> h.sdk.notifications().recordClick(as(user), notice.id(), longId),
                    ErrorCode.NOT_CALL_TO_ACTION_UNKNOWN);
            assertThat(e.details()).containsEntry("callToAction", "x".repeat(40));
        }
    }
}
