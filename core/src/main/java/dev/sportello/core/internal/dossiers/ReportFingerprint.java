package dev.sportello.core.internal.dossiers;

import dev.sportello.core.internal.kernel.RecordAccessors;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Function;

/**
 * The fingerprint that tells a repeated report from a different one with the same sequence (R-DOS-1).
 *
 * <p>The current form, {@code "2:"} and the URL-safe Base64 of a SHA-256, hashes a binary walk of the report: each
 * record as its simple class name and its components by name, each list in order, each map sorted by key (so that a
 * map's iteration order, which for {@code Map.of} changes from one JVM to the next, does not matter), strings
 * char by char, IBANs and medical content unmasked. A component at its default (null, false, zero, an empty list or
 * map) is left out, so a component added to a record later does not change the fingerprint of a report that does not
 * use it. The earlier form — 64 hex digits of a SHA-256 of the report's text — is still recognised, so a dossier
 * stored before this form keeps telling a repeat from a change.
 *
 * <p>Thread-safe: no state but per-class caches that hold what a class's shape implies. The report must be non-null.
 */
final class ReportFingerprint {
    private static final String PREFIX = "2:";
    private static final MessageDigest SHA_256 = sha256();
    /** Read once: {@code getRecordComponents} copies the array on every call. */
    private static final RecordComponent[] MEDICAL_COMPONENTS = MedicalReport.class.getRecordComponents();
    /**
     * How the walk writes a value of each class, decided once per class: a type test per value against interfaces such
     * as {@code Iterable} and {@code Map} cost as much as the rest of the walk.
     */
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            Kind kind = Kind.of(type);
            return switch (kind) {
                case RECORD -> new Shape(kind, Encoder.encoded(type.getSimpleName()), components(type));
                case OTHER -> new Shape(kind, Encoder.encoded(type.getName()), new Component[0]);   // a money amount writes two
                default -> new Shape(kind, null, new Component[0]);
            };
        }
    };

    /** What the walk writes for a value, by its class. */
    private enum Kind {
        STRING, RECORD, COLLECTION, LIST, MAP, ENUM, BOOLEAN, INTEGER, LONG, INSTANT, DATE, OTHER;

        /** The first that applies, in this order (the order of the type tests it replaces). */
        static Kind of(Class<?> type) {
            if (type == String.class) {
                return STRING;
            } else if (Record.class.isAssignableFrom(type)) {
                return RECORD;
            } else if (Iterable.class.isAssignableFrom(type)) {
                return Collection.class.isAssignableFrom(type) ? COLLECTION : LIST;
            } else if (Map.class.isAssignableFrom(type)) {
                return MAP;
            } else if (Enum.class.isAssignableFrom(type)) {
                return ENUM;
            }
            return type == Boolean.class ? BOOLEAN : type == Integer.class ? INTEGER : type == Long.class ? LONG
                    : type == Instant.class ? INSTANT : type == LocalDate.class ? DATE : OTHER;
        }
    }

    private ReportFingerprint() {
    }

    private static Component[] components(Class<?> type) {
        RecordAccessors.Accessor[] accessors = RecordAccessors.of(type);
        Component[] out = new Component[accessors.length];
        for (int i = 0; i < accessors.length; i++) {
            if (accessors[i].getter() == null) {
                throw new IllegalStateException("a report record's accessor is not accessible: " + type.getName());
            }
            out[i] = new Component(Encoder.encoded(accessors[i].name()), accessors[i].getter());
        }
        return out;
    }

    /**
     * The current fingerprint of a report.
     *
     * @param report the report
     * @return at most 64 characters
     */
    static String of(DossierReport report) {
        Encoder out = new Encoder();
        out.value(report);
        MessageDigest sha = digest();
        sha.update(out.bytes(), 0, out.length());
        byte[] hash = sha.digest();
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    /**
     * Whether a stored fingerprint, of either form, is the report's.
     *
     * @param stored the fingerprint stored with the dossier
     * @param report the report
     * @return true when the report is the one that was stored
     */
    static boolean matches(String stored, DossierReport report) {
        return stored.startsWith(PREFIX) ? stored.equals(of(report)) : stored.equals(legacy(report));
    }

    /**
     * The earlier form: the hex SHA-256 of the report's text, its IBANs and its medical report's components.
     *
     * @param report the report
     * @return 64 hex digits
     */
    static String legacy(DossierReport report) {
        StringBuilder text = new StringBuilder(report.toString());
        for (Payment payment : report.payments()) {
            if (payment.method() instanceof PaymentMethod.Account account) {
                text.append('|').append(account.iban());
            }
        }
        if (report.medicalReport() != null) {   // its toString hides the content: every component goes in here
            text.append('|');
            for (RecordComponent component : MEDICAL_COMPONENTS) {
                text.append(component.getName()).append('=').append(get(component, report.medicalReport())).append(';');
            }
        }
        return HexFormat.of().formatHex(digest().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Object get(RecordComponent component, MedicalReport report) {
        try {
            return component.getAccessor().invoke(report);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record accessor of MedicalReport failed", e);
        }
    }

    private static MessageDigest digest() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            return sha256();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /**
     * A class's kind, the name the walk writes for it (a record's simple name, another value's class name; encoded as
     * {@link Encoder#text} writes it) and a record's components.
     */
    private record Shape(Kind kind, byte[] name, Component[] components) {
    }

    /** A component's name, encoded as {@link Encoder#text} writes it (names are about half of a walk's bytes), and its getter. */
    private record Component(byte[] name, Function<Object, Object> getter) {
    }

    /** The binary walk; each value starts with a tag, so that no two different values write the same bytes. */
    private static final class Encoder {
        private byte[] bytes = new byte[4096];   // a report with payments writes 1–3 KB: no growing
        private int length;

        byte[] bytes() {
            return bytes;
        }

        int length() {
            return length;
        }

        void value(Object value) {
            if (value == null) {
                tag('0');
            } else {
                value(value, SHAPES.get(value.getClass()));
            }
        }

        private void value(Object value, Shape shape) {
            switch (shape.kind()) {
                case STRING -> {
                    tag('S');
                    text((String) value);
                }
                case RECORD -> record((Record) value, shape);
                case LIST, COLLECTION -> {
                    tag('L');
                    for (Object element : (Iterable<?>) value) {
                        value(element);
                    }
                    tag(')');
                }
                case MAP -> map((Map<?, ?>) value);
                case ENUM -> {
                    tag('E');
                    text(((Enum<?>) value).name());
                }
                case BOOLEAN -> tag((Boolean) value ? 'T' : 'F');
                case INTEGER -> number('N', (Integer) value);
                case LONG -> number('N', (Long) value);
                case INSTANT -> {
                    Instant t = (Instant) value;
                    number('I', t.getEpochSecond());
                    number('n', t.getNano());
                }
                case DATE -> number('D', ((LocalDate) value).toEpochDay());
                default -> {   // BigDecimal (its scale kept), Currency, YearMonth, …: their own text, tagged by class
                    tag('V');
                    raw(shape.name());
                    text(value.toString());
                }
            }
        }

        private void record(Record r, Shape shape) {
            tag('R');
            raw(shape.name());
            for (Component component : shape.components()) {
                Object v = component.getter().apply(r);
                if (v == null) {
                    continue;
                }
                Shape of = SHAPES.get(v.getClass());
                if (!isDefault(v, of.kind())) {
                    raw(component.name());
                    value(v, of);
                }
            }
            tag(')');
        }

        private void map(Map<?, ?> map) {
            tag('M');
            map.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> String.valueOf(a).compareTo(String.valueOf(b))))
                    .forEach(entry -> {
                        value(entry.getKey());
                        value(entry.getValue());
                    });
            tag(')');
        }

        /**
         * Whether a non-null component is at its default and left out. Dispatches on the {@link Kind}, which puts a class that is
         * both an {@code Iterable} and a {@code Map} among the lists (the old type tests asked {@code Collection} first,
         * then {@code Map}); no component of a report has such a type — lists are JDK lists, maps unmodifiable maps.
         */
        private static boolean isDefault(Object v, Kind kind) {
            return switch (kind) {
                case BOOLEAN -> !(Boolean) v;
                case INTEGER -> (Integer) v == 0;
                case LONG -> (Long) v == 0;
                case COLLECTION -> ((Collection<?>) v).isEmpty();
                case MAP -> ((Map<?, ?>) v).isEmpty();
                default -> false;
            };
        }

        private void number(char tag, long value) {
            room(9);
            byte[] b = bytes;
            int at = length;
            b[at] = (byte) tag;
            for (int k = 1; k <= 8; k++) {
                b[at + k] = (byte) (value >>> (64 - 8 * k));
            }
            length = at + 9;
        }

        private void tag(char tag) {
            room(1);
            bytes[length++] = (byte) tag;
        }

        /**
         * The char count, then each char in one to three bytes (UTF-8's layout, surrogates one by one). Written through
         * locals: this loop is most of the walk's time, and field writes per char cost it about four times as much.
         */
        private void text(String s) {
            int n = s.length();
            room(4 + 3 * n);
            byte[] b = bytes;
            int at = length;
            b[at] = (byte) (n >>> 24);
            b[at + 1] = (byte) (n >>> 16);
            b[at + 2] = (byte) (n >>> 8);
            b[at + 3] = (byte) n;
            at += 4;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    b[at++] = (byte) c;
                } else if (c < 0x800) {
                    b[at++] = (byte) (0xC0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                } else {
                    b[at++] = (byte) (0xE0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
            length = at;
        }

        /** Bytes that {@link #encoded} made. */
        private void raw(byte[] encoded) {
            room(encoded.length);
            System.arraycopy(encoded, 0, bytes, length, encoded.length);
            length += encoded.length;
        }

        /** What {@link #text} writes for a string, for names written on every walk. */
        static byte[] encoded(String s) {
            Encoder out = new Encoder();
            out.text(s);
            return Arrays.copyOf(out.bytes, out.length);
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
