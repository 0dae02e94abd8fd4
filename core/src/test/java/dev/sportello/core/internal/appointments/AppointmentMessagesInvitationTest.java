package dev.sportello.core.internal.appointments;

import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.TopicCode;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentMessageKinds;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.spi.EmailMessage;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** The invitation (.ics) that comes with a confirmation, a reschedule and a cancellation, in the user's language (R-APT-3). */
class AppointmentMessagesInvitationTest {
    private static final TopicCode PENSION = TestOffices.PENSION_INFO.code();
    private static final Instant TEN = rome("2026-11-24T10:00");
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Appointment book(UserProfile user, ContactMode mode, Instant start) {
        return h.sdk.appointments().book(cie(user), BookAppointment.of(h.key(), TestOffices.ROMA, PENSION, mode, start));
    }

    private UserProfile speaking(Language language) {
        UserProfile user = h.citizenWithContacts();
        h.sdk.users().update(as(user), new UpdateProfile(user.id(), user.version(), null, null, language));
        return h.sdk.users().get(CoreFixture.PORTAL, user.id());
    }

    /** The .ics attachments delivered so far, in order. */
    private List<EmailAttachment> invitations() {
        h.deliver();
        return h.channels.emails().stream().map(EmailMessage::attachments).flatMap(List::stream).toList();
    }

    private static Calendar parse(EmailAttachment attachment) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(attachment.content(), StandardCharsets.UTF_8)));
    }

    private static String value(Calendar calendar, String property) {
        return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow().getProperty(property)
                .map(Property::getValue).orElseThrow();
    }

    private Appointment current(UserProfile user, Appointment a) {
        return h.sdk.appointments().get(cie(user), a.id());
    }

    @Test
    @DisplayName("R-APT-3 a booking at the office comes with an invitation; its cancellation with the cancellation of it")
    void anOfficeVisitIsInvitedAndCancelledInItalian() throws Exception {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(user, ContactMode.IN_PERSON, TEN);
        assertThat(invitations()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("appuntamento.ics");
            assertThat(a.contentType()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
            Calendar calendar = parse(a);
            assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
            assertThat(value(calendar, Property.LOCATION)).isEqualTo("Roma Tiburtino");
            assertThat(value(calendar, Property.UID)).isEqualTo(booked.id() + "@sportello");
            assertThat(Instant.from(calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow().getStartDate()
                    .orElseThrow().getDate())).isEqualTo(TEN);
        });
        h.sdk.appointments().cancel(cie(user), new CancelAppointment(booked.id(), current(user, booked).version(), "Imprevisto"));
        assertThat(invitations()).hasSize(2).last().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("annullamento.ics");
            assertThat(a.contentType()).isEqualTo("text/calendar; method=CANCEL; charset=UTF-8");
            Calendar calendar = parse(a);
            assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
            assertThat(value(calendar, Property.UID)).isEqualTo(booked.id() + "@sportello");
            assertThat(value(calendar, Property.STATUS)).isEqualTo("CANCELLED");
        });
    }

    @Test
    @DisplayName("R-APT-3 the file names and the location of a callback follow the user's language")
    void namesAndLocationsFollowTheLanguage() throws Exception {
        String[][] expected = {{"EN", "appointment.ics", "cancellation.ics", "Phone callback"},
            {"DE", "termin.ics", "absage.ics", "Rückruf"}, {"IT", "appuntamento.ics", "annullamento.ics", "Richiamata telefonica"}};
        Instant start = TEN;
        for (String[] row : expected) {
            h.channels.clear();
            UserProfile user = speaking(Language.valueOf(row[0]));
            Appointment booked = book(user, ContactMode.PHONE_CALLBACK, start);
            h.sdk.appointments().cancel(cie(user), new CancelAppointment(booked.id(), current(user, booked).version(), "No"));
            List<EmailAttachment> files = invitations();
            // the confirmation and the cancellation are due at the same instant: their order of delivery is not a rule
            assertThat(files).extracting(EmailAttachment::fileName).as(row[0]).containsExactlyInAnyOrder(row[1], row[2]);
            EmailAttachment invitation = files.stream().filter(f -> f.fileName().equals(row[1])).findFirst().orElseThrow();
            assertThat(value(parse(invitation), Property.LOCATION)).as(row[0]).isEqualTo(row[3]);
            start = start.plus(Duration.ofHours(1));
        }
    }

    @Test
    @DisplayName("R-APT-3 a video call's invitation names the call as its place, in the user's language, and carries the link")
    void aVideoCallsInvitationComesWithItsRoom() throws Exception {
        String[][] expected = {{"EN", "Video call"}, {"DE", "Videoanruf"}, {"IT", "Videochiamata"}};
        Instant start = TEN;
        for (String[] row : expected) {
            h.channels.clear();
            UserProfile user = speaking(Language.valueOf(row[0]));
            Appointment booked = book(user, ContactMode.VIDEO_CALL, start);
            assertThat(h.messages(user)).as("no confirmation before the room is open").noneMatch(m ->
                    m.kind().equals(AppointmentMessageKinds.CONFIRMED));
            h.clock.set(start.minus(Duration.ofMinutes(20)));
            List<EmailAttachment> files = invitations();
            assertThat(files).as(row[0]).singleElement().satisfies(a -> {
                Calendar calendar = parse(a);
                assertThat(value(calendar, Property.LOCATION)).isEqualTo(row[1]);
                assertThat(value(calendar, Property.URL)).startsWith("https://");
                assertThat(value(calendar, Property.DESCRIPTION)).contains(value(calendar, Property.URL));
            });
            assertThat(current(user, booked).id()).isEqualTo(booked.id());
            start = start.plus(Duration.ofDays(1));
        }
    }

    @Test
    @DisplayName("R-APT-3 a rescheduled visit is confirmed as rescheduled at once, with an invitation of a higher sequence")
    void aRescheduleIsConfirmedWithAHigherSequence() throws Exception {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(user, ContactMode.IN_PERSON, TEN);
        assertThat(emailKinds(user)).contains(AppointmentMessageKinds.CONFIRMED)
                .doesNotContain(AppointmentMessageKinds.RESCHEDULED);
        Instant eleven = rome("2026-11-24T11:00");
        h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(booked.id(), current(user, booked).version(), eleven));
        List<EmailAttachment> files = invitations();
        assertThat(files).hasSize(2);
        Calendar first = parse(files.get(0));
        Calendar moved = parse(files.get(1));
        if (start(first).equals(eleven)) {
            Calendar swap = first;
            first = moved;
            moved = swap;
        }
        assertThat(start(first)).isEqualTo(TEN);
        assertThat(start(moved)).isEqualTo(eleven);
        assertThat(Integer.parseInt(value(moved, Property.SEQUENCE))).isGreaterThan(Integer.parseInt(value(first, Property.SEQUENCE)));
        assertThat(value(moved, Property.UID)).isEqualTo(value(first, Property.UID));
        assertThat(emailKinds(user)).containsOnlyOnce(AppointmentMessageKinds.CONFIRMED, AppointmentMessageKinds.RESCHEDULED);
    }

    private List<MessageKind> emailKinds(UserProfile user) {
        return h.messages(user).stream().filter(m -> m.channel() == Channel.EMAIL).map(MessageView::kind).toList();
    }

    private static Instant start(Calendar calendar) {
        return Instant.from(calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow().getStartDate().orElseThrow().getDate());
    }

    @Test
    @DisplayName("R-APT-4 cancelling one booking drops only its own reminder")
    void cancellingOneBookingKeepsTheOthersReminder() {
        UserProfile kept = h.citizenWithContacts();
        UserProfile dropped = h.citizenWithContacts();
        book(kept, ContactMode.IN_PERSON, TEN);
        Appointment b = book(dropped, ContactMode.IN_PERSON, TEN);
        h.sdk.appointments().cancel(cie(dropped), new CancelAppointment(b.id(), current(dropped, b).version(), "No"));
        assertThat(h.messages(kept)).filteredOn(m -> m.kind().equals(AppointmentMessageKinds.REMINDER)
                && m.channel() == Channel.SMS).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.QUEUED));
        h.deliver();
        int before = h.smsTo(kept).size();
        h.clock.set(TEN.minus(Duration.ofMinutes(30)));
        h.deliver();
        assertThat(h.smsTo(kept)).hasSize(before + 1).last().satisfies(s -> assertThat(s.text()).startsWith("INPS promemoria"));
    }
}
