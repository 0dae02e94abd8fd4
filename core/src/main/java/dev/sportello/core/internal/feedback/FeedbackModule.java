package dev.sportello.core.internal.feedback;

import dev.sportello.EventType;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.core.NotificationSettings;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.feedback.Feedback;
import dev.sportello.feedback.FeedbackEvents;
import dev.sportello.feedback.spi.FeedbackStore;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.requests.spi.RequestStore;
import dev.sportello.users.spi.UserStore;

import java.util.List;
import java.util.Set;

/**
 * The feedback area (R-DOS-6): ratings of the service and of finished interactions, with suggestions that
 * the staff triage, and anonymous figures. It reads requests and appointments through their stores, so it
 * comes after both areas.
 *
 * <p>Not thread-safe while the SDK is built.
 */
public final class FeedbackModule implements AreaModule {
    @Override
    public String name() {
        return "feedback";
    }

    @Override
    public Set<Class<?>> stores() {
        return Set.of(FeedbackStore.class, RequestStore.class, AppointmentStore.class, UserStore.class);
    }

    @Override
    public List<EventType> events() {
        return FeedbackEvents.ALL;
    }

    @Override
    public void start(Wiring wiring) {
        Kernel kernel = wiring.require(Kernel.class);
        ObjectAccess access = wiring.require(ObjectAccess.class);
        StaffAccess staff = new StaffAccess(access);
        wiring.provide(Feedback.class, new FeedbackFacade(
                new Rating(kernel, access, wiring.require(OfficeDirectory.class)),
                new Review(kernel, staff, wiring.require(NotificationSettings.class))));
    }
}
