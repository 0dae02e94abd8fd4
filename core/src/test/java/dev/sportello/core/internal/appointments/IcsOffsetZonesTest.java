package dev.sportello.core.internal.appointments;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An office zone given as an offset ({@code +01:00}, {@code UTC+01:00}, {@code GMT-03:30}): the zone id holds a
 * colon, which ends a parameter value unless it is quoted (RFC 5545 §3.2), so the TZID is quoted and a reader
 * places the event at the right instant.
 */
class IcsOffsetZonesTest {
    @ParameterizedTest
    @ValueSource(strings = {"+01:00", "UTC+01:00", "GMT-03:30", "Z", "Europe/Rome"})
    void anOffsetZoneIdIsQuotedAndReadBackToTheSameInstants(String id) throws Exception {
        ZoneId zone = ZoneId.of(id);
        Instant start = Instant.parse("2027-02-10T08:30:00Z");
        Instant end = start.plusSeconds(1800);
        String ics = new String(Ics.request(new Ics.Event("u-1", 0, start, start, end, zone, "Appuntamento", null, null,
                null, "Sede", "noreply@sportello.invalid", "Maria", "maria@example.it")), StandardCharsets.UTF_8);
        if (id.contains(":")) {
            assertThat(ics).contains("DTSTART;TZID=\"" + zone.getId() + "\":");
        } else {
            assertThat(ics).doesNotContain("TZID=\"");
        }
        VEvent event = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(start);
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(end);
    }
}
