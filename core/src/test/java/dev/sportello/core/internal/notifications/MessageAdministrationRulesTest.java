package dev.sportello.core.internal.notifications;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.EventType;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.NotificationEvents;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ReceiptOutcome;
import dev.sportello.notifications.ReportReceipt;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.StatusChange;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.users.ContactKind;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.PhoneNumber;
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
import java.util.UUID;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.START;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** The integrator's messages: scheduling, cancelling, delivery receipts, quiet hours and masked destinations (R-NOT-1, R-NOT-2). */
class MessageAdministrationRulesTest {
    private static final Map<String, String> VALUES = Map.of("protocol", "ROMA-TIBURTINO-2026-000042", "subject",
            "Regolarità contributiva", "office", "Roma Tiburtino");
    private static final MessageId UNKNOWN = new MessageId(UUID.fromString("00000000-0000-7000-8000-00000000dead"));
    private final CoreFixture h = new CoreFixture();
    private final UserProfile user = h.citizenWithContacts();

    @AfterEach
    void close() {
        h.close();
    }

    private List<MessageView> schedule(Set<Channel> channels, Instant due, Urgency urgency) {
        return h.sdk.notifications().schedule(PORTAL, new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED,
                channels, VALUES, Purpose.TRANSACTIONAL, due, urgency));
    }

    private static MessageView on(List<MessageView> views, Channel channel) {
        return views.stream().filter(v -> v.channel() == channel).findFirst().orElseThrow();
    }

    private List<DomainEvent> events(EventType type) {
        h.deliver();
        return h.channels.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    @Nested
    @DisplayName("R-NOT-1 scheduling and reading messages")
    class Scheduling {
        @Test
        @DisplayName("R-NOT-1 only a service schedules messages, and the scheduling is audited on the recipient")
        void onlyAServiceSchedules() {
            ScheduleMessage command = new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED, Set.of(Channel.INBOX),
                    VALUES, Purpose.TRANSACTIONAL, null, Urgency.NORMAL);
            fails(() -> h.sdk.notifications().schedule(as(user), command), ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> h.sdk.notifications().schedule(BACK_OFFICE, command), ErrorCode.ACCESS_ROLE_REQUIRED);
            assertThat(h.audit(user.id())).extracting(AuditEntry::action).doesNotContain("MESSAGES_SCHEDULED");
            h.sdk.notifications().schedule(PORTAL, command);
            assertThat(h.audit(user.id())).filteredOn(a -> a.action().equals("MESSAGES_SCHEDULED")).singleElement()
                    .satisfies(a -> assertThat(a.outcome()).isEqualTo(AuditEntry.Outcome.SUCCEEDED));
        }

        @Test
        @DisplayName("R-NOT-1 an unknown message is not found")
        void anUnknownMessageIsNotFound() {
            fails(() -> h.sdk.notifications().message(as(user), UNKNOWN), ErrorCode.NOT_MESSAGE_NOT_FOUND);
            fails(() -> h.sdk.notifications().cancel(PORTAL, UNKNOWN), ErrorCode.NOT_MESSAGE_NOT_FOUND);
        }

        @Test
        @DisplayName("R-USR-3 at night an ordinary SMS waits for the morning, an urgent one goes at once")
        void quietHoursHoldOrdinarySms() {
            h.clock.set(rome("2026-11-23T23:00"));
            assertThat(on(schedule(Set.of(Channel.SMS), null, Urgency.NORMAL), Channel.SMS).dueAt())
                    .isEqualTo(rome("2026-11-24T08:00"));
            assertThat(on(schedule(Set.of(Channel.SMS), null, Urgency.URGENT), Channel.SMS).dueAt())
                    .isEqualTo(rome("2026-11-23T23:00"));
            assertThat(on(schedule(Set.of(Channel.EMAIL), null, Urgency.NORMAL), Channel.EMAIL).dueAt())
                    .isEqualTo(rome("2026-11-23T23:00"));
        }

        @Test
        @DisplayName("R-NOT-1 a message shows its destination masked, and a push names the kind of message")
        void destinationsAreMasked() {
            List<MessageView> views = schedule(EnumSet.of(Channel.SMS, Channel.EMAIL, Channel.PUSH, Channel.INBOX), null,
                    Urgency.URGENT);
            String mobile = user.verifiedContact(ContactKind.MOBILE).orElseThrow().value();
            String email = user.verifiedContact(ContactKind.EMAIL).orElseThrow().value();
            assertThat(on(views, Channel.SMS).destination()).isEqualTo(new PhoneNumber(mobile).masked())
                    .doesNotContain(mobile.substring(1, 8));
            assertThat(on(views, Channel.EMAIL).destination()).isEqualTo(new EmailAddress(email).masked())
                    .isNotEqualTo(email);
            assertThat(on(views, Channel.PUSH).destination()).isNull();
            assertThat(on(views, Channel.INBOX).destination()).isNull();
            h.deliver();
            assertThat(h.channels.pushes()).singleElement().satisfies(p ->
                    assertThat(p.data()).containsEntry("kind", "REQUEST_REGISTERED"));
        }
    }

    @Nested
    @DisplayName("R-NOT-1 cancelling a message still queued")
    class Cancelling {
        @Test
        @DisplayName("R-NOT-1 a queued message is cancelled, audited, and never sent")
        void aQueuedMessageIsCancelled() {
            MessageView email = on(schedule(Set.of(Channel.EMAIL), START.plus(Duration.ofDays(1)), Urgency.NORMAL),
                    Channel.EMAIL);
            int sent = h.channels.emails().size();
            MessageView cancelled = h.sdk.notifications().cancel(PORTAL, email.id());
            assertThat(cancelled.id()).isEqualTo(email.id());
            assertThat(cancelled.status()).isEqualTo(MessageStatus.CANCELLED);
            assertThat(cancelled.history()).extracting(StatusChange::status).containsExactly(MessageStatus.QUEUED,
                    MessageStatus.CANCELLED);
            assertThat(h.audit(email.id())).extracting(AuditEntry::action).contains("MESSAGE_CANCELLED");
            h.clock.advance(Duration.ofDays(2));
            h.deliver();
            assertThat(h.channels.emails()).hasSize(sent);
            assertThat(h.sdk.notifications().message(as(user), email.id()).status()).isEqualTo(MessageStatus.CANCELLED);
        }

        @Test
        @DisplayName("R-NOT-1 a message already sent or cancelled cannot be cancelled; only a service cancels")
        void onlyQueuedMessagesAreCancelled() {
            MessageView email = on(schedule(Set.of(Channel.EMAIL), START.plus(Duration.ofDays(1)), Urgency.NORMAL),
                    Channel.EMAIL);
            fails(() -> h.sdk.notifications().cancel(as(user), email.id()), ErrorCode.ACCESS_ROLE_REQUIRED);
            h.sdk.notifications().cancel(PORTAL, email.id());
            var again = fails(() -> h.sdk.notifications().cancel(PORTAL, email.id()), ErrorCode.NOT_MESSAGE_NOT_QUEUED);
            assertThat(again.details()).containsEntry("status", "CANCELLED");
            MessageView sms = on(schedule(Set.of(Channel.SMS), null, Urgency.URGENT), Channel.SMS);
            h.deliver();
            fails(() -> h.sdk.notifications().cancel(PORTAL, sms.id()), ErrorCode.NOT_MESSAGE_NOT_QUEUED);
            assertThat(h.sdk.notifications().message(as(user), sms.id()).status()).isEqualTo(MessageStatus.SENT);
        }
    }

    @Nested
    @DisplayName("R-NOT-1 delivery receipts from the providers")
    class Receipts {
        private MessageView sent(Channel channel) {
            MessageView queued = on(schedule(Set.of(channel), null, Urgency.URGENT), channel);
            h.deliver();
            MessageView sent = h.sdk.notifications().message(as(user), queued.id());
            assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
            assertThat(sent.providerId()).isNotNull();
            return sent;
        }

        @Test
        @DisplayName("R-NOT-1 a delivery receipt marks a sent message delivered and is published once")
        void aReceiptMarksDelivered() {
            MessageView sms = sent(Channel.SMS);
            Instant at = START.plus(Duration.ofMinutes(1));
            ReportReceipt receipt = new ReportReceipt(Channel.SMS, sms.providerId(), ReceiptOutcome.DELIVERED, at);
            MessageView delivered = h.sdk.notifications().reportReceipt(PORTAL, receipt);
            assertThat(delivered.id()).isEqualTo(sms.id());
            assertThat(delivered.status()).isEqualTo(MessageStatus.DELIVERED);
            assertThat(delivered.history()).last().satisfies(c -> assertThat(c.at()).isEqualTo(at));
            assertThat(h.sdk.notifications().reportReceipt(PORTAL, receipt).status()).as("a repeated receipt")
                    .isEqualTo(MessageStatus.DELIVERED);
            assertThat(events(NotificationEvents.MESSAGE_DELIVERED)).singleElement().satisfies(e -> {
                assertThat(e.subjectId()).isEqualTo(sms.id().auditId());
                assertThat(e.attributes()).isEqualTo(Map.of("channel", "SMS", "kind", "REQUEST_REGISTERED"));
            });
            var conflict = fails(() -> h.sdk.notifications().reportReceipt(PORTAL, new ReportReceipt(Channel.SMS,
                    sms.providerId(), ReceiptOutcome.FAILED, at)), ErrorCode.NOT_RECEIPT_CONFLICT);
            assertThat(conflict.details()).containsEntry("status", "DELIVERED").containsEntry("outcome", "FAILED");
        }

        @Test
        @DisplayName("R-NOT-1 failed and expired receipts have their own statuses and events")
        void failedAndExpiredReceipts() {
            MessageView email = sent(Channel.EMAIL);
            MessageView sms = sent(Channel.SMS);
            assertThat(h.sdk.notifications().reportReceipt(PORTAL, new ReportReceipt(Channel.EMAIL, email.providerId(),
                    ReceiptOutcome.FAILED, START)).status()).isEqualTo(MessageStatus.FAILED);
            assertThat(h.sdk.notifications().reportReceipt(PORTAL, new ReportReceipt(Channel.SMS, sms.providerId(),
                    ReceiptOutcome.EXPIRED, START)).status()).isEqualTo(MessageStatus.EXPIRED);
            assertThat(events(NotificationEvents.MESSAGE_FAILED)).extracting(DomainEvent::subjectId)
                    .containsExactly(email.id().auditId());
            assertThat(events(NotificationEvents.MESSAGE_EXPIRED)).extracting(DomainEvent::subjectId)
                    .containsExactly(sms.id().auditId());
        }

        @Test
        @DisplayName("R-NOT-1 a receipt for an unknown provider id, or from anyone but a service, is refused")
        void unknownOrUnauthorisedReceipts() {
            MessageView sms = sent(Channel.SMS);
            fails(() -> h.sdk.notifications().reportReceipt(PORTAL, new ReportReceipt(Channel.SMS, "nope-1",
                    ReceiptOutcome.DELIVERED, START)), ErrorCode.NOT_RECEIPT_UNKNOWN);
            fails(() -> h.sdk.notifications().reportReceipt(PORTAL, new ReportReceipt(Channel.EMAIL, sms.providerId(),
                    ReceiptOutcome.DELIVERED, START)), ErrorCode.NOT_RECEIPT_UNKNOWN);
            fails(() -> h.sdk.notifications().reportReceipt(as(user), new ReportReceipt(Channel.SMS, sms.providerId(),
                    ReceiptOutcome.DELIVERED, START)), ErrorCode.ACCESS_ROLE_REQUIRED);
            assertThat(h.sdk.notifications().message(as(user), sms.id()).status()).isEqualTo(MessageStatus.SENT);
        }
    }
}
