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

    @Test
    void controlCharactersAreDroppedAndALoneCrIsALineBreak() throws Exception {
        assertThat(Ics.text("a\u007fb\u0085c\u0000d")).isEqualTo("abcd");
        assertThat(Ics.text("riga uno\rriga due\r")).isEqualTo("riga uno\\nriga due\\n");
        VEvent event = parse(Ics.request(event(Instant.parse("2026-12-10T09:30:00Z"), 0, "uno\rdue\u007f")))
                .<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo("uno\ndue");
    }

    @Test
    void theRepeatedHourAfterTheClocksGoBackIsWrittenUnambiguously() throws Exception {
        // 25 October 2026: 02:30 in Rome happens twice, at 00:30Z (summer time) and at 01:30Z (winter time)
        for (Instant start : List.of(Instant.parse("2026-10-25T00:30:00Z"), Instant.parse("2026-10-25T01:30:00Z"))) {
            byte[] ics = Ics.request(event(start, 0, null));
            String text = new String(ics, StandardCharsets.UTF_8);
            assertThat(text).contains("DTSTART:" + start.toString().replace("-", "").replace(":", "").replace("Z", "Z"));
            VEvent event = parse(ics).<VEvent>getComponent(Component.VEVENT).orElseThrow();
            assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(start);
        }
        assertThat(Ics.dateTime(Instant.parse("2026-10-25T03:30:00Z"), ROME)).isEqualTo(";TZID=Europe/Rome:20261025T043000");
        assertThat(new String(Ics.request(event(Instant.parse("2026-10-27T09:30:00Z"), 0, null)), StandardCharsets.UTF_8))
                .as("two days after the change: still UTC").contains("DTSTART:20261027T093000Z");
        assertThat(new String(Ics.request(event(Instant.parse("2026-11-03T09:30:00Z"), 0, null)), StandardCharsets.UTF_8))
                .as("nine days after the change: local time again").contains("DTSTART;TZID=Europe/Rome:20261103T103000");
    }

    @Test
    void mailtoAddressesArePercentEncoded() throws Exception {
        String tricky = "a?b#c%d/e&f@example.it";
        assertThat(Ics.mailto(tricky)).isEqualTo("mailto:a%3Fb%23c%25d%2Fe%26f@example.it");
        assertThat(URI.create(Ics.mailto(tricky)).getSchemeSpecificPart()).isEqualTo(tricky);
        Ics.Event e = new Ics.Event(UID, 0, Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-12-10T09:30:00Z"),
                Instant.parse("2026-12-10T10:00:00Z"), ROME, "s", null, null, null, "o", "o@example.it", "a", tricky);
        VEvent event = parse(Ics.request(e)).<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(URI.create(value(event, Property.ATTENDEE)).getSchemeSpecificPart()).isEqualTo(tricky);
    }

    @Test
    void aZoneWhoseRulesChangedIsDescribedByItsRealTransitionsAndParses() throws Exception {
        // Sao Paulo stopped summer time in 2019: an event in early 2019 spans the last real transitions
        ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
        Instant start = Instant.parse("2019-01-15T13:00:00Z");
        byte[] ics = Ics.request(new Ics.Event(UID, 0, start, start, start.plusSeconds(1800), saoPaulo, "s", null, null,
                null, "o", "o@example.it", "a", "a@example.it"));
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("RRULE");
        assertThat(parse(ics).validate().hasErrors()).isFalse();
        for (Instant at : List.of(start, Instant.parse("2019-03-01T12:00:00Z"), Instant.parse("2019-12-01T12:00:00Z"))) {
            assertThat(offsetDescribed(text, at)).as("%s", at).isEqualTo(saoPaulo.getRules().getOffset(at));
        }
    }

    @Test
    void aZoneWithIrregularRulesIsDescribedByItsRealTransitions() {
        // Casablanca suspends summer time for Ramadan: no yearly rule describes it
        ZoneId casablanca = ZoneId.of("Africa/Casablanca");
        for (int week = 0; week < 52; week += 3) {
            Instant start = Instant.parse("2027-01-04T10:00:00Z").plus(java.time.Duration.ofDays(7L * week));
            String text = new String(Ics.request(new Ics.Event(UID, 0, start, start, start.plusSeconds(1800), casablanca,
                    "s", null, null, null, "o", "o@example.it", "a", "a@example.it")), StandardCharsets.UTF_8);
            assertThat(offsetDescribed(text, start)).as("offset at %s", start)
                    .isEqualTo(casablanca.getRules().getOffset(start));
        }
    }

    /** The offset the file's VTIMEZONE gives at an instant: the last observance whose onset is not after it. */
    private static java.time.ZoneOffset offsetDescribed(String text, Instant at) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "DTSTART:(\\d{8}T\\d{6})\r\nTZOFFSETFROM:([+-]\\d{4})\r\nTZOFFSETTO:([+-]\\d{4})").matcher(text);
        java.time.ZoneOffset found = null;
        Instant latest = Instant.MIN;
        java.time.format.DateTimeFormatter local = java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
        while (m.find()) {
            java.time.ZoneOffset from = java.time.ZoneOffset.of(m.group(2).substring(0, 3) + ":" + m.group(2).substring(3));
            Instant onset = java.time.LocalDateTime.parse(m.group(1), local).toInstant(from);
            if (!onset.isAfter(at) && onset.isAfter(latest)) {
                latest = onset;
                found = java.time.ZoneOffset.of(m.group(3).substring(0, 3) + ":" + m.group(3).substring(3));
            }
        }
        return found;
    }
}
