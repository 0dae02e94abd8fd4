package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.PageRequest;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.SkipReason;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ContactKind;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.START;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/** The four channels, and when SMS, e-mail and push may be used (R-NOT-1, R-NOT-2, R-USR-3). */
class NotificationChannelRulesTest {
    private static final Map<String, String> VALUES = Map.of("protocol", "ROMA-TIBURTINO-2026-000042", "subject",
            "Regolarità contributiva", "office", "Roma Tiburtino");
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private List<MessageView> schedule(UserProfile user, Set<Channel> channels, Instant due) {
        return h.sdk.notifications().schedule(PORTAL, new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED,
                channels, VALUES, Purpose.TRANSACTIONAL, due, Urgency.URGENT));
    }

    private static MessageView on(List<MessageView> views, Channel channel) {
        return views.stream().filter(v -> v.channel() == channel).findFirst().orElseThrow();
    }

    private void consent(UserProfile user, Channel channel, ConsentChoice choice) {
        h.sdk.users().recordConsent(as(user), new RecordConsent(user.id(), channel, choice));
    }

    private List<MessageView> proactive(UserProfile user) {
        h.sdk.notifications().publishProactive(PORTAL, TestNotices.medicalReport(user, EnumSet.of(Channel.SMS, Channel.EMAIL,
                Channel.PUSH), null));
        return h.messages(user).stream().filter(m -> m.purpose() == Purpose.PROACTIVE).toList();
    }

    @Nested
    @DisplayName("R-NOT-1 a message reaches the inbox, SMS, e-mail and push")
    class Channels {
        @Test
        @DisplayName("R-NOT-1 one message on four channels: the inbox at once, the others by the dispatcher")
        void oneMessageOnFourChannels() {
            UserProfile user = h.citizenWithContacts();
            List<MessageView> views = schedule(user, EnumSet.allOf(Channel.class), null);
            assertThat(on(views, Channel.INBOX).status()).isEqualTo(MessageStatus.DELIVERED);
            assertThat(h.sdk.notifications().inbox(as(user), user.id(), PageRequest.first(5)).items())
                    .extracting(InboxNotice::title).containsExactly("Richiesta ROMA-TIBURTINO-2026-000042 registrata");
            assertThat(views).filteredOn(v -> v.channel() != Channel.INBOX)
                    .allSatisfy(v -> assertThat(v.status()).isEqualTo(MessageStatus.QUEUED));
            int codes = h.channels.sms().size();
            h.deliver();
            for (Channel channel : List.of(Channel.SMS, Channel.EMAIL, Channel.PUSH)) {
                assertThat(h.sdk.notifications().message(as(user), on(views, channel).id()).status()).as(channel.name())
                        .isEqualTo(MessageStatus.SENT);
            }
            assertThat(h.channels.sms()).hasSize(codes + 1).last().satisfies(s -> {
                assertThat(s.to().e164()).isEqualTo(user.verifiedContact(ContactKind.MOBILE).orElseThrow().value());
                assertThat(s.idempotencyKey()).isEqualTo(on(views, Channel.SMS).id().toString());
            });
            assertThat(h.channels.emails()).last().satisfies(e ->
                    assertThat(e.to().value()).isEqualTo(user.verifiedContact(ContactKind.EMAIL).orElseThrow().value()));
            assertThat(h.channels.pushes()).singleElement().satisfies(p -> assertThat(p.recipient()).isEqualTo(user.id()));
        }
    }

    @Nested
    @DisplayName("R-NOT-2 inbox notices are always delivered; SMS and e-mail only under R-USR-3")
    class Gating {
        @Test
        @DisplayName("R-NOT-2 the inbox is delivered to a user with no contacts who opted out of every other channel")
        void theInboxIsAlwaysDelivered() {
            UserProfile user = h.citizen();
            for (Channel channel : List.of(Channel.SMS, Channel.EMAIL, Channel.PUSH)) {
                consent(user, channel, ConsentChoice.CHANNEL_OPT_OUT);
            }
            List<MessageView> views = schedule(user, EnumSet.of(Channel.INBOX, Channel.PUSH), null);
            assertThat(on(views, Channel.INBOX).status()).isEqualTo(MessageStatus.DELIVERED);
            assertThat(on(views, Channel.PUSH).skipReason()).isEqualTo(SkipReason.OPTED_OUT);
            List<MessageView> alerts = proactive(user);
            assertThat(alerts).isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(MessageStatus.SKIPPED));
            assertThat(h.sdk.notifications().inbox(as(user), user.id(), PageRequest.first(5)).items()).hasSize(2);
        }

        @Test
        @DisplayName("R-USR-3 a proactive SMS or e-mail needs the opt-in and a verified contact; push needs the opt-in")
        void proactiveMessagesNeedTheOptInAndAVerifiedContact() {
            UserProfile without = h.citizen();
            consent(without, Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN);
            List<MessageView> noContact = proactive(without);
            assertThat(on(noContact, Channel.SMS).skipReason()).isEqualTo(SkipReason.NO_VERIFIED_CONTACT);
            assertThat(on(noContact, Channel.EMAIL).skipReason()).isEqualTo(SkipReason.NO_PROACTIVE_OPT_IN);
            assertThat(on(noContact, Channel.PUSH).skipReason()).isEqualTo(SkipReason.NO_PROACTIVE_OPT_IN);
            UserProfile with = h.citizenWithContacts();
            consent(with, Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN);
            consent(with, Channel.PUSH, ConsentChoice.PROACTIVE_OPT_IN);
            List<MessageView> allowed = proactive(with);
            assertThat(on(allowed, Channel.SMS).status()).isEqualTo(MessageStatus.QUEUED);
            assertThat(on(allowed, Channel.PUSH).status()).isEqualTo(MessageStatus.QUEUED);
            assertThat(on(allowed, Channel.EMAIL).skipReason()).isEqualTo(SkipReason.NO_PROACTIVE_OPT_IN);
            consent(with, Channel.SMS, ConsentChoice.PROACTIVE_WITHDRAWAL);
            List<MessageView> withdrawn = proactive(with).stream().filter(m -> m.channel() == Channel.SMS).toList();
            assertThat(withdrawn).extracting(MessageView::skipReason).contains(SkipReason.NO_PROACTIVE_OPT_IN);
        }

        @Test
        @DisplayName("R-NOT-2 a transactional message needs no opt-in, but an opt-out is respected until resumed")
        void anOptOutIsRespected() {
            UserProfile user = h.citizenWithContacts();
            assertThat(on(schedule(user, EnumSet.of(Channel.EMAIL), null), Channel.EMAIL).status())
                    .isEqualTo(MessageStatus.QUEUED);
            consent(user, Channel.EMAIL, ConsentChoice.CHANNEL_OPT_OUT);
            assertThat(on(schedule(user, EnumSet.of(Channel.EMAIL), null), Channel.EMAIL).skipReason())
                    .isEqualTo(SkipReason.OPTED_OUT);
            consent(user, Channel.EMAIL, ConsentChoice.CHANNEL_RESUME);
            assertThat(on(schedule(user, EnumSet.of(Channel.EMAIL), null), Channel.EMAIL).status())
                    .isEqualTo(MessageStatus.QUEUED);
        }

        @Test
        @DisplayName("R-NOT-2 an opt-out cancels what is still queued on that channel; a withdrawal only proactive ones")
        void anOptOutCancelsQueuedMessages() {
            UserProfile user = h.citizenWithContacts();
            consent(user, Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN);
            Instant later = START.plus(Duration.ofDays(2));
            MessageView sms = on(schedule(user, EnumSet.of(Channel.SMS, Channel.EMAIL), later), Channel.SMS);
            MessageView alert = on(proactive(user), Channel.SMS);
            consent(user, Channel.SMS, ConsentChoice.PROACTIVE_WITHDRAWAL);
            assertThat(h.sdk.notifications().message(as(user), alert.id()).status()).isEqualTo(MessageStatus.CANCELLED);
            assertThat(h.sdk.notifications().message(as(user), sms.id()).status()).isEqualTo(MessageStatus.QUEUED);
            consent(user, Channel.SMS, ConsentChoice.CHANNEL_OPT_OUT);
            assertThat(h.sdk.notifications().message(as(user), sms.id()).status()).isEqualTo(MessageStatus.CANCELLED);
            int before = h.channels.sms().size();
            h.clock.advance(Duration.ofDays(3));
            h.deliver();
            assertThat(h.channels.sms()).hasSize(before);
            assertThat(h.messages(user)).filteredOn(m -> m.channel() == Channel.EMAIL && m.dueAt().equals(later))
                    .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT));
        }
    }
}
