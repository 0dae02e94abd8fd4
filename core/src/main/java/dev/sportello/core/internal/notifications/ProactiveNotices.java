package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.core.NotificationSettings;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.SmallCells;
import dev.sportello.core.internal.kernel.TaskType;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.notifications.CallToAction;
import dev.sportello.notifications.EngagementRow;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.NotificationEvents;
import dev.sportello.notifications.NotificationMessageKinds;
import dev.sportello.notifications.ProactiveContent;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.spi.EngagementStore;
import dev.sportello.notifications.spi.EngagementTally;
import dev.sportello.notifications.spi.InboxStore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proactive notices (R-DOS-4, R-NOT-4): published by a service with structured content and calls to
 * action shown only to those entitled, an alert on other channels under the proactive opt-in, expiry
 * after their validity, and anonymous engagement figures with small-cell suppression.
 *
 * <p>Thread-safe.
 */
final class ProactiveNotices {
    /** The task that drops the content of an expired notice. */
    static final TaskType<NoticeId> EXPIRE = TaskType.ofId("notice.expire", "noticeId", NoticeId::of);

    private final Kernel kernel;
    private final ObjectAccess access;
    private final Notifier notifier;
    private final NotificationSettings settings;

    ProactiveNotices(Kernel kernel, ObjectAccess access, Notifier notifier, NotificationSettings settings) {
        this.kernel = kernel;
        this.access = access;
        this.notifier = notifier;
        this.settings = settings;
    }

    InboxNotice publish(Principal principal, PublishProactiveNotice command) {
        if (command != null && command.validity() != null) {
            Checks.argument(!command.validity().isNegative() && !command.validity().isZero(), "PublishProactiveNotice", "validity", "Positive",
                    "must be longer than zero");
        }
        return kernel.execute(principal, Operation.NOTIFICATION_ADMIN, command, tx -> {
            ObjectAccess.requireService(principal, Operation.NOTIFICATION_ADMIN);
            return publishIn(tx, command);
        });
    }

    /**
     * Publishes a checked notice inside a transaction (for other areas, through {@link ProactivePublisher}).
     *
     * @param tx      the transaction
     * @param command the notice, valid
     * @return the notice
     */
    InboxNotice publishIn(Tx tx, PublishProactiveNotice command) {
        Recipient recipient = notifier.recipients().of(tx, command.recipient());
        List<CallToAction> visible = command.callsToAction().stream()
                .filter(cta -> cta.requiredEntitlement() == null || command.entitlements().contains(cta.requiredEntitlement()))
                .toList();
        ProactiveContent content = new ProactiveContent(
                AccessibleText.greeting(recipient.language(), recipient.user().name()), command.sections(), visible);
        Instant expiresAt = command.validity() != null ? tx.now().plus(command.validity())
                : ZonedDateTime.ofInstant(tx.now(), settings.defaultZone()).plus(settings.proactiveValidity()).toInstant();
        NoticeId id = new NoticeId(tx.newUuid());
        InboxNotice notice = InboxNotice.builder().id(id).recipient(recipient.id()).kind(command.kind())
                .title(command.title()).body(AccessibleText.summary(recipient.language())).content(content)
                .createdAt(tx.now()).expiresAt(expiresAt).build();
        tx.store(InboxStore.class).insert(notice);
        tx.schedule(EXPIRE, id, expiresAt, null);
        Set<Channel> alerts = EnumSet.noneOf(Channel.class);
        command.alertChannels().stream().filter(c -> c != Channel.INBOX).forEach(alerts::add);
        if (!alerts.isEmpty()) {
            MessageKind alertKind = notifier.templates().supports(command.kind(), Channel.SMS)
                    || notifier.templates().supports(command.kind(), Channel.EMAIL)
                    ? command.kind() : NotificationMessageKinds.PROACTIVE_NOTICE;
            notifier.notify(tx, Notification.to(recipient, alertKind).on(alerts).value("title", command.title())
                    .proactive().build());
        }
        tx.audit("PROACTIVE_NOTICE_PUBLISHED", id);
        tx.event(NotificationEvents.NOTICE_PUBLISHED, id, Map.of("kind", command.kind().code(), "recipient",
                recipient.id().toString()));
        return notice;
    }

    /** The {@link #EXPIRE} task: drops the content of a notice whose validity ended. */
    static void expire(Tx tx, NoticeId notice) {
        tx.store(InboxStore.class).dropContent(notice);
    }

    List<EngagementRow> engagement(Principal principal, LocalDate from, LocalDate to) {
        Checks.date(from, "engagement", "from");
        Checks.date(to, "engagement", "to");
        Checks.argument(!to.isBefore(from) && ChronoUnit.DAYS.between(from, to) < 366, "engagement", "to", "Range",
                "must be on or after 'from' and within 366 days of it");
        return kernel.execute(principal, Operation.ADMINISTRATION, tx -> {
            access.requireAdministrator(principal, Operation.ADMINISTRATION);
            int threshold = settings.engagementThreshold();
            return tx.store(EngagementStore.class).between(from, to).stream()
                    .sorted(Comparator.comparing(EngagementTally::day).thenComparing(t -> t.kind().code())
                            .thenComparing(EngagementTally::callToAction))
                    .map(t -> new EngagementRow(t.day(), t.kind(), t.callToAction().isEmpty() ? null : t.callToAction(),
                            SmallCells.count(t.count(), threshold)))
                    .toList();
        });
    }
}
