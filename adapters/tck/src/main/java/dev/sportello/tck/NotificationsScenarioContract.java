package dev.sportello.tck;

import dev.sportello.Channel;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.notifications.Amount;
import dev.sportello.notifications.CallToAction;
import dev.sportello.notifications.EngagementCount;
import dev.sportello.notifications.EngagementRow;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ReceiptOutcome;
import dev.sportello.notifications.RenderedMessage;
import dev.sportello.notifications.ReportReceipt;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Section;
import dev.sportello.notifications.SkipReason;
import dev.sportello.notifications.SmsEncoding;
import dev.sportello.notifications.StatusChange;
import dev.sportello.notifications.Urgency;
import dev.sportello.notifications.spi.EngagementStore;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.spi.Stores;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consent-gated notifications, templates, scheduling, receipts and proactive notices (R-NOT-1…4, R-DOS-4).
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class NotificationsScenarioContract extends ScenarioContract {
    private static final Map<String, String> VALUES = Map.of("protocol", "ROMA-TIBURTINO-2026-000042", "subject",
            "Regolarità contributiva", "office", "Roma Tiburtino");

    private List<MessageView> schedule(UserProfile user, Set<Channel> channels, Purpose purpose, Instant due) {
        return h.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED,
                channels, VALUES, purpose, due, Urgency.NORMAL));
    }

    private static MessageView on(List<MessageView> views, Channel channel) {
        return views.stream().filter(v -> v.channel() == channel).findFirst().orElseThrow();
    }

    @Test
    void theInboxIsAlwaysDeliveredAndOtherChannelsFollowTheRules() {
        UserProfile user = h.citizenWithContacts();
        h.sdk.users().recordConsent(SdkHarness.as(user), new RecordConsent(user.id(), Channel.EMAIL, ConsentChoice.CHANNEL_OPT_OUT));
        List<MessageView> views = schedule(user, Set.of(Channel.INBOX, Channel.SMS, Channel.EMAIL, Channel.PUSH),
                Purpose.TRANSACTIONAL, null);
        assertThat(on(views, Channel.INBOX).status()).isEqualTo(MessageStatus.DELIVERED);
        assertThat(on(views, Channel.SMS).status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(on(views, Channel.EMAIL).status()).isEqualTo(MessageStatus.SKIPPED);
        assertThat(on(views, Channel.EMAIL).skipReason()).isEqualTo(SkipReason.OPTED_OUT);
        assertThat(h.sdk.notifications().inbox(SdkHarness.as(user), user.id(), PageRequest.first(10)).items())
                .extracting(InboxNotice::title).contains("Richiesta ROMA-TIBURTINO-2026-000042 registrata");
        h.deliver();
        MessageView sms = h.sdk.notifications().message(SdkHarness.as(user), on(views, Channel.SMS).id());
        assertThat(sms.status()).isEqualTo(MessageStatus.SENT);
        assertThat(sms.providerId()).isNotNull();
        assertThat(sms.destination()).as("only the last three digits shown").matches("\\+\\*+\\d{3}");
        assertThat(sms.history()).extracting(StatusChange::status).containsExactly(MessageStatus.QUEUED, MessageStatus.SENT);
        assertThat(h.channels.sms()).anySatisfy(s -> assertThat(s.idempotencyKey()).isEqualTo(sms.id().toString()));
        assertThat(h.channels.pushes()).hasSize(1);
        assertThat(h.channels.emails()).noneMatch(e -> e.idempotencyKey().equals(on(views, Channel.EMAIL).id().toString()));
    }

    @Test
    void proactiveMessagesNeedTheOptInAndEveryoneNeedsAVerifiedContact() {
        UserProfile noContacts = h.citizen();
        h.sdk.users().recordConsent(SdkHarness.as(noContacts), new RecordConsent(noContacts.id(), Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN));
        InboxNotice notice = h.sdk.notifications().publishProactive(SdkHarness.PORTAL, medicalReport(noContacts, Set.of(), Set.of(Channel.SMS, Channel.EMAIL)));
        List<MessageView> views = h.sdk.notifications().messages(SdkHarness.as(noContacts), noContacts.id(), PageRequest.first(10)).items();
        assertThat(on(views, Channel.SMS).skipReason()).isEqualTo(SkipReason.NO_VERIFIED_CONTACT);
        assertThat(on(views, Channel.EMAIL).skipReason()).isEqualTo(SkipReason.NO_PROACTIVE_OPT_IN);
        assertThat(notice.expiresAt()).isNotNull();

        UserProfile withContacts = h.citizenWithContacts();
        h.sdk.users().recordConsent(SdkHarness.as(withContacts), new RecordConsent(withContacts.id(), Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN));
        h.sdk.notifications().publishProactive(SdkHarness.PORTAL, medicalReport(withContacts, Set.of(), Set.of(Channel.SMS, Channel.EMAIL)));
        List<MessageView> allowed = h.sdk.notifications().messages(SdkHarness.as(withContacts), withContacts.id(), PageRequest.first(10))
                .items().stream().filter(v -> v.purpose() == Purpose.PROACTIVE).toList();
        assertThat(on(allowed, Channel.SMS).status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(on(allowed, Channel.EMAIL).skipReason()).isEqualTo(SkipReason.NO_PROACTIVE_OPT_IN);
        fails(() -> schedule(noContacts, Set.of(Channel.SMS), Purpose.TRANSACTIONAL, null), ErrorCode.NOT_CONTACT_UNVERIFIED);
    }

    @Test
    void anOptOutCancelsWhatIsStillQueuedOnThatChannel() {
        UserProfile user = h.citizenWithContacts();
        List<MessageView> views = schedule(user, Set.of(Channel.SMS, Channel.EMAIL), Purpose.TRANSACTIONAL,
                SdkHarness.START.plus(Duration.ofDays(2)));
        h.sdk.users().recordConsent(SdkHarness.as(user), new RecordConsent(user.id(), Channel.SMS, ConsentChoice.CHANNEL_OPT_OUT));
        assertThat(h.sdk.notifications().message(SdkHarness.as(user), on(views, Channel.SMS).id()).status())
                .isEqualTo(MessageStatus.CANCELLED);
        assertThat(h.sdk.notifications().message(SdkHarness.as(user), on(views, Channel.EMAIL).id()).status())
                .isEqualTo(MessageStatus.QUEUED);
        h.clock.advance(Duration.ofDays(3));
        int smsBefore = h.channels.sms().size();
        h.deliver();
        assertThat(h.channels.sms()).hasSize(smsBefore);
        assertThat(h.sdk.notifications().message(SdkHarness.as(user), on(views, Channel.EMAIL).id()).status())
                .isEqualTo(MessageStatus.SENT);
    }

    @Test
    void messagesUseTheUsersLanguage() {
        UserProfile user = h.citizenWithContacts();
        h.sdk.users().update(SdkHarness.as(user), new UpdateProfile(user.id(), user.version(), null, null, Language.DE));
        schedule(user, Set.of(Channel.SMS), Purpose.TRANSACTIONAL, null);
        h.deliver();
        assertThat(h.channels.sms().get(h.channels.sms().size() - 1).text()).startsWith("INPS: Anfrage ROMA-TIBURTINO-2026-000042");
    }

    @Test
    void smsWaitForTheEndOfQuietHoursUnlessUrgent() {
        UserProfile user = h.citizenWithContacts();
        Instant evening = ZonedDateTime.of(2026, 11, 23, 22, 0, 0, 0, java.time.ZoneId.of("Europe/Rome")).toInstant();
        h.clock.set(evening);
        List<MessageView> views = schedule(user, Set.of(Channel.SMS, Channel.EMAIL), Purpose.TRANSACTIONAL, null);
        MessageView sms = on(views, Channel.SMS);
        assertThat(sms.dueAt()).isEqualTo(ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, java.time.ZoneId.of("Europe/Rome")).toInstant());
        h.deliver();
        assertThat(h.sdk.notifications().message(SdkHarness.as(user), sms.id()).status()).isEqualTo(MessageStatus.QUEUED);
        assertThat(h.sdk.notifications().message(SdkHarness.as(user), on(views, Channel.EMAIL).id()).status()).isEqualTo(MessageStatus.SENT);
        h.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED,
                Set.of(Channel.SMS), VALUES, Purpose.TRANSACTIONAL, null, Urgency.URGENT));
        int before = h.channels.sms().size();
        h.deliver();
        assertThat(h.channels.sms()).as("the urgent SMS goes at night").hasSize(before + 1);
        h.clock.set(sms.dueAt());
        h.deliver();
        assertThat(h.sdk.notifications().message(SdkHarness.as(user), sms.id()).status()).isEqualTo(MessageStatus.SENT);
    }

    @Test
    void badSchedulesAreRefused() {
        UserProfile user = h.citizenWithContacts();
        fails(() -> schedule(user, Set.of(Channel.SMS), Purpose.TRANSACTIONAL, SdkHarness.START.minusSeconds(1)),
                ErrorCode.NOT_SCHEDULE_IN_PAST);
        fails(() -> schedule(user, Set.of(Channel.SMS), Purpose.VERIFICATION, null), ErrorCode.NOT_PURPOSE_RESERVED);
        fails(() -> h.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(), new MessageKind("NO_SUCH_KIND"),
                Set.of(Channel.SMS), VALUES, Purpose.TRANSACTIONAL, null, Urgency.NORMAL)), ErrorCode.NOT_KIND_UNKNOWN);
        fails(() -> h.sdk.notifications().schedule(SdkHarness.as(user), new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED,
                Set.of(Channel.SMS), VALUES, Purpose.TRANSACTIONAL, null, Urgency.NORMAL)), ErrorCode.ACCESS_ROLE_REQUIRED);
        fails(() -> h.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED,
                Set.of(), VALUES, Purpose.TRANSACTIONAL, null, Urgency.NORMAL)), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void receiptsMoveSentMessagesOnceAndUnknownOnesAreRejected() {
        UserProfile user = h.citizenWithContacts();
        MessageView queued = on(schedule(user, Set.of(Channel.SMS), Purpose.TRANSACTIONAL, SdkHarness.START.plusSeconds(600)), Channel.SMS);
        h.deliver();
        String provider = "rec-x";
        fails(() -> h.sdk.notifications().reportReceipt(SdkHarness.PORTAL, new ReportReceipt(Channel.SMS, provider,
                ReceiptOutcome.DELIVERED, SdkHarness.START)), ErrorCode.NOT_RECEIPT_UNKNOWN);
        h.clock.advance(Duration.ofMinutes(11));
        h.deliver();
        MessageView sent = h.sdk.notifications().message(SdkHarness.as(user), queued.id());
        ReportReceipt receipt = new ReportReceipt(Channel.SMS, sent.providerId(), ReceiptOutcome.DELIVERED, h.clock.instant());
        MessageView delivered = h.sdk.notifications().reportReceipt(SdkHarness.PORTAL, receipt);
        assertThat(delivered.status()).isEqualTo(MessageStatus.DELIVERED);
        MessageView again = h.sdk.notifications().reportReceipt(SdkHarness.PORTAL, receipt);
        assertThat(again.history()).hasSameSizeAs(delivered.history());
        fails(() -> h.sdk.notifications().reportReceipt(SdkHarness.PORTAL, new ReportReceipt(Channel.SMS, sent.providerId(),
                ReceiptOutcome.EXPIRED, h.clock.instant())), ErrorCode.NOT_RECEIPT_CONFLICT);
    }

    @Test
    void scheduledMessagesCanBeCancelledUntilSent() {
        UserProfile user = h.citizenWithContacts();
        MessageView later = on(schedule(user, Set.of(Channel.EMAIL), Purpose.TRANSACTIONAL, SdkHarness.START.plusSeconds(3600)), Channel.EMAIL);
        assertThat(h.sdk.notifications().cancel(SdkHarness.PORTAL, later.id()).status()).isEqualTo(MessageStatus.CANCELLED);
        MessageView now = on(schedule(user, Set.of(Channel.EMAIL), Purpose.TRANSACTIONAL, null), Channel.EMAIL);
        h.deliver();
        fails(() -> h.sdk.notifications().cancel(SdkHarness.PORTAL, now.id()), ErrorCode.NOT_MESSAGE_NOT_QUEUED);
        h.clock.advance(Duration.ofHours(2));
        int emails = h.channels.emails().size();
        h.deliver();
        assertThat(h.channels.emails()).hasSize(emails);
    }

    static PublishProactiveNotice medicalReport(UserProfile user, Set<String> entitlements, Set<Channel> alerts) {
        return new PublishProactiveNotice(user.id(), new MessageKind("MEDICAL_REPORT_ISSUED"), "Il tuo verbale sanitario è stato emesso",
                List.of(new Section("Giudizio medico-legale", List.of("Invalido civile con totale e permanente inabilità (100%)."),
                                List.of()),
                        new Section("Benefici riconosciuti", List.of("Ti spettano:"),
                                List.of(new Amount("Pensione di inabilità", new BigDecimal("336.00"), "al mese"),
                                        new Amount("Indennità di accompagnamento", new BigDecimal("542.02"), "al mese")))),
                List.of(new CallToAction("qr-code", "Scarica il QR code che attesta l'invalidità", "https://example.it/qr", null),
                        new CallToAction("disability-card", "Richiedi la Carta europea della disabilità",
                                "https://example.it/carta", "DISABILITY_CARD")),
                entitlements, alerts, null);
    }

    @Test
    void proactiveNoticesArePersonalisedAccessibleAndExpire() {
        UserProfile entitled = h.citizen();
        UserProfile other = h.citizen();
        InboxNotice notice = h.sdk.notifications().publishProactive(SdkHarness.PORTAL, medicalReport(entitled, Set.of("DISABILITY_CARD"), Set.of()));
        InboxNotice plain = h.sdk.notifications().publishProactive(SdkHarness.PORTAL, medicalReport(other, Set.of(), Set.of()));
        assertThat(notice.content().callsToAction()).extracting(CallToAction::id).containsExactly("qr-code", "disability-card");
        assertThat(plain.content().callsToAction()).extracting(CallToAction::id).containsExactly("qr-code");
        assertThat(notice.content().greeting()).isEqualTo("Gentile Maria Rossi,");
        String text = h.sdk.notifications().accessibleText(SdkHarness.as(entitled), notice.id());
        assertThat(text).contains("Il tuo verbale sanitario è stato emesso").contains("Indennità di accompagnamento: 542,02 euro al mese")
                .contains("Richiedi la Carta europea della disabilità: https://example.it/carta").doesNotContain("<");
        fails(() -> h.sdk.notifications().open(Principal.user(entitled.id(), Credential.SPID_L1), notice.id()),
                ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
        fails(() -> h.sdk.notifications().open(SdkHarness.as(other), notice.id()), ErrorCode.ACCESS_NOT_OWNER);
        assertThat(h.sdk.notifications().open(SdkHarness.as(entitled), notice.id()).read()).isTrue();
        assertThat(notice.expiresAt()).isEqualTo(ZonedDateTime.ofInstant(SdkHarness.START, java.time.ZoneId.of("Europe/Rome"))
                .plusMonths(6).toInstant());
        h.clock.set(notice.expiresAt());
        h.deliver();
        assertThat(h.sdk.notifications().inbox(SdkHarness.as(entitled), entitled.id(), PageRequest.first(10)).items())
                .extracting(InboxNotice::id).doesNotContain(notice.id());
        fails(() -> h.sdk.notifications().open(SdkHarness.as(entitled), notice.id()), ErrorCode.NOT_NOTICE_NOT_FOUND);
        assertThat(tx((Stores s) -> s.get(InboxStore.class).find(notice.id())).orElseThrow().content()).as("content dropped").isNull();
    }

    @Test
    void engagementIsCountedAnonymouslyAndSmallCountsAreSuppressed() {
        UserProfile a = h.citizen();
        UserProfile b = h.citizen();
        UserProfile c = h.citizen();
        for (UserProfile user : List.of(a, b, c)) {
            InboxNotice notice = h.sdk.notifications().publishProactive(SdkHarness.PORTAL, medicalReport(user, Set.of(), Set.of()));
            h.sdk.notifications().recordView(SdkHarness.as(user), notice.id());
            if (user != c) {
                h.sdk.notifications().recordClick(SdkHarness.as(user), notice.id(), "qr-code");
            }
            if (user == a) {
                fails(() -> h.sdk.notifications().recordClick(SdkHarness.as(a), notice.id(), "disability-card"),
                        ErrorCode.NOT_CALL_TO_ACTION_UNKNOWN);
            }
        }
        LocalDate today = LocalDate.of(2026, 11, 23);
        List<EngagementRow> rows = h.sdk.notifications().engagement(SdkHarness.PORTAL, today, today);
        assertThat(rows).containsExactly(
                new EngagementRow(today, new MessageKind("MEDICAL_REPORT_ISSUED"), null, new EngagementCount.Exact(3)),
                new EngagementRow(today, new MessageKind("MEDICAL_REPORT_ISSUED"), "qr-code", new EngagementCount.Suppressed(3)));
        assertThat(rows.get(1).count().display()).isEqualTo("<3");
        assertThat(tx((Stores s) -> s.get(EngagementStore.class).between(today, today))).allSatisfy(t ->
                assertThat(t.toString()).doesNotContain(a.id().toString()));
        fails(() -> h.sdk.notifications().engagement(SdkHarness.as(a), today, today), ErrorCode.ACCESS_ROLE_REQUIRED);
    }

    @Test
    void previewsShowTheRenderingAndItsSmsParts() {
        RenderedMessage sms = h.sdk.notifications().preview(SdkHarness.PORTAL, RequestMessageKinds.CLOSED, Channel.SMS, Language.IT,
                Map.of("name", "Maria", "protocol", "ROMA-TIBURTINO-2026-000042", "outcome", "Accolta", "comment", "-"));
        assertThat(sms.smsEncoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(sms.smsSegments()).isEqualTo(1);
        fails(() -> h.sdk.notifications().preview(SdkHarness.PORTAL, RequestMessageKinds.CLOSED, Channel.SMS, Language.IT,
                Map.of("protocol", "P", "outcome", "Accolta ".repeat(60))), ErrorCode.NOT_SMS_TOO_LONG);
        fails(() -> h.sdk.notifications().preview(SdkHarness.PORTAL, RequestMessageKinds.CLOSED, Channel.SMS, Language.fromTag("fr"), Map.of()),
                ErrorCode.LANGUAGE_UNSUPPORTED);
        UserProfile citizen = h.citizen();
        fails(() -> h.sdk.notifications().preview(SdkHarness.as(citizen), RequestMessageKinds.CLOSED, Channel.SMS,
                Language.IT, Map.of()), ErrorCode.ACCESS_ROLE_REQUIRED);
    }
}
