package dev.sportello.core.internal.appointments;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded property test: invitations written for random instants from 2020 to 2035, in zones with and
 * without summer time and around their changes (the repeated and the skipped hour included), parse back
 * with ical4j to the same start and end. Repeatable by its seed.
 */
class IcsPropertyTest {
    private static final long SEED = 20261201L;
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Rome"), ZoneId.of("Europe/London"),
            ZoneId.of("America/New_York"), ZoneId.of("America/Santiago"), ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));

    @Test
    void writtenThenParsedGivesTheSameInstants() throws Exception {
        Random random = new Random(SEED);
        for (int round = 0; round < 600; round++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            Instant start = round % 3 == 0 ? nearATransition(zone, random)
                    : Instant.ofEpochSecond(1_577_836_800L + (long) (random.nextDouble() * 504_921_600L) / 60 * 60);
            Instant end = start.plusSeconds(60L * (5 + random.nextInt(240)));
            byte[] ics = Ics.request(new Ics.Event("u-" + round, 0, start, start, end, zone, "Appuntamento", null, null,
                    null, "Sede", "noreply@sportello.invalid", "Maria", "maria@example.it"));
            VEvent event = new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)))
                    .<VEvent>getComponent(Component.VEVENT).orElseThrow();
            assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).as("seed %d round %d %s", SEED, round, zone)
                    .isEqualTo(start);
            assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).as("seed %d round %d %s", SEED, round, zone)
                    .isEqualTo(end);
        }
    }

    /** An instant within two hours of one of the zone's offset changes between 2020 and 2035. */
    private static Instant nearATransition(ZoneId zone, Random random) {
        Instant from = Instant.ofEpochSecond(1_577_836_800L + (long) (random.nextDouble() * 440_000_000L));
        var transition = zone.getRules().nextTransition(from);
        Instant at = transition == null ? from : transition.getInstant();
        return at.plusSeconds((random.nextInt(16) - 8) * 900L);
    }
}
