package dev.sportello.core.internal.appointments;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VTIMEZONE written for every zone the JDK knows, read back by ical4j: the same offsets, the same kind
 * of observance and, where the zone is described by yearly rules, RRULEs that recur on the JDK's dates.
 */
class IcsZonesTest {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private static byte[] invitation(ZoneId zone, Instant start) {
        return Ics.request(new Ics.Event("u@sportello", 0, start, start, start.plusSeconds(1800), zone, "s", null, null,
                null, "o", "o@example.it", "a", "a@example.it"));
    }

    private static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
    }

    private static Instant parsedStart(byte[] ics) throws Exception {
        VEvent event = parse(ics).<VEvent>getComponent(Component.VEVENT).orElseThrow();
        return Instant.from(event.getStartDate().orElseThrow().getDate());
    }

    /** One zone for each distinct set of rules, so that aliases are not checked twice. */
    private static Map<ZoneRules, ZoneId> distinctZones() {
        Map<ZoneRules, ZoneId> zones = new LinkedHashMap<>();
        for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
            if (id.startsWith("ical4j")) {
                continue;   // ical4j registers the zones it reads as well
            }
            ZoneId zone = ZoneId.of(id);
            zones.putIfAbsent(zone.getRules(), zone);
        }
        return zones;
    }

    private static boolean nearATransition(ZoneRules rules, Instant at) {
        ZoneOffsetTransition next = rules.nextTransition(at.minus(Duration.ofDays(2)));
        return next != null && next.getInstant().isBefore(at.plus(Duration.ofDays(2)));
    }

    @Test
    @DisplayName("R-APT-3: every zone's VTIMEZONE gives ical4j the JDK's offsets and kinds for two years around the event")
    void everyZoneIsDescribedAsTheJdkKnowsIt() throws Exception {
        Instant start = Instant.parse("2027-06-15T10:00:00Z");
        for (Map.Entry<ZoneRules, ZoneId> entry : distinctZones().entrySet()) {
            ZoneRules rules = entry.getKey();
            ZoneId zone = entry.getValue();
            ZoneOffsetTransition next = rules.nextTransition(start.minus(Duration.ofDays(400)));
            if (next == null || next.getInstant().isAfter(start.plus(Duration.ofDays(400)))) {
                continue;   // no change around the event: one offset (aZoneThatNoLongerChanges...)
            }
            byte[] ics = invitation(zone, start);
            assertThat(parsedStart(ics)).as("%s", zone).isEqualTo(start);
            VTimeZone vtz = parse(ics).<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
            net.fortuna.ical4j.model.TimeZone reader = new net.fortuna.ical4j.model.TimeZone(vtz);
            for (Instant at = start.minus(Duration.ofDays(360)); at.isBefore(start.plus(Duration.ofDays(360)));
                 at = at.plus(Duration.ofDays(9))) {
                if (nearATransition(rules, at)) {
                    continue;
                }
                assertThat(reader.getOffset(at.toEpochMilli()) / 1000).as("%s at %s", zone, at)
                        .isEqualTo(rules.getOffset(at).getTotalSeconds());
                String kind = rules.isDaylightSavings(at) ? Observance.DAYLIGHT : Observance.STANDARD;
                assertThat(vtz.getApplicableObservance(at.atOffset(ZoneOffset.UTC)).getName()).as("%s at %s", zone, at)
                        .isEqualTo(kind);
            }
        }
    }

    @Test
    @DisplayName("R-APT-3: a yearly observance's RRULE recurs exactly on the JDK's change dates in the two years it describes")
    void yearlyRulesRecurOnTheJdksDates() throws Exception {
        int checked = 0;
        for (int year : new int[]{2024, 2027, 2030}) {
            for (Map.Entry<ZoneRules, ZoneId> entry : distinctZones().entrySet()) {
                if (!entry.getKey().getTransitionRules().isEmpty()) {   // only these can be written as RRULEs
                    checked += checkRecurrences(entry.getValue(), entry.getKey(), year);
                }
            }
        }
        assertThat(checked).isGreaterThan(150);
    }

    /** For an event on 15 January of a year: the RRULE observances against the JDK in that year and the one before. */
    private static int checkRecurrences(ZoneId zone, ZoneRules rules, int year) throws Exception {
        byte[] ics = invitation(zone, LocalDateTime.of(year, 1, 15, 10, 0).toInstant(ZoneOffset.UTC));
        VTimeZone vtz = parse(ics).<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        LocalDateTime from = LocalDateTime.of(year - 1, 1, 1, 0, 0);
        LocalDateTime to = LocalDateTime.of(year + 1, 1, 1, 0, 0);
        int checked = 0;
        for (Observance observance : vtz.getObservances()) {
            if (observance.getProperty(Property.RRULE).isEmpty()) {
                continue;
            }
            checked++;
            RRule<LocalDateTime> rrule = observance.<RRule<LocalDateTime>>getProperty(Property.RRULE).orElseThrow();
            Recur<LocalDateTime> recur = rrule.getRecur();
            LocalDateTime seed = LocalDateTime.parse(observance.getProperty(Property.DTSTART).orElseThrow().getValue(), LOCAL);
            Set<LocalDateTime> recurs = new HashSet<>(recur.getDates(seed, from, to));
            String offsetFrom = observance.getProperty(Property.TZOFFSETFROM).orElseThrow().getValue();
            String offsetTo = observance.getProperty(Property.TZOFFSETTO).orElseThrow().getValue();
            Set<LocalDateTime> jdk = new HashSet<>();
            for (ZoneOffsetTransition t = rules.nextTransition(from.toInstant(ZoneOffset.UTC).minus(Duration.ofDays(1)));
                 t != null && t.getDateTimeBefore().isBefore(to); t = rules.nextTransition(t.getInstant())) {
                if (offset(t.getOffsetBefore()).equals(offsetFrom) && offset(t.getOffsetAfter()).equals(offsetTo)
                        && !t.getDateTimeBefore().isBefore(from)) {
                    jdk.add(t.getDateTimeBefore());
                }
            }
            assertThat(recurs).as("%s %d %s %s", zone, year, observance.getName(), rrule.getValue()).isEqualTo(jdk);
        }
        return checked;
    }

    private static String offset(ZoneOffset offset) {
        int s = offset.getTotalSeconds();
        int abs = Math.abs(s);
        String text = String.format("%s%02d%02d", s < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
    }

    @Test
    @DisplayName("R-APT-3: weekday rules are written as RFC 5545 states them (last, nth, or within seven month days)")
    void weekdayRulesAreWrittenAsRfc5545StatesThem() {
        Instant start = Instant.parse("2027-01-15T10:00:00Z");
        // zones whose rules have held for years: Israel since 2013, New Zealand since 2007, the EU since 1996
        assertThat(new String(invitation(ZoneId.of("Asia/Jerusalem"), start), StandardCharsets.UTF_8))
                .contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29\r\n",
                        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n");
        assertThat(new String(invitation(ZoneId.of("Pacific/Auckland"), start), StandardCharsets.UTF_8))
                .contains("RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU\r\n", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU\r\n");
        assertThat(new String(invitation(ZoneId.of("Europe/Rome"), start), StandardCharsets.UTF_8))
                .contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                        + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n");
    }

    @Test
    @DisplayName("R-APT-3: Cairo's autumn change (the Friday after October's last Thursday) can fall on 1 November")
    void cairoInTheYearsItsAutumnChangeFallsInNovember() throws Exception {
        ZoneId cairo = ZoneId.of("Africa/Cairo");
        for (String at : new String[]{"2024-11-10T08:00:00Z", "2030-11-06T08:00:00Z", "2030-10-29T08:00:00Z",
            "2027-11-10T08:00:00Z"}) {
            Instant start = Instant.parse(at);
            byte[] ics = invitation(cairo, start);
            assertThat(parsedStart(ics)).as(at).isEqualTo(start);
            VTimeZone vtz = parse(ics).<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
            assertThat(new net.fortuna.ical4j.model.TimeZone(vtz).getOffset(start.toEpochMilli()) / 1000).as(at)
                    .isEqualTo(cairo.getRules().getOffset(start).getTotalSeconds());
        }
    }

    @Test
    void aZoneWhoseRulesChangedAroundTheEventIsWrittenWithItsRealTransitionsAndUtcTimes() throws Exception {
        // New York moved its changes to March and November in 2007: 2006 does not follow today's rules
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant start = Instant.parse("2006-06-01T14:00:00Z");
        byte[] ics = invitation(newYork, start);
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("RRULE").contains("DTSTART:20060601T140000Z",
                "BEGIN:DAYLIGHT\r\nDTSTART:20060402T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT");
        assertThat(parsedStart(ics)).isEqualTo(start);
        assertThat(offsetDescribed(text, start)).isEqualTo(ZoneOffset.ofHours(-4));
    }

    @Test
    void aSingleChangeAfterTheEventStillDescribesTheOffsetAtTheEvent() throws Exception {
        // Caracas went from -04:30 to -04:00 on 1 May 2016, its only change since 2007
        ZoneId caracas = ZoneId.of("America/Caracas");
        Instant start = Instant.parse("2016-03-01T12:00:00Z");
        byte[] ics = invitation(caracas, start);
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).contains("DTSTART:20160301T120000Z", "TZOFFSETTO:-0430", "TZOFFSETFROM:-0430\r\nTZOFFSETTO:-0400");
        assertThat(offsetDescribed(text, start)).isEqualTo(ZoneOffset.ofHoursMinutes(-4, -30));
        assertThat(offsetDescribed(text, Instant.parse("2016-06-01T12:00:00Z"))).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(parsedStart(ics)).isEqualTo(start);
    }

    @Test
    void aZoneThatNoLongerChangesIsWrittenInLocalTimeWithItsOffset() throws Exception {
        Instant start = Instant.parse("2027-03-20T15:00:00Z");
        byte[] ics = invitation(ZoneId.of("Asia/Tokyo"), start);
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).contains("DTSTART;TZID=Asia/Tokyo:20270321T000000", "TZOFFSETTO:+0900\r\nEND:STANDARD");
        assertThat(parsedStart(ics)).isEqualTo(start);
    }

    @Test
    @DisplayName("R-APT-3: offsets with seconds keep their seconds (RFC 5545 §3.3.14)")
    void offsetsWithSecondsKeepThem() throws Exception {
        // Monrovia kept -00:44:30 until 1972
        ZoneId monrovia = ZoneId.of("Africa/Monrovia");
        Instant start = Instant.parse("1971-06-01T12:00:00Z");
        byte[] ics = invitation(monrovia, start);
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text).contains("TZOFFSETTO:-004430\r\n", "TZOFFSETFROM:-004430\r\nTZOFFSETTO:+0000\r\n");
        assertThat(offsetDescribed(text, start)).isEqualTo(ZoneOffset.ofHoursMinutesSeconds(0, -44, -30));
        assertThat(parsedStart(ics)).isEqualTo(start);
    }

    /** The offset the file's VTIMEZONE gives at an instant: the last observance whose onset is not after it. */
    private static ZoneOffset offsetDescribed(String text, Instant at) {
        Matcher m = Pattern.compile("DTSTART:(\\d{8}T\\d{6})\r\nTZOFFSETFROM:([+-]\\d{4}(?:\\d{2})?)\r\n"
                + "TZOFFSETTO:([+-]\\d{4}(?:\\d{2})?)").matcher(text);
        ZoneOffset found = null;
        Instant latest = Instant.MIN;
        while (m.find()) {
            Instant onset = LocalDateTime.parse(m.group(1), LOCAL).toInstant(parseOffset(m.group(2)));
            if (!onset.isAfter(at) && onset.isAfter(latest)) {
                latest = onset;
                found = parseOffset(m.group(3));
            }
        }
        return found;
    }

    private static ZoneOffset parseOffset(String text) {
        int sign = text.charAt(0) == '-' ? -1 : 1;
        int seconds = Integer.parseInt(text.substring(1, 3)) * 3600 + Integer.parseInt(text.substring(3, 5)) * 60
                + (text.length() > 5 ? Integer.parseInt(text.substring(5, 7)) : 0);
        return ZoneOffset.ofTotalSeconds(sign * seconds);
    }
}
