package dev.sportello.attestation.verifier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading typed values out of decoded CBOR maps; every mismatch is a {@link MalformedException}. Stateless. */
final class Claims {
    private Claims() {
    }

    static CborItem.MapItem map(CborItem item, String what) throws MalformedException {
        if (item instanceof CborItem.MapItem m) {
            return m;
        }
        throw new MalformedException(what + " is not a map");
    }

    static long integer(CborItem item, String what) throws MalformedException {
        if (item instanceof CborItem.Int i) {
            return i.value();
        }
        throw new MalformedException(what + (item == null ? " is missing" : " is not an integer"));
    }

    static String text(CborItem item, String what, int maxLength) throws MalformedException {
        if (item instanceof CborItem.Text t && !t.value().isEmpty() && t.value().length() <= maxLength) {
            return t.value();
        }
        throw new MalformedException(what + (item == null ? " is missing" : " is not a text of 1-" + maxLength));
    }

    static byte[] bytes(CborItem item, String what, int maxLength) throws MalformedException {
        if (item instanceof CborItem.Bytes b && b.length() <= maxLength) {
            return b.value();
        }
        throw new MalformedException(what + (item == null ? " is missing" : " is not a byte string up to " + maxLength));
    }

    static Instant time(CborItem item, String what) throws MalformedException {
        long seconds = integer(item, what);
        if (seconds < 0 || seconds > 253_402_300_799L) { // up to 9999-12-31T23:59:59Z
            throw new MalformedException(what + " is out of range");
        }
        return Instant.ofEpochSecond(seconds);
    }

    static LocalDate date(CborItem item, String what) throws MalformedException {
        String text = text(item, what, 10);
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new MalformedException(what + " is not YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedException(what + " is not a date");
        }
    }

    static CborItem.Int of(long value) {
        return new CborItem.Int(value);
    }

    static CborItem.Text of(String value) {
        return new CborItem.Text(value);
    }

    static CborItem.Int of(Instant time) {
        return new CborItem.Int(time.getEpochSecond());
    }

    static CborItem.Text of(LocalDate date) {
        return new CborItem.Text(date.toString());
    }
}
