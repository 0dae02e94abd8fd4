package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.UserId;
import dev.sportello.notifications.DeviceId;
import dev.sportello.notifications.DeviceView;
import dev.sportello.notifications.EngagementRow;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.Notifications;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.RegisterDevice;
import dev.sportello.notifications.RenderedMessage;
import dev.sportello.notifications.ReportReceipt;
import dev.sportello.notifications.ScheduleMessage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The {@link Notifications} use case, handing each call to the service that owns it.
 *
 * <p>Thread-safe.
 */
final class NotificationsFacade implements Notifications {
    private final InboxService inbox;
    private final MessageService messages;
    private final ProactiveNotices proactive;
    private final DeviceRegistry devices;

    NotificationsFacade(InboxService inbox, MessageService messages, ProactiveNotices proactive, DeviceRegistry devices) {
        this.inbox = inbox;
        this.messages = messages;
        this.proactive = proactive;
        this.devices = devices;
    }

    @Override
    public Page<InboxNotice> inbox(Principal principal, UserId user, PageRequest page) {
        return inbox.inbox(principal, user, page);
    }

    @Override
    public long unreadCount(Principal principal, UserId user) {
        return inbox.unreadCount(principal, user);
    }

    @Override
    public InboxNotice open(Principal principal, NoticeId notice) {
        return inbox.open(principal, notice);
    }

    @Override
    public String accessibleText(Principal principal, NoticeId notice) {
        return inbox.accessibleText(principal, notice);
    }

    @Override
    public Page<MessageView> messages(Principal principal, UserId user, PageRequest page) {
        return messages.messages(principal, user, page);
    }

    @Override
    public MessageView message(Principal principal, MessageId message) {
        return messages.message(principal, message);
    }

    @Override
    public List<MessageView> schedule(Principal principal, ScheduleMessage command) {
        return messages.schedule(principal, command);
    }

    @Override
    public MessageView cancel(Principal principal, MessageId message) {
        return messages.cancel(principal, message);
    }

    @Override
    public MessageView reportReceipt(Principal principal, ReportReceipt command) {
        return messages.reportReceipt(principal, command);
    }

    @Override
    public DeviceView registerDevice(Principal principal, RegisterDevice command) {
        return devices.register(principal, command);
    }

    @Override
    public DeviceView unregisterDevice(Principal principal, DeviceId device) {
        return devices.unregister(principal, device);
    }

    @Override
    public List<DeviceView> devices(Principal principal, UserId user) {
        return devices.devices(principal, user);
    }

    @Override
    public InboxNotice publishProactive(Principal principal, PublishProactiveNotice command) {
        return proactive.publish(principal, command);
    }

    @Override
    public void recordView(Principal principal, NoticeId notice) {
        inbox.recordView(principal, notice);
    }

    @Override
    public void recordClick(Principal principal, NoticeId notice, String callToAction) {
        inbox.recordClick(principal, notice, callToAction);
    }

    @Override
    public List<EngagementRow> engagement(Principal principal, LocalDate from, LocalDate to) {
        return proactive.engagement(principal, from, to);
    }

    @Override
    public RenderedMessage preview(Principal principal, MessageKind kind, Channel channel, Language language,
                                   Map<String, String> values) {
        return messages.preview(principal, kind, channel, language, values);
    }
}
