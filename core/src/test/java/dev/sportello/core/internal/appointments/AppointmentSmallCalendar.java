package dev.sportello.core.internal.appointments;

import dev.sportello.DomainEvent;
import dev.sportello.EventType;
import dev.sportello.OperatorId;
import dev.sportello.TopicCode;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentTopic;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.InformationLevel;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinWaitlist;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.core.SportelloSdk;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.WeeklyHours;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.spi.CounterStore;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.UserProfile;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.rome;

/**
 * Core's test offices plus, at Roma, a small calendar that a few bookings fill: certificates, two 30-minute
 * slots 09:00–10:00 on weekdays, one seat in person and two by video, one hour of notice, 30 days ahead.
 */
final class AppointmentSmallCalendar implements OfficeDirectory {
    /** The topic of the small calendar, first level. */
    static final AppointmentTopic CERTIFICATES = new AppointmentTopic(new TopicCode("CERTIFICATES"), "Certificati",
            InformationLevel.FIRST);
    /** The topic's code. */
    static final TopicCode TOPIC = CERTIFICATES.code();
    /** Tuesday 24 November 2026, the day after the fixture's start. */
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    /** A topic whose calendar (only with {@link #withEarlyCalendar()}) lies before the interpreter's hours. */
    static final AppointmentTopic EARLY = new AppointmentTopic(new TopicCode("EARLY_CERTIFICATES"), "Certificati presto",
            InformationLevel.FIRST);

    private final OfficeDirectory base = TestOffices.directory();
    private final boolean withEarly;
    private final BookingCalendar early = new BookingCalendar(TestOffices.ROMA, EARLY, WeeklyHours.weekdays("08:00-09:00"),
            Duration.ofMinutes(30), Map.of(ContactMode.VIDEO_CALL, 1), Duration.ofHours(1), 30);
    private final BookingCalendar small = new BookingCalendar(TestOffices.ROMA, CERTIFICATES,
            WeeklyHours.weekdays("09:00-10:00"), Duration.ofMinutes(30),
            Map.of(ContactMode.IN_PERSON, 1, ContactMode.VIDEO_CALL, 2), Duration.ofHours(1), 30);

    /** Tuesday 09:00 in Rome, the first slot of the small calendar that day. */
    static final Instant NINE = rome("2026-11-24T09:00");
    /** Tuesday 09:30 in Rome, the second and last slot. */
    static final Instant NINE_THIRTY = rome("2026-11-24T09:30");

    private AppointmentSmallCalendar(boolean withEarly) {
        this.withEarly = withEarly;
    }

    /**
     * A fixture over these offices plus, at Roma, a calendar of {@link #EARLY}: 08:00–09:00 on weekdays, one
     * video seat, before the only sign-language operator starts work at 09:00.
     *
     * @return the fixture
     */
    static CoreFixture withEarlyCalendar() {
        return new CoreFixture(b -> b.officeDirectory(new AppointmentSmallCalendar(true)));
    }

    /** A fixture over these offices. */
    static CoreFixture fixture() {
        return fixture(b -> { });
    }

    /**
     * A fixture over these offices, with changed settings.
     *
     * @param customizer changes to the builder, applied last
     * @return the fixture
     */
    static CoreFixture fixture(Consumer<SportelloSdk.Builder> customizer) {
        return new CoreFixture(b -> {
            b.officeDirectory(new AppointmentSmallCalendar(false));
            customizer.accept(b);
        });
    }

    /**
     * Books the small calendar at Roma, without interpretation.
     *
     * @param h     the fixture
     * @param user  the user, signed in with CIE
     * @param mode  the contact mode
     * @param start the slot
     * @return the booking
     */
    static Appointment book(CoreFixture h, UserProfile user, ContactMode mode, Instant start) {
        return book(h, user, mode, start, Interpretation.NONE);
    }

    /**
     * Books the small calendar at Roma.
     *
     * @param h              the fixture
     * @param user           the user, signed in with CIE
     * @param mode           the contact mode
     * @param start          the slot
     * @param interpretation the interpretation
     * @return the booking
     */
    static Appointment book(CoreFixture h, UserProfile user, ContactMode mode, Instant start,
                            Interpretation interpretation) {
        return h.sdk.appointments().book(cie(user), new BookAppointment(h.key(), TestOffices.ROMA, TOPIC, mode, start,
                interpretation));
    }

    /**
     * Joins the waitlist of the small calendar for Tuesday.
     *
     * @param h              the fixture
     * @param user           the user, signed in with CIE
     * @param mode           the contact mode
     * @param interpretation the interpretation
     * @return the entry
     */
    static WaitlistEntry join(CoreFixture h, UserProfile user, ContactMode mode, Interpretation interpretation) {
        return h.sdk.appointments().joinWaitlist(cie(user), new JoinWaitlist(TestOffices.ROMA, TOPIC, mode, TUESDAY,
                interpretation));
    }

    /**
     * A user's waitlist entry, as the user reads it now.
     *
     * @param h    the fixture
     * @param user the owner
     * @param id   the entry
     * @return the entry
     */
    static WaitlistEntry entry(CoreFixture h, UserProfile user, WaitlistEntryId id) {
        return h.sdk.appointments().waitlist(cie(user)).stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow();
    }

    /**
     * The seats left in a slot of the small calendar, as availability shows them.
     *
     * @param h              the fixture
     * @param mode           the contact mode
     * @param interpretation the interpretation
     * @param start          the slot, outside the minimum notice
     * @return the remaining seats
     */
    static int remaining(CoreFixture h, ContactMode mode, Interpretation interpretation, Instant start) {
        LocalDate day = start.atZone(Office.ROME).toLocalDate();
        return h.sdk.appointments().availability(CoreFixture.PORTAL, new AvailabilityQuery(TestOffices.ROMA, TOPIC, mode,
                day, day, interpretation)).slots().stream().filter(s -> s.start().equals(start)).findFirst()
                .orElseThrow().remaining();
    }

    /**
     * The seats taken in a slot of the small calendar, read from the counters (also for closed days).
     *
     * @param h     the fixture
     * @param mode  the contact mode
     * @param start the slot
     * @return the seats taken
     */
    static long taken(CoreFixture h, ContactMode mode, Instant start) {
        var key = Seats.seat(TestOffices.ROMA, TOPIC, mode, start);
        return h.read(s -> s.get(CounterStore.class).values(List.of(key))).getOrDefault(key, 0L);
    }

    /**
     * The domain events of a type that the dispatcher published, for one subject.
     *
     * @param h         the fixture, after {@code deliver()}
     * @param type      the event type
     * @param subjectId the subject's id
     * @return the events
     */
    static List<DomainEvent> events(CoreFixture h, EventType type, Object subjectId) {
        return h.channels.events().stream().filter(e -> e.type().equals(type)
                && e.subjectId().equals(subjectId.toString())).toList();
    }

    @Override
    public Optional<Office> office(OfficeCode code) {
        return base.office(code);
    }

    @Override
    public Optional<OfficeCode> officeFor(MunicipalityCode municipality) {
        return base.officeFor(municipality);
    }

    @Override
    public Optional<Operator> operator(OperatorId id) {
        return base.operator(id);
    }

    @Override
    public List<Operator> operators(OfficeCode office) {
        return base.operators(office);
    }

    @Override
    public List<BookingCalendar> calendars(OfficeCode office) {
        List<BookingCalendar> calendars = new ArrayList<>(base.calendars(office));
        if (office.equals(TestOffices.ROMA)) {
            calendars.add(small);
            if (withEarly) {
                calendars.add(early);
            }
        }
        return calendars;
    }

    @Override
    public List<Office> offices() {
        return base.offices();
    }
}
