package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.EventType;
import dev.sportello.UserId;
import dev.sportello.core.NotificationSettings;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.KindSpec;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Placeholder;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.notifications.NotificationEvents;
import dev.sportello.notifications.NotificationMessageKinds;
import dev.sportello.notifications.Notifications;
import dev.sportello.notifications.spi.DeviceStore;
import dev.sportello.notifications.spi.EngagementStore;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.spi.OutboxStore;
import dev.sportello.users.spi.ConsentStore;
import dev.sportello.users.spi.UserStore;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The notifications area: the notifier every area sends through (provided to the later areas), the
 * inbox, messages, receipts, proactive notices and their engagement figures.
 *
 * <p>Not thread-safe while the SDK is built.
 */
public final class NotificationsModule implements AreaModule {
    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public Set<Class<?>> stores() {
        return Set.of(UserStore.class, ConsentStore.class, MessageStore.class, InboxStore.class, EngagementStore.class,
                DeviceStore.class, OutboxStore.class);
    }

    @Override
    public List<KindSpec> messageKinds() {
        return List.of(KindSpec.of(NotificationMessageKinds.PROACTIVE_NOTICE, EnumSet.allOf(Channel.class),
                List.of(Placeholder.text("name", 60), Placeholder.text("title", 200))));
    }

    @Override
    public List<EventType> events() {
        return NotificationEvents.ALL;
    }

    @Override
    public void start(Wiring wiring) {
        Kernel kernel = wiring.require(Kernel.class);
        ObjectAccess access = wiring.require(ObjectAccess.class);
        NotificationSettings settings = wiring.require(NotificationSettings.class);
        Recipients recipients = new Recipients(wiring.require(OfficeDirectory.class), settings.defaultZone());
        Notifier notifier = wiring.provide(Notifier.class, new Notifier(wiring.require(TemplateCatalog.class),
                new QuietHours(settings.quietHoursStart(), settings.quietHoursEnd()), recipients));
        ProactiveNotices proactive = new ProactiveNotices(kernel, access, notifier, settings);
        wiring.provide(ProactivePublisher.class, new ProactivePublisher(proactive));
        wiring.provide(Notifications.class, new NotificationsFacade(new InboxService(kernel, access, settings.defaultZone()),
                new MessageService(kernel, access, notifier), proactive,
                new DeviceRegistry(kernel, access)));
        wiring.provide(ConsentEffects.class, MessageService::cancelQueued);
    }

    @Override
    public void register(Wiring wiring) {
        wiring.require(Kernel.class).tasks().register(ProactiveNotices.EXPIRE, ProactiveNotices::expire);
    }

    /** What a recorded consent does to the messages already queued (used by the users area). */
    @FunctionalInterface
    public interface ConsentEffects {
        /**
         * Cancels the queued messages of a user on a channel.
         *
         * @param tx            the transaction
         * @param user          the user
         * @param channel       the channel
         * @param proactiveOnly only proactive messages (a withdrawn opt-in) or all but codes (an opt-out)
         * @param reason        the reason to record
         */
        void cancelQueued(Tx tx, UserId user, Channel channel,
                          boolean proactiveOnly, String reason);
    }
}
