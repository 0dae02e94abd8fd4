package dev.sportello.core.notifications;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.NotificationSettings;
import dev.sportello.core.kernel.Access;
import dev.sportello.core.kernel.Admins;
import dev.sportello.core.kernel.AssuranceGuard;
import dev.sportello.core.kernel.Checks;
import dev.sportello.core.kernel.Kernel;
import dev.sportello.core.kernel.Tx;
import dev.sportello.notifications.Amount;
import dev.sportello.notifications.CallToAction;
import dev.sportello.notifications.EngagementCount;
import dev.sportello.notifications.EngagementRow;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.Notifications;
import dev.sportello.notifications.ProactiveContent;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.RenderedMessage;
import dev.sportello.notifications.ReportReceipt;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Section;
import dev.sportello.spi.MessageRecord;
import dev.sportello.spi.MessageTransition;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.UserRecord;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The notifications use case.
 *
 * <p>Thread-safe.
 */
public final class NotificationService implements Notifications {
    /** The task that drops the content of an expired notice. */
    public static final String EXPIRE_NOTICE = "notice.expire";

    private final Kernel kernel;
    private final Notifier notifier;
    private final NotificationSettings settings;
    private final Admins admins;
    private final AssuranceGuard guard;

    /**
     * Creates the service; the SDK registers {@link #expireNotice} with the dispatcher.
     *
     * @param kernel     the kernel
     * @param notifier   the notifier
     * @param settings   the settings
     * @param admins     who may read figures
     * @param guard      the assurance guard (the guide needs a higher level than the inbox)
     */
    public NotificationService(Kernel kernel, Notifier notifier, NotificationSettings settings, Admins admins,
                               AssuranceGuard guard) {
        this.kernel = kernel;
        this.notifier = notifier;
        this.settings = settings;
        this.admins = admins;
        this.guard = guard;
    }

    /**
     * The {@link #EXPIRE_NOTICE} task: drops the content of a notice whose validity ended.
     *
     * @param tx    the task's transaction
     * @param entry the task's outbox entry
     */
    public static void expireNotice(Tx tx, OutboxEntry entry) {
        tx.stores().inbox().dropContent(NoticeId.of(entry.payload().get("noticeId")));
    }

    @Override
    public Page<InboxNotice> inbox(Principal principal, UserId user, PageRequest page) {
        Checks.notNull(user, "inbox", "user");
        Checks.notNull(page, "inbox", "page");
        return kernel.execute(principal, Operation.INBOX_READ, page, tx -> {
            Access.requireOwnerOrService(principal, user, "inbox", user);
            return tx.stores().inbox().list(user, tx.now(), page);
        });
    }

    @Override
    public long unreadCount(Principal principal, UserId user) {
        Checks.notNull(user, "unreadCount", "user");
        return kernel.execute(principal, Operation.INBOX_READ, null, tx -> {
            Access.requireOwnerOrService(principal, user, "inbox", user);
            return tx.stores().inbox().unread(user, tx.now());
        });
    }

    private InboxNotice readable(Tx tx, Principal principal, NoticeId id) {
        InboxNotice notice = tx.stores().inbox().find(Checks.notNull(id, "notice", "notice"))
                .filter(n -> n.expiresAt() == null || tx.now().isBefore(n.expiresAt()))
                .orElseThrow(() -> SportelloException.of(ErrorCode.NOT_NOTICE_NOT_FOUND, Map.of("noticeId", String.valueOf(id))));
        Access.requireOwnerOrService(principal, notice.recipient(), "notice", id);
        if (notice.content() != null) {
            guard.check(principal, Operation.PROACTIVE_GUIDE_READ);
        }
        return notice;
    }

    @Override
    public InboxNotice open(Principal principal, NoticeId notice) {
        return kernel.execute(principal, Operation.INBOX_INTERACT, null, tx -> {
            InboxNotice found = readable(tx, principal, notice);
            if (found.readAt() != null || !found.recipient().equals(principal.subjectUser())) {
                return found;
            }
            tx.stores().inbox().markRead(found.id(), tx.now());
            return new InboxNotice(found.id(), found.recipient(), found.kind(), found.title(), found.body(),
                    found.content(), found.createdAt(), tx.now(), found.expiresAt());
        });
    }

    @Override
    public String accessibleText(Principal principal, NoticeId notice) {
        return kernel.execute(principal, Operation.INBOX_READ, null, tx -> {
            InboxNotice found = readable(tx, principal, notice);
            Language language = tx.stores().users().find(found.recipient()).map(UserRecord::language).orElse(Language.IT);
            return AccessibleText.of(found, language);
        });
    }

    @Override
    public Page<MessageView> messages(Principal principal, UserId user, PageRequest page) {
        Checks.notNull(user, "messages", "user");
        Checks.notNull(page, "messages", "page");
        return kernel.execute(principal, Operation.INBOX_READ, page, tx -> {
            Access.requireOwnerOrService(principal, user, "messages", user);
            Page<MessageRecord> records = tx.stores().messages().forRecipient(user, page);
            return new Page<>(records.items().stream().map(NotificationService::view).toList(), records.nextCursor());
        });
    }

    @Override
    public MessageView message(Principal principal, MessageId message) {
        Checks.notNull(message, "message", "message");
        return kernel.execute(principal, Operation.INBOX_READ, null, tx -> {
            MessageRecord record = find(tx, message);
            Access.requireOwnerOrService(principal, record.recipient(), "message", message);
            return view(record);
        });
    }

    private static MessageRecord find(Tx tx, MessageId id) {
        return tx.stores().messages().find(id).orElseThrow(() ->
                SportelloException.of(ErrorCode.NOT_MESSAGE_NOT_FOUND, Map.of("messageId", id.toString())));
    }

    @Override
    public List<MessageView> schedule(Principal principal, ScheduleMessage command) {
        return kernel.execute(principal, Operation.NOTIFICATION_ADMIN, command, tx -> {
            Access.requireService(principal, Operation.NOTIFICATION_ADMIN);
            if (!notifier.templates().knows(command.kind())) {
                throw SportelloException.invalidField(ErrorCode.NOT_KIND_UNKNOWN, "kind", Map.of("kind", command.kind().code()));
            }
            if (command.purpose() == Purpose.VERIFICATION) {
                throw SportelloException.invalidField(ErrorCode.NOT_PURPOSE_RESERVED, "purpose",
                        Map.of("purpose", command.purpose().name()));
            }
            if (command.dueAt() != null && command.dueAt().isBefore(tx.now())) {
                throw SportelloException.invalidField(ErrorCode.NOT_SCHEDULE_IN_PAST, "dueAt", Map.of());
            }
            UserRecord user = tx.stores().users().find(command.recipient()).orElseThrow(() ->
                    SportelloException.of(ErrorCode.USR_NOT_FOUND, Map.of("userId", command.recipient().toString())));
            for (Channel channel : command.channels()) {
                if ((channel == Channel.SMS || channel == Channel.EMAIL) && Notifier.verified(user, channel).isEmpty()) {
                    throw SportelloException.of(ErrorCode.NOT_CONTACT_UNVERIFIED,
                            Map.of("userId", user.id().toString(), "channel", channel.name()));
                }
            }
            Notification notification = new Notification(user.id(), command.kind(), command.channels(),
                    command.values(), command.purpose(), command.dueAt(), command.urgent(), null, null, List.of());
            List<MessageRecord> records = notifier.notify(tx, notification);
            tx.audit("MESSAGES_SCHEDULED", "user", user.id());
            return records.stream().map(NotificationService::view).toList();
        });
    }

    @Override
    public MessageView cancel(Principal principal, MessageId message) {
        Checks.notNull(message, "cancel", "message");
        return kernel.execute(principal, Operation.NOTIFICATION_ADMIN, null, tx -> {
            Access.requireService(principal, Operation.NOTIFICATION_ADMIN);
            MessageRecord record = find(tx, message);
            if (record.status() != MessageStatus.QUEUED
                    || tx.stores().outbox().cancelEntry(message.toString(), tx.now()).isEmpty()) {
                throw SportelloException.of(ErrorCode.NOT_MESSAGE_NOT_QUEUED,
                        Map.of("messageId", message.toString(), "status", record.status().name()));
            }
            tx.stores().messages().transition(List.of(new MessageTransition(message, MessageStatus.QUEUED,
                    MessageStatus.CANCELLED, tx.now(), "cancelled by " + principal.actor().asText(), null, -1)));
            tx.audit("MESSAGE_CANCELLED", "message", message);
            return view(find(tx, message));
        });
    }

    /**
     * Cancels the queued messages of a user on a channel, after an opt-out or a withdrawn opt-in.
     *
     * @param tx        the transaction
     * @param user      the user
     * @param channel   the channel
     * @param proactive only proactive messages (withdrawal) or all of them (opt-out)
     * @param reason    the reason to record
     */
    public static void cancelQueued(Tx tx, UserId user, Channel channel, boolean proactive, String reason) {
        for (MessageRecord message : tx.stores().messages().queued(user, channel)) {
            if (proactive && message.purpose() != Purpose.PROACTIVE || message.purpose() == Purpose.VERIFICATION) {
                continue;
            }
            if (tx.stores().outbox().cancelEntry(message.id().toString(), tx.now()).isPresent()) {
                tx.stores().messages().transition(List.of(new MessageTransition(message.id(), MessageStatus.QUEUED,
                        MessageStatus.CANCELLED, tx.now(), reason, null, -1)));
            }
        }
    }

    @Override
    public MessageView reportReceipt(Principal principal, ReportReceipt command) {
        return kernel.execute(principal, Operation.NOTIFICATION_ADMIN, command, tx -> {
            Access.requireService(principal, Operation.NOTIFICATION_ADMIN);
            MessageRecord record = tx.stores().messages().findByProviderId(command.channel(), command.providerId())
                    .orElseThrow(() -> SportelloException.of(ErrorCode.NOT_RECEIPT_UNKNOWN,
                            Map.of("channel", command.channel().name())));
            MessageStatus target = command.outcome().status();
            if (record.status() == target) {
                return view(record);
            }
            if (record.status() != MessageStatus.SENT) {
                throw SportelloException.of(ErrorCode.NOT_RECEIPT_CONFLICT, Map.of("messageId", record.id().toString(),
                        "status", record.status().name(), "outcome", command.outcome().name()));
            }
            tx.stores().messages().transition(List.of(new MessageTransition(record.id(), MessageStatus.SENT, target,
                    command.at(), "receipt", null, -1)));
            tx.event("message." + target.name().toLowerCase(java.util.Locale.ROOT), "message", record.id(),
                    Map.of("channel", record.channel().name(), "kind", record.kind().code()));
            return view(find(tx, record.id()));
        });
    }

    @Override
    public InboxNotice publishProactive(Principal principal, PublishProactiveNotice command) {
        return kernel.execute(principal, Operation.NOTIFICATION_ADMIN, command, tx -> {
            Access.requireService(principal, Operation.NOTIFICATION_ADMIN);
            UserRecord user = tx.stores().users().find(command.recipient()).orElseThrow(() ->
                    SportelloException.of(ErrorCode.USR_NOT_FOUND, Map.of("userId", command.recipient().toString())));
            List<CallToAction> visible = command.callsToAction().stream()
                    .filter(cta -> cta.requiredEntitlement() == null || command.entitlements().contains(cta.requiredEntitlement()))
                    .toList();
            ProactiveContent content = new ProactiveContent(AccessibleText.greeting(user.language(), user.name()),
                    command.sections(), visible);
            Instant expiresAt = command.validity() != null ? tx.now().plus(command.validity())
                    : ZonedDateTime.ofInstant(tx.now(), settings.defaultZone()).plus(settings.proactiveValidity()).toInstant();
            NoticeId id = new NoticeId(UUID.fromString(tx.newId()));
            InboxNotice notice = new InboxNotice(id, user.id(), command.kind(), command.title(),
                    AccessibleText.summary(user.language()), content, tx.now(), null, expiresAt);
            tx.stores().inbox().insert(notice);
            tx.enqueue(OutboxEntry.pending(tx.newId(), OutboxKind.TASK, EXPIRE_NOTICE, Map.of("noticeId", id.toString()),
                    expiresAt, null, tx.now()));
            Set<Channel> alerts = EnumSet.noneOf(Channel.class);
            command.alertChannels().stream().filter(c -> c != Channel.INBOX).forEach(alerts::add);
            if (!alerts.isEmpty()) {
                MessageKind alertKind = notifier.templates().supports(command.kind(), Channel.SMS)
                        || notifier.templates().supports(command.kind(), Channel.EMAIL) ? command.kind() : MessageKind.PROACTIVE_NOTICE;
                notifier.notify(tx, new Notification(user.id(), alertKind, alerts, Map.of("title", command.title()),
                        Purpose.PROACTIVE, null, false, null, null, List.of()));
            }
            tx.audit("PROACTIVE_NOTICE_PUBLISHED", "notice", id);
            tx.event("notice.published", "notice", id, Map.of("kind", command.kind().code(), "recipient", user.id().toString()));
            return notice;
        });
    }

    @Override
    public void recordView(Principal principal, NoticeId notice) {
        kernel.execute(principal, Operation.INBOX_INTERACT, null, tx -> {
            InboxNotice found = readable(tx, principal, notice);
            tx.stores().engagement().increment(LocalDate.ofInstant(tx.now(), settings.defaultZone()), found.kind(), "");
            return null;
        });
    }

    @Override
    public void recordClick(Principal principal, NoticeId notice, String callToAction) {
        Checks.notNull(callToAction, "recordClick", "callToAction");
        kernel.execute(principal, Operation.INBOX_INTERACT, null, tx -> {
            InboxNotice found = readable(tx, principal, notice);
            boolean known = found.content() != null
                    && found.content().callsToAction().stream().anyMatch(c -> c.id().equals(callToAction));
            if (!known) {
                throw SportelloException.invalidField(ErrorCode.NOT_CALL_TO_ACTION_UNKNOWN, "callToAction",
                        Map.of("noticeId", notice.toString(), "callToAction", callToAction.length() > 40
                                ? callToAction.substring(0, 40) : callToAction));
            }
            tx.stores().engagement().increment(LocalDate.ofInstant(tx.now(), settings.defaultZone()), found.kind(), callToAction);
            return null;
        });
    }

    @Override
    public List<EngagementRow> engagement(Principal principal, LocalDate from, LocalDate to) {
        Checks.notNull(from, "engagement", "from");
        Checks.notNull(to, "engagement", "to");
        Checks.argument(!to.isBefore(from) && ChronoUnit.DAYS.between(from, to) < 366, "engagement", "to", "Range",
                "must be on or after 'from' and within 366 days of it");
        return kernel.execute(principal, Operation.ADMINISTRATION, null, tx -> {
            admins.require(principal, Operation.ADMINISTRATION);
            int threshold = settings.engagementThreshold();
            return tx.stores().engagement().between(from, to).stream()
                    .sorted(Comparator.comparing((dev.sportello.spi.EngagementTally t) -> t.day())
                            .thenComparing(t -> t.kind().code()).thenComparing(t -> t.callToAction()))
                    .map(t -> new EngagementRow(t.day(), t.kind(), t.callToAction().isEmpty() ? null : t.callToAction(),
                            t.count() < threshold ? new EngagementCount.Suppressed(threshold)
                                    : new EngagementCount.Exact(t.count())))
                    .toList();
        });
    }

    @Override
    public RenderedMessage preview(MessageKind kind, Channel channel, Language language, Map<String, String> values) {
        Checks.notNull(kind, "preview", "kind");
        Checks.notNull(channel, "preview", "channel");
        Checks.notNull(language, "preview", "language");
        Checks.notNull(values, "preview", "values");
        return notifier.templates().render(kind, channel, language, values);
    }

    /**
     * The view of a stored message.
     *
     * @param r the record
     * @return the view
     */
    public static MessageView view(MessageRecord r) {
        return new MessageView(r.id(), r.recipient(), r.channel(), r.kind(), r.language(), r.purpose(), r.status(),
                r.skipReason(), r.destination(), r.smsSegments(), r.smsEncoding(), r.dueAt(), r.providerId(),
                r.attempts(), r.history(), r.createdAt());
    }

    /** The plain-text forms of proactive content. */
    static final class AccessibleText {
        private AccessibleText() {
        }

        static String greeting(Language language, String name) {
            return switch (language) {
                case IT -> "Gentile " + name + ",";
                case EN -> "Dear " + name + ",";
                case DE -> "Sehr geehrte/r " + name + ",";
            };
        }

        static String summary(Language language) {
            return switch (language) {
                case IT -> "Apri l'avviso per leggere la guida personalizzata.";
                case EN -> "Open the notice to read your personalised guide.";
                case DE -> "Öffnen Sie die Mitteilung, um Ihren persönlichen Leitfaden zu lesen.";
            };
        }

        private static String actions(Language language) {
            return switch (language) {
                case IT -> "Azioni disponibili:";
                case EN -> "Available actions:";
                case DE -> "Verfügbare Aktionen:";
            };
        }

        static String of(InboxNotice notice, Language language) {
            StringBuilder out = new StringBuilder(notice.title()).append("\n\n");
            ProactiveContent content = notice.content();
            if (content == null) {
                return out.append(notice.body()).append('\n').toString();
            }
            NumberFormat money = NumberFormat.getNumberInstance(language.locale());
            money.setMinimumFractionDigits(2);
            money.setMaximumFractionDigits(2);
            out.append(content.greeting()).append("\n\n");
            for (Section section : content.sections()) {
                out.append(section.heading()).append('\n');
                section.paragraphs().forEach(p -> out.append(p).append('\n'));
                for (Amount amount : section.amounts()) {
                    out.append("- ").append(amount.label()).append(": ").append(money.format(amount.value())).append(" euro");
                    if (amount.period() != null) {
                        out.append(' ').append(amount.period());
                    }
                    out.append('\n');
                }
                out.append('\n');
            }
            if (!content.callsToAction().isEmpty()) {
                out.append(actions(language)).append('\n');
                content.callsToAction().forEach(c -> out.append("- ").append(c.label()).append(": ").append(c.url()).append('\n'));
            }
            return out.toString();
        }
    }
}
