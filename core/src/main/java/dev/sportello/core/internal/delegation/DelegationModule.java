package dev.sportello.core.internal.delegation;

import dev.sportello.EventType;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.delegation.DelegationEvents;
import dev.sportello.delegation.Delegations;
import dev.sportello.delegation.spi.DelegationStore;
import dev.sportello.users.spi.UserStore;

import java.util.List;
import java.util.Set;

/**
 * The delegation area: granting, revoking and listing delegations and mandates. The check that a
 * delegation covers an operation is the kernel's, on every call.
 *
 * <p>Not thread-safe while the SDK is built.
 */
public final class DelegationModule implements AreaModule {
    @Override
    public String name() {
        return "delegation";
    }

    @Override
    public Set<Class<?>> stores() {
        return Set.of(DelegationStore.class, UserStore.class);
    }

    @Override
    public List<EventType> events() {
        return DelegationEvents.ALL;
    }

    @Override
    public void start(Wiring wiring) {
        wiring.provide(Delegations.class, new DelegationService(wiring.require(Kernel.class),
                wiring.require(ObjectAccess.class)));
    }
}
