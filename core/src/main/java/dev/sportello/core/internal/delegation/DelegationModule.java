package dev.sportello.core.internal.delegation;

import dev.sportello.Channel;
import dev.sportello.EventType;
import dev.sportello.core.DelegationSettings;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.KindSpec;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Placeholder;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.delegation.DelegationEvents;
import dev.sportello.delegation.DelegationMessageKinds;
import dev.sportello.delegation.Delegations;
import dev.sportello.delegation.spi.DelegationStore;
import dev.sportello.spi.OutboxStore;
import dev.sportello.users.spi.UserStore;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The delegation area: requesting, accepting, rejecting, granting, revoking and listing delegations and
 * mandates, their expiry as scheduled tasks, and the messages to both parties at each step. The check that
 * an active delegation's scope covers an operation is the kernel's, on every call.
 *
 * <p>Not thread-safe while the SDK is built.
 */
public final class DelegationModule implements AreaModule {
    private static final List<Placeholder> COMMON = List.of(Placeholder.text("name", 60), Placeholder.text("delegator", 60),
            Placeholder.text("delegate", 60), Placeholder.text("kind", 40), Placeholder.code("until", 30));

    private DelegationLifecycle lifecycle;

    @Override
    public String name() {
        return "delegation";
    }

    @Override
    public Set<Class<?>> stores() {
        return Set.of(DelegationStore.class, UserStore.class, OutboxStore.class);
    }

    @Override
    public List<KindSpec> messageKinds() {
        Set<Channel> channels = EnumSet.of(Channel.INBOX, Channel.SMS, Channel.EMAIL);
        return List.of(
                KindSpec.of(DelegationMessageKinds.REQUESTED, channels, with(Placeholder.code("acceptBy", 30))),
                KindSpec.of(DelegationMessageKinds.ACTIVE, channels, COMMON),
                KindSpec.of(DelegationMessageKinds.REJECTED, channels, COMMON),
                KindSpec.of(DelegationMessageKinds.REVOKED, channels, COMMON),
                KindSpec.of(DelegationMessageKinds.EXPIRED, channels, with(Placeholder.text("reason", 80))),
                KindSpec.of(DelegationMessageKinds.ENDING, channels, COMMON));
    }

    private static List<Placeholder> with(Placeholder extra) {
        List<Placeholder> all = new ArrayList<>(COMMON);
        all.add(extra);
        return all;
    }

    @Override
    public List<EventType> events() {
        return DelegationEvents.ALL;
    }

    @Override
    public void start(Wiring wiring) {
        DelegationSettings settings = wiring.require(DelegationSettings.class);
        lifecycle = new DelegationLifecycle(new DelegationMessages(wiring.require(Notifier.class)), settings);
        wiring.provide(Delegations.class, new DelegationService(wiring.require(Kernel.class),
                wiring.require(ObjectAccess.class), lifecycle, settings));
    }

    @Override
    public void register(Wiring wiring) {
        Kernel kernel = wiring.require(Kernel.class);
        kernel.tasks().register(DelegationTasks.EXPIRY, lifecycle::expiryTask);
        kernel.tasks().register(DelegationTasks.COMING_OF_AGE_NOTICE, lifecycle::comingOfAgeTask);
    }
}
