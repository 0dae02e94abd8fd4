package dev.sportello.core.internal.appointments;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The .ics writer checked by an independent parser and validator (ical4j). */
class IcsTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String UID = "01935c3a-1111-7000-8000-000000000042@sportello";

    private static Ics.Event event(Instant start, int sequence, String description) {
        return new Ics.Event(UID, sequence, Instant.parse("2026-11-23T09:00:00Z"), start, start.plusSeconds(1800), ROME,
                "Informazioni sulla pensione – Roma Tiburtino", description, "Videochiamata / video call",
                URI.create("https://meet.sportello.invalid/room/abc123"), "INPS Roma Tiburtino", "noreply@sportello.invalid",
                "Maria Rossi", "maria.rossi@example.it");
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    @Test
    void anInvitationIsValidICalendarWithItsZoneStableUidAndRequestMethod() throws Exception {
        Instant start = Instant.parse("2026-12-10T09:30:00Z");
        Calendar calendar = parse(Ics.request(event(start, 0, "Apri il collegamento all'ora prenotata")));
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("REQUEST");
        assertThat(calendar.getComponent(Component.VTIMEZONE)).isPresent();
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo(UID);
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(event, Property.STATUS)).isEqualTo("CONFIRMED");
        Property dtStart = event.getProperty(Property.DTSTART).orElseThrow();
        assertThat(dtStart.getParameter(Parameter.TZID).map(Parameter::getValue)).contains("Europe/Rome");
        assertThat(dtStart.getValue()).isEqualTo("20261210T103000");
        Temporal parsed = event.getStartDate().orElseThrow().getDate();
        assertThat(Instant.from(parsed)).isEqualTo(start);
        assertThat(value(event, Property.URL)).isEqualTo("https://meet.sportello.invalid/room/abc123");
    }

    @Test
    void aCancellationKeepsTheUidAndRaisesTheSequence() throws Exception {
        Calendar calendar = parse(Ics.cancel(event(Instant.parse("2026-12-10T09:30:00Z"), 2, null)));
        ValidationResult result = calendar.validate();
        assertThat(result.hasErrors()).as(result.toString()).isFalse();
        assertThat(calendar.getProperty(Property.METHOD).map(Property::getValue)).contains("CANCEL");
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(event, Property.UID)).isEqualTo(UID);
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
        assertThat(value(event, Property.STATUS)).isEqualTo("CANCELLED");
    }

    @Test
    void summerTimesResolveThroughTheTimezoneComponentToo() throws Exception {
        Instant start = Instant.parse("2027-07-01T08:00:00Z");
        String text = new String(Ics.request(event(start, 1, null)), StandardCharsets.UTF_8);
        assertThat(text).contains("DTSTART;TZID=Europe/Rome:20270701T100000", "TZOFFSETTO:+0200", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        VEvent event = parse(text.getBytes(StandardCharsets.UTF_8)).<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(start);
    }

    @Test
    void longLinesAreFoldedAt75OctetsAndTextIsEscapedAndReadBackUnchanged() throws Exception {
        String description = "Argomento: pensione anticipata; requisiti, contributi e «finestre» — città, perché, "
                + "così via\nSeconda riga con \\ barra rovesciata e altri caratteri accentati: àèéìòù ÀÈÉÌÒÙ ".repeat(3).strip();
        byte[] ics = Ics.request(event(Instant.parse("2026-12-10T09:30:00Z"), 0, description));
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\n\n").contains("\r\n ");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        VEvent event = parse(ics).<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(description);
    }

    @Test
    void otherZonesGetTheirOwnRulesAndZonesWithoutDaylightSavingOneOffset() throws Exception {
        Instant start = Instant.parse("2027-03-20T15:00:00Z");
        for (String id : List.of("America/New_York", "Australia/Sydney", "Asia/Tokyo", "UTC")) {
            Ics.Event e = new Ics.Event(UID, 0, start, start, start.plusSeconds(1800), ZoneId.of(id), "s", null, null, null,
                    "o", "o@example.it", "a", "a@example.it");
            Calendar calendar = parse(Ics.request(e));
            assertThat(calendar.validate().hasErrors()).as(id).isFalse();
            VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
            assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).as(id).isEqualTo(start);
        }
        assertThat(new String(Ics.request(new Ics.Event(UID, 0, start, start, start, ZoneId.of("America/New_York"), "s",
                null, null, null, "o", "o@example.it", "a", "a@example.it")), StandardCharsets.UTF_8))
                .contains("BYMONTH=3;BYDAY=2SU", "BYMONTH=11;BYDAY=1SU");
    }

    @Test
    void escapesTextSpecials() {
        assertThat(Ics.text("a;b,c\\d\ne\r\nf\u0007")).isEqualTo("a\\;b\\,c\\\\d\\ne\\nf");
    }
}
