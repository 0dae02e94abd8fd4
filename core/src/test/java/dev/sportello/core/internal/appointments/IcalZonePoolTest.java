package dev.sportello.core.internal.appointments;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test suite's reader (ical4j) keeps working however many zones the suite makes it register. ical4j gives each
 * zone it reads an id from a pool, freed only when the reading builder is garbage-collected; with its default pool of
 * 1,500 a test that ran after the zone and fuzz tests failed inside ical4j, now and then, depending on the collector.
 * {@code ical4j.properties} in the test resources sizes the pool; this test holds more readers alive than the default
 * allows and fails without it.
 */
class IcalZonePoolTest {
    private static final int MORE_THAN_THE_DEFAULT_POOL = 1_600;

    @Test
    void moreLiveReadersThanTheDefaultPoolAllowsStillReadTheZone() throws Exception {
        Instant start = Instant.parse("2026-12-10T09:30:00Z");
        String ics = new String(Ics.request(new Ics.Event("01935c3a-1111-7000-8000-000000000042@sportello", 0,
                Instant.parse("2026-11-23T09:00:00Z"), start, start.plusSeconds(1800), ZoneId.of("Europe/Rome"), "Colloquio",
                "Apri il collegamento", "Videochiamata", URI.create("https://meet.sportello.invalid/room/abc123"),
                "INPS Roma Tiburtino", "noreply@sportello.invalid", "Maria Rossi", "maria.rossi@example.it")),
                StandardCharsets.UTF_8);
        List<CalendarBuilder> live = new ArrayList<>();   // held, so that none of their pool ids is freed
        for (int i = 0; i < MORE_THAN_THE_DEFAULT_POOL; i++) {
            CalendarBuilder builder = new CalendarBuilder();
            Calendar calendar = builder.build(new StringReader(ics));
            assertThat(calendar.getComponent(Component.VTIMEZONE)).as("reader %d", i).isPresent();
            live.add(builder);
        }
        assertThat(live).hasSize(MORE_THAN_THE_DEFAULT_POOL);
    }
}
