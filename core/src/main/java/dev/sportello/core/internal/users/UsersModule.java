package dev.sportello.core.internal.users;

import dev.sportello.Channel;
import dev.sportello.EventType;
import dev.sportello.core.UserSettings;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.KindSpec;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Placeholder;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.core.internal.notifications.NotificationsModule;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.users.UserEvents;
import dev.sportello.users.UserMessageKinds;
import dev.sportello.users.Users;
import dev.sportello.users.spi.ConsentStore;
import dev.sportello.users.spi.UserStore;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The users area: registration, profiles, contact points with one-time codes, consents, fragile-users
 * eligibility; provides the user service to the later areas.
 *
 * <p>Not thread-safe while the SDK is built.
 */
public final class UsersModule implements AreaModule {
    @Override
    public String name() {
        return "users";
    }

    @Override
    public Set<Class<?>> stores() {
        return Set.of(UserStore.class, ConsentStore.class);
    }

    @Override
    public List<KindSpec> messageKinds() {
        return List.of(KindSpec.of(UserMessageKinds.CONTACT_VERIFICATION, EnumSet.of(Channel.SMS, Channel.EMAIL),
                List.of(Placeholder.code("code", 10), Placeholder.code("minutes", 4))));
    }

    @Override
    public List<EventType> events() {
        return UserEvents.ALL;
    }

    @Override
    public void start(Wiring wiring) {
        UserService users = wiring.provide(UserService.class, new UserService(wiring.require(Kernel.class),
                wiring.require(ObjectAccess.class), wiring.require(OfficeService.class), wiring.require(Notifier.class),
                wiring.require(NotificationsModule.ConsentEffects.class), wiring.require(UserSettings.class)));
        wiring.provide(Users.class, users);
    }
}
