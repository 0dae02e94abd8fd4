package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.EngagementCount;
import dev.sportello.notifications.EngagementRow;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.spi.EngagementStore;
import dev.sportello.notifications.spi.EngagementTally;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.START;
import static dev.sportello.core.internal.testing.CoreFixture.SUPERVISOR;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Proactive notices expire, and their views and clicks are counted anonymously (R-NOT-4). */
class ProactiveNoticeRulesTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private InboxNotice publish(CoreFixture f, UserProfile user, Duration validity) {
        return f.sdk.notifications().publishProactive(PORTAL, TestNotices.medicalReport(user, Set.of(), validity));
    }

    @Nested
    @DisplayName("R-NOT-4 proactive notices expire")
    class Expiry {
        @Test
        @DisplayName("R-NOT-4 a notice is available for six months by default, then leaves the inbox and loses its content")
        void aNoticeExpiresAfterSixMonths() {
            UserProfile user = h.citizen();
            InboxNotice notice = publish(h, user, null);
            assertThat(notice.expiresAt()).isEqualTo(ZonedDateTime.ofInstant(START, ROME).plusMonths(6).toInstant());
            h.clock.set(notice.expiresAt().minusSeconds(1));
            h.deliver();
            assertThat(h.sdk.notifications().open(as(user), notice.id()).read()).isTrue();
            h.clock.set(notice.expiresAt());
            h.deliver();
            assertThat(h.sdk.notifications().inbox(as(user), user.id(), PageRequest.first(10)).items())
                    .extracting(InboxNotice::id).doesNotContain(notice.id());
            fails(() -> h.sdk.notifications().open(as(user), notice.id()), ErrorCode.NOT_NOTICE_NOT_FOUND);
            assertThat(h.read(s -> s.get(InboxStore.class).find(notice.id())).orElseThrow().content()).isNull();
        }

        @Test
        @DisplayName("R-NOT-4 the validity is configurable, per SDK and per notice")
        void theValidityIsConfigurable() {
            try (CoreFixture f = new CoreFixture(b -> b.notifications(n -> n.proactiveValidity(Period.ofMonths(1))))) {
                UserProfile user = f.citizen();
                assertThat(publish(f, user, null).expiresAt())
                        .isEqualTo(ZonedDateTime.ofInstant(START, ROME).plusMonths(1).toInstant());
                assertThat(publish(f, user, Duration.ofDays(3)).expiresAt()).isEqualTo(START.plus(Duration.ofDays(3)));
            }
        }

        @Test
        @DisplayName("R-NOT-4 only its recipient opens a notice, with the level the personalised guide needs (R-USR-2)")
        void onlyTheRecipientOpensIt() {
            UserProfile user = h.citizen();
            UserProfile other = h.citizen();
            InboxNotice notice = publish(h, user, null);
            fails(() -> h.sdk.notifications().open(as(other), notice.id()), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.notifications().open(Principal.user(user.id(), Credential.SPID_L1), notice.id()),
                    ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            fails(() -> h.sdk.notifications().publishProactive(as(user), TestNotices.medicalReport(user, Set.of(), null)),
                    ErrorCode.ACCESS_ROLE_REQUIRED);
            assertThat(h.sdk.notifications().unreadCount(as(user), user.id())).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("R-NOT-4 views and interactions are monitored anonymously")
    class Engagement {
        @Test
        @DisplayName("R-NOT-4 views and clicks are counted per day, kind and call to action; small counts are hidden")
        void engagementIsCountedAnonymously() {
            List<UserProfile> users = List.of(h.citizen(), h.citizen(), h.citizen());
            for (UserProfile user : users) {
                InboxNotice notice = publish(h, user, null);
                h.sdk.notifications().recordView(as(user), notice.id());
                if (user != users.get(2)) {
                    h.sdk.notifications().recordClick(as(user), notice.id(), "qr-code");
                }
            }
            List<EngagementRow> rows = h.sdk.notifications().engagement(PORTAL, TODAY, TODAY);
            assertThat(rows).containsExactly(
                    new EngagementRow(TODAY, TestNotices.MEDICAL_REPORT, null, new EngagementCount.Exact(3)),
                    new EngagementRow(TODAY, TestNotices.MEDICAL_REPORT, "qr-code", new EngagementCount.Suppressed(3)));
            assertThat(h.sdk.notifications().engagement(SUPERVISOR, TODAY, TODAY)).hasSize(2);
            List<EngagementTally> tallies = h.read(s -> s.get(EngagementStore.class).between(TODAY, TODAY));
            assertThat(tallies).isNotEmpty().allSatisfy(t ->
                    users.forEach(u -> assertThat(t.toString()).doesNotContain(u.id().toString())));
            fails(() -> h.sdk.notifications().engagement(as(users.get(0)), TODAY, TODAY), ErrorCode.ACCESS_ROLE_REQUIRED);
        }

        @Test
        @DisplayName("R-NOT-4 the threshold below which counts are hidden is configurable; unknown clicks are refused")
        void theThresholdIsConfigurable() {
            try (CoreFixture f = new CoreFixture(b -> b.notifications(n -> n.engagementThreshold(1)))) {
                UserProfile user = f.citizen();
                InboxNotice notice = publish(f, user, null);
                f.sdk.notifications().recordClick(as(user), notice.id(), "qr-code");
                fails(() -> f.sdk.notifications().recordClick(as(user), notice.id(), "disability-card"),
                        ErrorCode.NOT_CALL_TO_ACTION_UNKNOWN);
                assertThat(f.sdk.notifications().engagement(PORTAL, TODAY, TODAY)).singleElement()
                        .satisfies(r -> assertThat(r.count()).isEqualTo(new EngagementCount.Exact(1)));
            }
        }
    }

    @Test
    @DisplayName("R-NOT-4 a proactive notice alerts only on the channels asked, never twice in the inbox")
    void alertsGoOnlyWhereAsked() {
        UserProfile user = h.citizenWithContacts();
        h.sdk.notifications().publishProactive(PORTAL, TestNotices.medicalReport(user, Set.of(Channel.INBOX), null));
        assertThat(h.sdk.notifications().inbox(as(user), user.id(), PageRequest.first(10)).items()).hasSize(1);
        assertThat(h.messages(user)).filteredOn(m -> m.kind().equals(TestNotices.MEDICAL_REPORT)).isEmpty();
    }
}
