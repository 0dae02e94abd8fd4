package dev.sportello.core.internal.appointments;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts in the week before a change, read back by ical4j as written: ical4j expands "second Sunday of March"
 * from the year before as the same week of the year (7 March 2027, not the 14th), which the fuzzer found;
 * within eight days of a change the times are written in UTC, which it reads right.
 */
class IcsReadBackTest {
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource({"America/New_York, 2027-03-10T15:09:39Z, true", "America/New_York, 2027-03-07T13:11:27Z, true",
        "America/New_York, 2027-03-13T20:00:00Z, true", "Europe/Rome, 2027-03-22T09:00:00Z, true",
        "Australia/Sydney, 2027-09-29T23:00:00Z, true", "America/New_York, 2027-02-25T15:00:00Z, false",
        "Europe/Rome, 2027-03-10T09:00:00Z, false"})
    void aStartNearAChangeIsWrittenInUtcAndReadBackAsWritten(String zoneId, String at, boolean utc) throws Exception {
        Instant start = Instant.parse(at);
        byte[] ics = Ics.request(new Ics.Event("uid@sportello", 0, start, start, start.plusSeconds(1800),
                ZoneId.of(zoneId), "Colloquio", "", "", null, "Sede", "noreply@sportello.invalid", "Maria",
                "maria@example.it"));
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text.contains("\r\nDTSTART:" + Ics.UTC.format(start) + "\r\n")).as("written in UTC").isEqualTo(utc);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(start);
    }
}
