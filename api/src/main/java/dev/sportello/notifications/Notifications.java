package dev.sportello.notifications;

import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.UserId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Notifications (R-NOT-1…4): the inbox, the status of every message, delivery receipts, proactive
 * notices with their accessible variant, anonymous engagement figures, and template previews.
 * Messages themselves are produced by the other areas' commands and delivered by the
 * {@link dev.sportello.Dispatcher}.
 *
 * <p>Implementations are thread-safe.
 */
public interface Notifications {
    /**
     * The inbox of a user, newest first, without expired notices.
     *
     * @param principal the acting principal, not null
     * @param user      the user, not null
     * @param page      the page, not null
     * @return the page
     */
    Page<InboxNotice> inbox(Principal principal, UserId user, PageRequest page);

    /**
     * How many notices of a user are unread (expired ones do not count).
     *
     * @param principal the acting principal, not null
     * @param user      the user, not null
     * @return the count
     */
    long unreadCount(Principal principal, UserId user);

    /**
     * Opens a notice and marks it read.
     *
     * @param principal the acting principal, not null
     * @param notice    the notice, not null
     * @return the notice
     */
    InboxNotice open(Principal principal, NoticeId notice);

    /**
     * The text-only variant of a notice for screen readers (R-DOS-4: blind recipients), with the same
     * content in reading order.
     *
     * @param principal the acting principal, not null
     * @param notice    the notice, not null
     * @return plain text, never null
     */
    String accessibleText(Principal principal, NoticeId notice);

    /**
     * The messages sent (or not) to a user, newest first.
     *
     * @param principal the acting principal, not null
     * @param user      the user, not null
     * @param page      the page, not null
     * @return the page
     */
    Page<MessageView> messages(Principal principal, UserId user, PageRequest page);

    /**
     * One message with its decision and history.
     *
     * @param principal the acting principal, not null
     * @param message   the message, not null
     * @return the message
     */
    MessageView message(Principal principal, MessageId message);

    /**
     * Sends or schedules a message (services).
     *
     * @param principal a service principal, not null
     * @param command   the message, not null
     * @return one view per channel, with the decision taken for it
     */
    List<MessageView> schedule(Principal principal, ScheduleMessage command);

    /**
     * Cancels a message that is still queued.
     *
     * @param principal a service principal, not null
     * @param message   the message, not null
     * @return the cancelled message
     */
    MessageView cancel(Principal principal, MessageId message);

    /**
     * Registers an app installation of the user for push notifications, or refreshes it (the same
     * platform and token again: it was seen now, it is active again, and it is the user's).
     *
     * @param principal the user themself, not null
     * @param command   the installation, not null
     * @return the installation as stored
     */
    DeviceView registerDevice(Principal principal, RegisterDevice command);

    /**
     * Unregisters an installation (the user signed out of the app): no more pushes go to it. Idempotent.
     *
     * @param principal the user whose installation it is, not null
     * @param device    the installation, not null
     * @return the installation, retired
     */
    DeviceView unregisterDevice(Principal principal, DeviceId device);

    /**
     * The user's installations, active and retired, most recently seen first.
     *
     * @param principal the user themself, not null
     * @param user      the user, not null
     * @return the installations, never null
     */
    List<DeviceView> devices(Principal principal, UserId user);

    /**
     * Reports a gateway's delivery receipt (services). Idempotent.
     *
     * @param principal a service principal, not null
     * @param command   the receipt, not null
     * @return the message after the receipt
     */
    MessageView reportReceipt(Principal principal, ReportReceipt command);

    /**
     * Publishes a personalised proactive notice (services).
     *
     * @param principal a service principal, not null
     * @param command   the notice, not null
     * @return the notice as the recipient will see it
     */
    InboxNotice publishProactive(Principal principal, PublishProactiveNotice command);

    /**
     * Counts a view of a proactive notice, anonymously.
     *
     * @param principal the recipient (or their delegate), not null
     * @param notice    the notice, not null
     */
    void recordView(Principal principal, NoticeId notice);

    /**
     * Counts a click on a call to action of a proactive notice, anonymously.
     *
     * @param principal    the recipient (or their delegate), not null
     * @param notice       the notice, not null
     * @param callToAction the call-to-action id, not null
     */
    void recordClick(Principal principal, NoticeId notice, String callToAction);

    /**
     * The anonymous engagement figures per day, notice kind and call to action, with counts below the
     * threshold suppressed (R-NOT-4).
     *
     * @param principal a service principal or supervisor, not null
     * @param from      first day, not null
     * @param to        last day, not null
     * @return the rows, by day, kind and call to action
     */
    List<EngagementRow> engagement(Principal principal, LocalDate from, LocalDate to);

    /**
     * Renders a template with given values, as it would be sent. Needs {@link Operation#NOTIFICATION_ADMIN}
     * and a service principal.
     *
     * @param principal the acting principal, not null
     * @param kind     the kind, not null
     * @param channel  the channel, not null
     * @param language the language, not null
     * @param values   the values, not null
     * @return the rendering
     * @throws dev.sportello.InvalidInputException with {@code NOT_TEMPLATE_VALUE_MISSING} or
     *         {@code NOT_SMS_TOO_LONG}
     */
    RenderedMessage preview(Principal principal, MessageKind kind, Channel channel, Language language, Map<String, String> values);
}
