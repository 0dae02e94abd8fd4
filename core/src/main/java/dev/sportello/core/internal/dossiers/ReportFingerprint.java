package dev.sportello.core.internal.dossiers;

import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
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
 * <p>Thread-safe; stateless. The report must be non-null.
 */
final class ReportFingerprint {
    private static final String PREFIX = "2:";
    private static final MessageDigest SHA_256 = sha256();
    /** Read once: {@code getRecordComponents} copies the array on every call. */
    private static final RecordComponent[] MEDICAL_COMPONENTS = MedicalReport.class.getRecordComponents();
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Component[] result = new Component[components.length];
            for (int i = 0; i < components.length; i++) {
                try {
                    MethodHandle getter = MethodHandles.publicLookup().unreflect(components[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                    result[i] = new Component(components[i].getName(), getter);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("a report record's accessor is not public: " + type.getName(), e);
                }
            }
            return new Shape(type.getSimpleName(), result);
        }
    };

    private ReportFingerprint() {
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

    /** A record class's simple name and its components' getters. */
    private record Shape(String name, Component[] components) {
    }

    private record Component(String name, MethodHandle getter) {
        Object get(Object owner) {
            try {
                return getter.invokeExact(owner);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("a report record's accessor failed: " + name, e);
            }
        }
    }

    /** The binary walk; each value starts with a tag, so that no two different values write the same bytes. */
    private static final class Encoder {
        private byte[] bytes = new byte[1024];
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
            } else if (value instanceof String s) {
                tag('S');
                text(s);
            } else if (value instanceof Record r) {
                record(r);
            } else if (value instanceof Iterable<?> list) {
                tag('L');
                for (Object element : list) {
                    value(element);
                }
                tag(')');
            } else if (value instanceof Map<?, ?> map) {
                map(map);
            } else if (value instanceof Enum<?> e) {
                tag('E');
                text(e.name());
            } else if (value instanceof Boolean b) {
                tag(b ? 'T' : 'F');
            } else if (value instanceof Integer i) {
                number('N', i);
            } else if (value instanceof Long l) {
                number('N', l);
            } else if (value instanceof Instant t) {
                number('I', t.getEpochSecond());
                number('n', t.getNano());
            } else if (value instanceof LocalDate d) {
                number('D', d.toEpochDay());
            } else {   // BigDecimal (its scale kept), Currency, YearMonth, …: their own text, tagged by class
                tag('V');
                text(value.getClass().getName());
                text(value.toString());
            }
        }

        private void record(Record r) {
            Shape shape = SHAPES.get(r.getClass());
            tag('R');
            text(shape.name());
            for (Component component : shape.components()) {
                Object v = component.get(r);
                if (!isDefault(v)) {
                    text(component.name());
                    value(v);
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

        private static boolean isDefault(Object v) {
            return v == null || Boolean.FALSE.equals(v) || v instanceof Integer i && i == 0 || v instanceof Long l && l == 0
                    || v instanceof Collection<?> c && c.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty();
        }

        private void number(char tag, long value) {
            room(9);
            bytes[length++] = (byte) tag;
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[length++] = (byte) (value >>> shift);
            }
        }

        private void tag(char tag) {
            room(1);
            bytes[length++] = (byte) tag;
        }

        /** The char count, then each char in one to three bytes (UTF-8's layout, surrogates one by one). */
        private void text(String s) {
            int n = s.length();
            room(4 + 3 * n);
            bytes[length++] = (byte) (n >>> 24);
            bytes[length++] = (byte) (n >>> 16);
            bytes[length++] = (byte) (n >>> 8);
            bytes[length++] = (byte) n;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    bytes[length++] = (byte) c;
                } else if (c < 0x800) {
                    bytes[length++] = (byte) (0xC0 | c >> 6);
                    bytes[length++] = (byte) (0x80 | c & 0x3F);
                } else {
                    bytes[length++] = (byte) (0xE0 | c >> 12);
                    bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                    bytes[length++] = (byte) (0x80 | c & 0x3F);
                }
            }
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
