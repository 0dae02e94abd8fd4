package dev.sportello.core.internal.appointments;

import dev.sportello.Channel;
import dev.sportello.EventType;
import dev.sportello.appointments.AppointmentEvents;
import dev.sportello.appointments.AppointmentMessageKinds;
import dev.sportello.appointments.Appointments;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.core.AppointmentSettings;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.KindSpec;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Placeholder;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.core.internal.users.UserService;
import dev.sportello.spi.CounterStore;
import dev.sportello.spi.OutboxStore;
import dev.sportello.users.spi.UserStore;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The appointments area (R-APT-1…6, R-DEL-4): calendars, booking, the call, changes, the waitlist and
 * the meeting rooms of video calls; reacts to day closures of the offices area.
 *
 * <p>Not thread-safe while the SDK is built.
 */
public final class AppointmentsModule implements AreaModule {
    private static final Placeholder NAME = Placeholder.text("name", 60);
    private static final Placeholder WHEN = Placeholder.code("when", 30);
    private static final Placeholder OFFICE = Placeholder.text("office", 40);
    private static final Placeholder MODE = Placeholder.text("mode", 24);
    private static final Placeholder TOPIC = Placeholder.text("topic", 40);

    private Changes changes;
    private CallDesk callDesk;
    private Waitlist waitlist;
    private MeetingRooms rooms;

    @Override
    public String name() {
        return "appointments";
    }

    @Override
    public Set<Class<?>> stores() {
        return Set.of(AppointmentStore.class, CounterStore.class, UserStore.class, OutboxStore.class);
    }

    @Override
    public List<KindSpec> messageKinds() {
        Set<Channel> all = EnumSet.allOf(Channel.class);
        return List.of(
                KindSpec.of(AppointmentMessageKinds.CONFIRMED, all, List.of(NAME, WHEN, OFFICE, MODE, TOPIC)),
                KindSpec.of(AppointmentMessageKinds.VIDEO_CALL_CONFIRMED, all,
                        List.of(NAME, WHEN, OFFICE, TOPIC, Placeholder.code("link", 300))),
                KindSpec.of(AppointmentMessageKinds.ADMISSION_CODE, EnumSet.of(Channel.SMS),
                        List.of(Placeholder.code("code", 10), WHEN)),
                KindSpec.of(AppointmentMessageKinds.REMINDER, all, List.of(NAME, WHEN, OFFICE, MODE, TOPIC)),
                KindSpec.of(AppointmentMessageKinds.RESCHEDULED, all, List.of(NAME, WHEN, OFFICE, MODE, TOPIC)),
                KindSpec.of(AppointmentMessageKinds.CANCELLED, all,
                        List.of(NAME, WHEN, OFFICE, TOPIC, Placeholder.text("reason", 500))),
                KindSpec.of(AppointmentMessageKinds.WAITLIST_OFFER, all,
                        List.of(NAME, WHEN, OFFICE, TOPIC, Placeholder.code("until", 30))));
    }

    @Override
    public List<EventType> events() {
        return AppointmentEvents.ALL;
    }

    @Override
    public void start(Wiring wiring) {
        Kernel kernel = wiring.require(Kernel.class);
        AppointmentSettings settings = wiring.require(AppointmentSettings.class);
        OfficeService offices = wiring.require(OfficeService.class);
        AppointmentRules rules = new AppointmentRules(wiring.require(ObjectAccess.class));
        Calendars calendars = new Calendars(offices);
        Seats seats = new Seats(offices.directory());
        BookingRules bookingRules = new BookingRules(settings, wiring.require(UserService.class));
        AppointmentMessages messages = new AppointmentMessages(wiring.require(Notifier.class), settings);
        Booking booking = new Booking(kernel, calendars, seats, bookingRules, messages, settings);
        waitlist = new Waitlist(kernel, calendars, seats, bookingRules, booking, messages, settings);
        changes = new Changes(kernel, rules, calendars, seats, booking, waitlist, messages, settings);
        callDesk = new CallDesk(kernel, rules, settings);
        rooms = new MeetingRooms(settings.meetingProvider(), calendars, messages);
        wiring.provide(Appointments.class, new AppointmentsFacade(kernel, rules, booking, callDesk, changes, waitlist));
    }

    @Override
    public void register(Wiring wiring) {
        Kernel kernel = wiring.require(Kernel.class);
        kernel.tasks().register(AppointmentTasks.NO_SHOW, callDesk::noShowTask);
        kernel.tasks().register(AppointmentTasks.OFFER_EXPIRY, waitlist::offerExpiryTask);
        kernel.tasks().registerRemote(AppointmentTasks.OPEN_ROOM, rooms.opening());
        kernel.tasks().registerRemote(AppointmentTasks.CLOSE_ROOM, rooms.closing());
        kernel.hooks().on(OfficeService.DAY_CLOSED, changes::dayClosed);
    }
}
