package dev.sportello.core.internal.offices;

import dev.sportello.EventType;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.offices.OfficeEvents;
import dev.sportello.offices.Offices;
import dev.sportello.offices.spi.ClosureStore;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.users.spi.UserStore;

import java.util.List;
import java.util.Set;

/**
 * The offices area: offices, the competent office, calendars and closures; provides the office service
 * to the later areas.
 *
 * <p>Not thread-safe while the SDK is built.
 */
public final class OfficesModule implements AreaModule {
    @Override
    public String name() {
        return "offices";
    }

    @Override
    public Set<Class<?>> stores() {
        return Set.of(ClosureStore.class, UserStore.class);
    }

    @Override
    public List<EventType> events() {
        return OfficeEvents.ALL;
    }

    @Override
    public void start(Wiring wiring) {
        OfficeService offices = wiring.provide(OfficeService.class, new OfficeService(wiring.require(Kernel.class),
                wiring.require(ObjectAccess.class), wiring.require(OfficeDirectory.class)));
        wiring.provide(Offices.class, offices);
    }
}
