package dev.sportello.core.internal.appointments;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sportello.Arguments;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the iCalendar writer: with any summary, description and location and any start in 2000–2040,
 * the file parses back with ical4j to the same texts (control characters dropped, line ends kept) and
 * the same instant.
 */
class IcsFuzzTest {
    private static final ZoneId[] ZONES = {ZoneId.of("Europe/Rome"), ZoneId.of("America/New_York"),
        ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Tokyo"), ZoneId.of("UTC")};

    @FuzzTest(maxDuration = "10m")
    void whatIsWrittenIsWhatAParserReads(FuzzedDataProvider data) throws Exception {
        ZoneId zone = data.pickValue(ZONES);
        Instant start = Instant.ofEpochSecond(data.consumeLong(946_684_800L, 2_208_988_800L));
        String summary = data.consumeString(200);
        String location = data.consumeString(200);
        String description = data.consumeRemainingAsString();
        if (!Arguments.isWellFormed(summary) || !Arguments.isWellFormed(location) || !Arguments.isWellFormed(description)
                || summary.isEmpty()) {
            return;   // the boundary refuses such text before it can reach an invitation
        }
        byte[] ics = Ics.request(new Ics.Event("uid@sportello", 0, start, start, start.plusSeconds(1800), zone, summary,
                description, location, null, "Sede", "noreply@sportello.invalid", "Maria", "maria@example.it"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(start);
        String file = new String(ics, StandardCharsets.UTF_8);
        assertThat(raw(file, "SUMMARY")).isEqualTo(expected(summary));
        if (!description.isEmpty()) {
            assertThat(raw(file, "DESCRIPTION")).isEqualTo(expected(description));
        }
        // ical4j trims a value's surrounding white space and unescapes a backslash before an n as a line
        // break: it is compared where neither can differ
        if (!summary.contains("\\")) {
            assertThat(text(event, Property.SUMMARY).strip()).isEqualTo(expected(summary).strip());
        }
        if (!description.isEmpty() && !description.contains("\\")) {
            assertThat(text(event, Property.DESCRIPTION).strip()).isEqualTo(expected(description).strip());
        }
        for (String line : new String(ics, StandardCharsets.UTF_8).split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    /** A property's TEXT value read straight from the file: lines unfolded, RFC 5545 §3.3.11 escapes undone. */
    private static String raw(String file, String property) {
        String unfolded = file.replace("\r\n ", "");
        int start = unfolded.indexOf("\r\n" + property + ":") + property.length() + 3;
        String escaped = unfolded.substring(start, unfolded.indexOf("\r\n", start));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\' && i + 1 < escaped.length()) {
                char next = escaped.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String text(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElse("");
    }

    /** What a TEXT value reads back as: line ends as LF, other control characters gone. */
    private static String expected(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            } else if (c == '\n' || c == '\t' || c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f)) {
                out.append(c);
            }
        }
        return out.toString();
    }

}
