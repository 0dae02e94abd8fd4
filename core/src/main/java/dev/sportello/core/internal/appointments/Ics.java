package dev.sportello.core.internal.appointments;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small RFC 5545 writer for appointment invitations (iTIP, RFC 5546): one VEVENT with its VTIMEZONE,
 * {@code METHOD:REQUEST} for a booking or a reschedule (same UID, higher SEQUENCE) and
 * {@code METHOD:CANCEL} for a cancellation. Lines end with CRLF and are folded at 75 octets; text is
 * escaped. Written here on purpose (ARCHITECTURE.md): the tests check the output with ical4j.
 *
 * <p>Thread-safe (stateless).
 */
final class Ics {
    static final String PRODUCT = "-//Sportello//Appointments//IT";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    /** How close to an offset change an event is written in UTC (see {@link #nearAChange}). */
    private static final java.time.Duration NEAR_A_CHANGE = java.time.Duration.ofDays(8);
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Ics() {
    }

    /**
     * An event to write.
     *
     * @param uid          the stable UID
     * @param sequence     the revision, 0 for the first invitation
     * @param stamp        when the invitation is made
     * @param start        the start
     * @param end          the end
     * @param zone         the zone the times are shown in
     * @param summary      the title
     * @param description  the details
     * @param location     where, or null
     * @param url          the join link, or null
     * @param organizerName  the organizer's name
     * @param organizerEmail the organizer's address
     * @param attendeeName   the attendee's name
     * @param attendeeEmail  the attendee's address
     */
    record Event(String uid, int sequence, Instant stamp, Instant start, Instant end, ZoneId zone, String summary,
                 String description, String location, URI url, String organizerName, String organizerEmail,
                 String attendeeName, String attendeeEmail) {
        Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(stamp, "stamp");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(organizerEmail, "organizerEmail");
            Objects.requireNonNull(attendeeEmail, "attendeeEmail");
        }
    }

    /** The invitation of a booking or a reschedule. */
    static byte[] request(Event event) {
        return write(event, false);
    }

    /** The cancellation of an invitation. */
    static byte[] cancel(Event event) {
        return write(event, true);
    }

    private static byte[] write(Event e, boolean cancel) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:" + PRODUCT);
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:" + (cancel ? "CANCEL" : "REQUEST"));
        timezone(lines, e.zone(), e.start(), e.end());
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + text(e.uid()));
        lines.add("SEQUENCE:" + e.sequence());
        lines.add("DTSTAMP:" + UTC.format(e.stamp()));
        boolean local = followsYearlyRules(e.zone(), e.start(), e.end()) && !nearAChange(e.zone(), e.start(), e.end());
        lines.add("DTSTART" + (local ? dateTime(e.start(), e.zone()) : ":" + UTC.format(e.start())));
        lines.add("DTEND" + (local ? dateTime(e.end(), e.zone()) : ":" + UTC.format(e.end())));
        lines.add("SUMMARY:" + text(e.summary()));
        if (e.description() != null) {
            lines.add("DESCRIPTION:" + text(e.description()));
        }
        if (e.location() != null) {
            lines.add("LOCATION:" + text(e.location()));
        }
        if (e.url() != null) {
            lines.add("URL:" + e.url().toASCIIString());
        }
        lines.add("ORGANIZER;CN=" + param(e.organizerName()) + ":" + mailto(e.organizerEmail()));
        lines.add("ATTENDEE;CN=" + param(e.attendeeName()) + ";ROLE=REQ-PARTICIPANT;PARTSTAT="
                + (cancel ? "DECLINED" : "ACCEPTED") + ";RSVP=FALSE:" + mailto(e.attendeeEmail()));
        lines.add("STATUS:" + (cancel ? "CANCELLED" : "CONFIRMED"));
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            fold(line, out);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A date-time property value: the local time with its TZID, or — when the local time is ambiguous
     * because the clocks went back (the repeated hour of the last Sunday of October in Rome), which RFC
     * 5545 §3.3.5 would read as the first occurrence — the UTC form, which is never ambiguous.
     */
    static String dateTime(Instant at, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        if (zone.getRules().getValidOffsets(local).size() > 1) {
            return ":" + UTC.format(at);
        }
        return ";TZID=" + tzid(zone) + ":" + LOCAL.format(local);
    }

    /**
     * The zone id as a TZID parameter value: quoted when it holds a character that ends a parameter
     * ({@code :}, {@code ;} or {@code ,}: offset ids such as {@code +01:00} or {@code UTC+01:00}).
     */
    static String tzid(ZoneId zone) {
        String id = zone.getId();
        return id.indexOf(':') >= 0 || id.indexOf(';') >= 0 || id.indexOf(',') >= 0 ? "\"" + id + "\"" : id;
    }

    /**
     * The VTIMEZONE that TZID refers to. Where the zone's transitions from a year before the event to a year
     * after it all follow its yearly rules, the observances carry those rules ({@link #yearly}); otherwise —
     * a zone whose rules changed, or change irregularly (Casablanca's Ramadan), or a zone without daylight
     * saving — each real transition in that span is one observance, so that the file says what the zone does.
     */
    private static void timezone(List<String> lines, ZoneId zone, Instant start, Instant end) {
        ZoneRules rules = zone.getRules();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        Instant from = start.atZone(ZoneOffset.UTC).minusYears(1).toInstant();
        Instant to = end.atZone(ZoneOffset.UTC).plusYears(1).toInstant();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && !t.getInstant().isAfter(to);
             t = rules.nextTransition(t.getInstant())) {
            transitions.add(t);
        }
        List<ZoneOffsetTransitionRule> yearlyRules = rules.getTransitionRules();
        if (!yearlyRules.isEmpty() && followsYearlyRules(zone, start, end)) {
            yearly(lines, yearlyRules, LocalDateTime.ofInstant(start, zone).getYear() - 1);
        } else if (transitions.isEmpty()) {
            // no change around the event: its offset since the last change
            ZoneOffset offset = rules.getOffset(start);
            ZoneOffsetTransition last = rules.previousTransition(start);
            lines.add("BEGIN:STANDARD");
            // the onset is the local time before the change, in TZOFFSETFROM (RFC 5545 §3.6.5)
            lines.add("DTSTART:" + (last == null ? "19700101T000000" : LOCAL.format(last.getDateTimeBefore())));
            lines.add("TZOFFSETFROM:" + offset(last == null ? offset : last.getOffsetBefore()));
            lines.add("TZOFFSETTO:" + offset(offset));
            lines.add("END:STANDARD");
        } else {
            ZoneOffsetTransition before = rules.previousTransition(from.plusNanos(1));
            if (before != null && !transitions.get(0).equals(before)) {
                transitions.add(0, before);
            }
            for (ZoneOffsetTransition t : transitions) {
                String kind = rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD";
                lines.add("BEGIN:" + kind);
                lines.add("DTSTART:" + LOCAL.format(t.getDateTimeBefore()));
                lines.add("TZOFFSETFROM:" + offset(t.getOffsetBefore()));
                lines.add("TZOFFSETTO:" + offset(t.getOffsetAfter()));
                lines.add("END:" + kind);
            }
        }
        lines.add("END:VTIMEZONE");
    }

    /**
     * Whether the zone changes its offset within eight days of the event: times written as local time so
     * close to a change are read an hour off by readers that apply the change at the wrong moment — ical4j
     * takes the observance's local onset for UTC, and expands "second Sunday of March" from a DTSTART of
     * the year before as the same week of the year (7 March 2027 instead of the 14th: a fuzzing finding) —
     * and in the repeated hour they are ambiguous (RFC 5545 §3.3.5). Such times are written in UTC, which
     * every reader places right; a week either side covers a rule misread by a whole week.
     */
    static boolean nearAChange(ZoneId zone, Instant start, Instant end) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(start.minus(NEAR_A_CHANGE));
        return next != null && !next.getInstant().isAfter(end.plus(NEAR_A_CHANGE));
    }

    /**
     * Whether every transition of the zone from a year before the event to a year after it follows the
     * zone's yearly rules, and those rules can be written as RRULEs ({@link #expressible}). Where it does not, the event's times are written in UTC as well: a VTIMEZONE of
     * single observances is what RFC 5545 asks for, but readers that build a zone only from recurrence
     * rules (ical4j among them) would place the event at the wrong hour.
     */
    static boolean followsYearlyRules(ZoneId zone, Instant start, Instant end) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            return rules.isFixedOffset() || rules.nextTransition(start.atZone(ZoneOffset.UTC).minusYears(1).toInstant()) == null;
        }
        if (!yearly.stream().allMatch(Ics::expressible)) {
            return false;
        }
        Instant from = start.atZone(ZoneOffset.UTC).minusYears(1).toInstant();
        Instant to = end.atZone(ZoneOffset.UTC).plusYears(1).toInstant();
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && !t.getInstant().isAfter(to);
             t = rules.nextTransition(t.getInstant())) {
            if (!followsRules(t, yearly)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an RRULE with BYMONTH and BYDAY can state the rule's day: not when "a weekday on or after day N"
     * may fall in the next month (Cairo's Friday after October's last Thursday is 1 November in some years),
     * nor when the change's local onset falls on another weekday than the rule's (Nuuk changes on Sunday at
     * 01:00 UTC, Saturday 23:00 in Nuuk), since an observance's RRULE counts in local time.
     */
    private static boolean expressible(ZoneOffsetTransitionRule rule) {
        int indicator = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return true;
        }
        // the onset's weekday is the same every year: the rule's time and offsets do not change
        boolean sameDay = rule.createTransition(2000).getDateTimeBefore().getDayOfWeek() == rule.getDayOfWeek();
        return sameDay && (indicator < 0 || indicator + 6 <= rule.getMonth().minLength());
    }

    private static boolean followsRules(ZoneOffsetTransition t, List<ZoneOffsetTransitionRule> rules) {
        int year = t.getDateTimeBefore().getYear();
        return rules.stream().anyMatch(r -> r.createTransition(year).equals(t));
    }

    /**
     * The observances of a zone whose transitions around the event all follow its yearly rules
     * (Europe/Rome: the last Sundays of March and October): one DAYLIGHT and one STANDARD observance with
     * their RRULE, starting the year before the event, the form every calendar client reads.
     */
    private static void yearly(List<String> lines, List<ZoneOffsetTransitionRule> yearly, int year) {
        for (ZoneOffsetTransitionRule rule : yearly) {
            ZoneOffsetTransition t = rule.createTransition(year);
            String kind = t.getOffsetAfter().equals(rule.getStandardOffset()) ? "STANDARD" : "DAYLIGHT";
            lines.add("BEGIN:" + kind);
            lines.add("DTSTART:" + LOCAL.format(t.getDateTimeBefore()));
            lines.add("TZOFFSETFROM:" + offset(t.getOffsetBefore()));
            lines.add("TZOFFSETTO:" + offset(t.getOffsetAfter()));
            lines.add("RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + days(rule));
            lines.add("END:" + kind);
        }
    }

    /**
     * The day part of a yearly rule: "last Sunday" (or "Sunday on or after the 25th" of a 31-day month) is
     * -1SU, "Sunday on or after the 8th" is 2SU, anything else a weekday within seven month days.
     */
    private static String days(ZoneOffsetTransitionRule rule) {
        int indicator = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return ";BYMONTHDAY=" + indicator;
        }
        String day = rule.getDayOfWeek().name().substring(0, 2);
        java.time.Month month = rule.getMonth();
        boolean lastWeek = indicator > 0 && month.minLength() == month.maxLength() && indicator + 6 == month.maxLength();
        if (indicator == -1 || lastWeek) {
            return ";BYDAY=-1" + day;
        }
        if (indicator > 0 && indicator <= 22 && (indicator - 1) % 7 == 0) {
            return ";BYDAY=" + ((indicator - 1) / 7 + 1) + day;
        }
        StringBuilder monthDays = new StringBuilder();
        for (int d = 0; d < 7; d++) {
            int value = indicator > 0 ? indicator + d : indicator - d;
            if (Math.abs(value) <= 31) {
                monthDays.append(monthDays.length() == 0 ? "" : ",").append(value);
            }
        }
        return ";BYDAY=" + day + ";BYMONTHDAY=" + monthDays;
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        String text = String.format("%s%02d%02d", seconds < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
    }

    /** Escapes a TEXT value (RFC 5545 §3.3.11). */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    // CRLF becomes one line break, and so does a lone CR
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> {
                    // RFC 5545 TEXT holds no control characters (C0, DEL, C1); a tab is allowed
                    if (c == '\t' || c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A {@code mailto:} URI (RFC 6068): the address with every character outside the unreserved set and
     * {@code @ ! $ ' ( ) * + =} percent-encoded, so that {@code ?}, {@code #}, {@code %} or {@code /} in a
     * local part cannot change the address.
     */
    static String mailto(String address) {
        StringBuilder out = new StringBuilder("mailto:");
        for (byte b : address.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean keep = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || "-._~@!$'()*+=".indexOf(c) >= 0;
            if (keep) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** A parameter value: quoted, without the characters a quoted value may not hold. */
    private static String param(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '"' && (c >= 0x20 || c == '\t') && c != 0x7f && !(c >= 0x80 && c <= 0x9f)) {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1). */
    private static void fold(String line, StringBuilder out) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
