package dev.sportello.core.internal.appointments;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545 content lines: folding at 75 octets, TEXT escaping, quoted parameters, mailto URIs, participation status. */
class IcsFormatTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Instant START = Instant.parse("2026-12-10T09:30:00Z");

    private static Ics.Event event(String summary, String organizerName, String attendeeName, String attendeeEmail) {
        return new Ics.Event("uid@sportello", 1, START, START, START.plusSeconds(1800), ROME, summary, null, null, null,
                organizerName, "noreply@sportello.invalid", attendeeName, attendeeEmail);
    }

    private static VEvent parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)))
                .<VEvent>getComponent(Component.VEVENT).orElseThrow();
    }

    private static String param(VEvent event, String property, String parameter) {
        return event.getProperty(property).orElseThrow().getParameter(parameter).map(Parameter::getValue).orElseThrow();
    }

    /** The logical line of a property: physical lines unfolded (RFC 5545 §3.1). */
    private static String line(byte[] ics, String name) {
        for (String line : new String(ics, StandardCharsets.UTF_8).replace("\r\n ", "").split("\r\n")) {
            if (line.startsWith(name)) {
                return line;
            }
        }
        throw new AssertionError(name);
    }

    @Test
    @DisplayName("R-APT-3: an invitation accepts for the attendee, a cancellation declines (RFC 5546)")
    void participationStatusFollowsTheMethod() throws Exception {
        Ics.Event e = event("Colloquio", "Sede", "Maria", "maria@example.it");
        assertThat(param(parse(Ics.request(e)), Property.ATTENDEE, Parameter.PARTSTAT)).isEqualTo("ACCEPTED");
        assertThat(param(parse(Ics.cancel(e)), Property.ATTENDEE, Parameter.PARTSTAT)).isEqualTo("DECLINED");
        assertThat(param(parse(Ics.cancel(e)), Property.ATTENDEE, Parameter.ROLE)).isEqualTo("REQ-PARTICIPANT");
    }

    @Test
    void namesAreQuotedParametersWithoutQuotesOrControlCharacters() throws Exception {
        String organizer = "INPS \"Roma\" Tiburtino: uno; due, tre\u0007\u007f\u0080\u009f\u00a0fine";
        String attendee = "Rossi,\tMaria";
        byte[] ics = Ics.request(event("Colloquio", organizer, attendee, "maria@example.it"));
        assertThat(line(ics, "ORGANIZER")).startsWith("ORGANIZER;CN=\"INPS Roma Tiburtino: uno; due, tre\u00a0fine\":mailto:");
        VEvent parsed = parse(ics);
        assertThat(param(parsed, Property.ORGANIZER, Parameter.CN)).isEqualTo("INPS Roma Tiburtino: uno; due, tre\u00a0fine");
        assertThat(param(parsed, Property.ATTENDEE, Parameter.CN)).isEqualTo("Rossi,\tMaria");
        assertThat(parsed.getProperty(Property.ATTENDEE).orElseThrow().getValue()).isEqualTo("mailto:maria@example.it");
    }

    @Test
    void textKeepsSpacesTabsAndPrintableCharactersAndDropsC0DelAndC1() {
        assertThat(Ics.text("\u001f \u007e\u007f\u0080\u0081\u009e\u009f\u00a0\tà€")).isEqualTo(" ~\u00a0\tà€");
        assertThat(Ics.text("")).isEmpty();
    }

    @Test
    @DisplayName("R-APT-3: mailto addresses keep letters, digits and RFC 6068's safe marks; every other octet is encoded")
    void mailtoEncodesEverythingOutsideTheSafeSet() throws Exception {
        String safe = "AZaz09-._~!$'()*+=@example.it";
        assertThat(Ics.mailto(safe)).isEqualTo("mailto:" + safe);
        assertThat(Ics.mailto("a[b`c{d/e:f g,h;i\"j@x.it")).isEqualTo("mailto:a%5Bb%60c%7Bd%2Fe%3Af%20g%2Ch%3Bi%22j@x.it");
        assertThat(Ics.mailto("jürgen@beispiel.de")).isEqualTo("mailto:j%C3%BCrgen@beispiel.de");
        for (String address : List.of(safe, "a[b`c{d/e:f g,h;i\"j@x.it", "jürgen@beispiel.de")) {
            assertThat(new URI(Ics.mailto(address)).getSchemeSpecificPart()).isEqualTo(address);
        }
    }

    @Test
    void anAmbiguousLocalTimeIsWrittenInUtc() {
        // 25 October 2026 02:30 happens twice in Rome: each of the two instants is written as itself
        assertThat(Ics.dateTime(Instant.parse("2026-10-25T00:30:00Z"), ROME)).isEqualTo(":20261025T003000Z");
        assertThat(Ics.dateTime(Instant.parse("2026-10-25T01:30:00Z"), ROME)).isEqualTo(":20261025T013000Z");
        // 29 March 2026 03:30 exists once (02:00-03:00 is skipped): local time
        assertThat(Ics.dateTime(Instant.parse("2026-03-29T01:30:00Z"), ROME)).isEqualTo(";TZID=Europe/Rome:20260329T033000");
    }

    private static int octets(int codePoint) {
        return new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    @DisplayName("R-APT-3: lines fold at 75 octets, never inside a UTF-8 character, and only when the next one would not fit")
    void foldingCountsOctetsOfEveryUtf8Length() throws Exception {
        int[] characters = {'a', 0x00E0, 0x07FF, 0x0800, 0xFFFD, 0x10000, 0x1F600};
        for (int character : characters) {
            for (int prefix = 0; prefix < 4; prefix++) {
                String summary = "a".repeat(prefix) + new String(Character.toChars(character)).repeat(60) + "z";
                byte[] ics = Ics.request(event(summary, "Sede", "Maria", "maria@example.it"));
                String text = new String(ics, StandardCharsets.UTF_8);
                assertThat(text).endsWith("\r\n");
                List<String> lines = Arrays.asList(text.split("\r\n"));
                for (int i = 0; i < lines.size(); i++) {
                    byte[] physical = lines.get(i).getBytes(StandardCharsets.UTF_8);
                    String what = String.format("U+%04X prefix %d line %d", character, prefix, i);
                    assertThat(physical.length).as(what).isLessThanOrEqualTo(75);
                    assertThat(strictUtf8(physical)).as(what).isTrue();
                    if (i + 1 < lines.size() && lines.get(i + 1).startsWith(" ")) {
                        int next = lines.get(i + 1).codePointAt(1);
                        assertThat(physical.length + octets(next)).as("%s: folded early", what).isGreaterThan(75);
                    }
                }
                assertThat(parse(ics).getProperty(Property.SUMMARY).map(Property::getValue)).as("U+%04X", character)
                        .contains(summary);
            }
        }
    }

    private static boolean strictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        // "SUMMARY:" is 8 octets: 67 more make a line of exactly 75
        byte[] ics = Ics.request(event("x".repeat(67), "Sede", "Maria", "maria@example.it"));
        assertThat(new String(ics, StandardCharsets.UTF_8)).contains("\r\nSUMMARY:" + "x".repeat(67) + "\r\nORGANIZER");
        byte[] longer = Ics.request(event("x".repeat(68), "Sede", "Maria", "maria@example.it"));
        assertThat(new String(longer, StandardCharsets.UTF_8)).contains("\r\nSUMMARY:" + "x".repeat(67) + "\r\n x\r\n");
    }

    @Test
    @DisplayName("R-APT-3: UTC is +0000, never -0000 (RFC 5545 §3.3.14)")
    void utcOffsetsArePositiveZero() {
        String text = new String(Ics.request(new Ics.Event("u", 0, START, START, START.plusSeconds(60), ZoneId.of("UTC"),
                "s", null, null, null, "o", "o@example.it", "a", "a@example.it")), StandardCharsets.UTF_8);
        assertThat(text).contains("TZOFFSETFROM:+0000\r\n", "TZOFFSETTO:+0000\r\n", "DTSTART;TZID=UTC:20261210T093000")
                .doesNotContain("-0000");
    }
}
