package dev.sportello.core.internal.entrypoints;

import dev.sportello.OperatorId;
import dev.sportello.PartyId;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.CompanyTaxCode;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.FiscalCode;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.PostalAddress;
import dev.sportello.users.TaxCode;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Plausible, valid values for the parameters of the SDK's public entry points, so that a sweep that
 * makes one argument hostile reaches the checks behind the others, and the authorization matrix
 * ({@code dev.sportello.core.internal.authz}) builds calls on objects that exist. Records are built from
 * samples of their components; sealed interfaces from their first permitted record; value types from a
 * table; {@link #with} overrides any type, commands included.
 *
 * <p>Not thread-safe; one per test.
 */
public final class Samples {
    private static final Map<Class<?>, Supplier<Object>> KNOWN = new HashMap<>();

    static {
        KNOWN.put(String.class, () -> "Testo di prova");
        KNOWN.put(Instant.class, () -> Instant.parse("2026-11-24T09:00:00Z"));
        KNOWN.put(LocalDate.class, () -> LocalDate.of(2026, 11, 24));
        KNOWN.put(LocalTime.class, () -> LocalTime.of(10, 0));
        KNOWN.put(MonthDay.class, () -> MonthDay.of(6, 29));
        KNOWN.put(Duration.class, () -> Duration.ofMinutes(30));
        KNOWN.put(ZoneId.class, () -> ZoneId.of("Europe/Rome"));
        KNOWN.put(URI.class, () -> URI.create("https://example.it/a"));
        KNOWN.put(BigDecimal.class, () -> new BigDecimal("10.50"));
        KNOWN.put(UUID.class, () -> UUID.fromString("01a20000-0000-7000-8000-000000000001"));
        KNOWN.put(Locale.class, () -> Locale.ITALIAN);
        KNOWN.put(DayOfWeek.class, () -> DayOfWeek.TUESDAY);
        KNOWN.put(byte[].class, () -> "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        KNOWN.put(TaxCode.class, () -> TaxCode.parse("RSSMRA85T10A562S", "taxCode"));
        KNOWN.put(FiscalCode.class, () -> TaxCode.parse("RSSMRA85T10A562S", "taxCode"));
        KNOWN.put(CompanyTaxCode.class, () -> CompanyTaxCode.parse("00743110157", "vat"));
        KNOWN.put(CompanyRegistrationNumber.class, () -> new CompanyRegistrationNumber("1234567890"));
        KNOWN.put(MunicipalityCode.class, () -> new MunicipalityCode("H501"));
        KNOWN.put(OfficeCode.class, () -> new OfficeCode("ROMA-TIBURTINO"));
        KNOWN.put(TopicCode.class, () -> TopicCode.GENERIC);
        KNOWN.put(MessageKind.class, () -> new MessageKind("REQUEST_REGISTERED"));
        KNOWN.put(PhoneNumber.class, () -> new PhoneNumber("+393471234567"));
        KNOWN.put(EmailAddress.class, () -> new EmailAddress("maria.rossi@example.it"));
        KNOWN.put(PostalAddress.class, () -> new PostalAddress("Via Tiburtina 1234", "00131", "Roma", "RM"));
        KNOWN.put(Principal.class, () -> Principal.service("portal"));
        KNOWN.put(PartyId.class, () -> new UserId(UUID.fromString("01a20000-0000-7000-8000-000000000002")));
        KNOWN.put(OperatorId.class, () -> new OperatorId(UUID.fromString("00000000-0000-7000-8000-000000000001")));
        KNOWN.put(dev.sportello.attestation.IssueAttestation.class, () -> dev.sportello.attestation.IssueAttestation.named(
                dev.sportello.dossiers.DossierId.of("INPS-INV-2026-000042")));
    }

    private final Map<Class<?>, Object> overrides = new HashMap<>();
    private int depth;

    /**
     * Uses a value for a type instead of the table's, e.g. the id of an object that exists.
     *
     * @param type  the type
     * @param value the value
     * @return this
     */
    public Samples with(Class<?> type, Object value) {
        overrides.put(type, value);
        return this;
    }

    /**
     * A sample of a type, or null if none is known.
     *
     * @param type    the raw type
     * @param generic the generic type, for collections
     * @return the sample, possibly null
     */
    public Object of(Class<?> type, Type generic) {
        if (type.isPrimitive()) {
            return primitive(type);
        }
        if (overrides.containsKey(type)) {
            return overrides.get(type);
        }
        Supplier<Object> known = KNOWN.get(type);
        if (known != null) {
            return attempt(known);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isArray() && type != byte[].class) {
            Object element = of(type.getComponentType(), type.getComponentType());
            Object array = java.lang.reflect.Array.newInstance(type.getComponentType(), element == null ? 0 : 1);
            if (element != null) {
                java.lang.reflect.Array.set(array, 0, element);
            }
            return array;
        }
        if (Number.class.isAssignableFrom(type) || type == Boolean.class) {
            return primitive(unbox(type));
        }
        if (depth > 6) {
            return null;
        }
        depth++;
        try {
            if (type == List.class || type == Collection.class) {
                Object element = of(argument(generic, 0), typeArgument(generic, 0));
                return element == null ? List.of() : List.of(element);
            }
            if (type == Set.class) {
                Object element = of(argument(generic, 0), typeArgument(generic, 0));
                return element == null ? Set.of() : Set.of(element);
            }
            if (type == Map.class) {
                Object key = of(argument(generic, 0), typeArgument(generic, 0));
                Object value = of(argument(generic, 1), typeArgument(generic, 1));
                return key == null || value == null ? Map.of() : Map.of(key, value);
            }
            if (type == Optional.class) {
                return Optional.ofNullable(of(argument(generic, 0), typeArgument(generic, 0)));
            }
            if (type.isRecord()) {
                return record(type);
            }
            if (type.isSealed()) {
                for (Class<?> permitted : type.getPermittedSubclasses()) {
                    Object value = of(permitted, permitted);
                    if (value != null) {
                        return value;
                    }
                }
            }
            return null;
        } finally {
            depth--;
        }
    }

    private Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = of(types[i], components[i].getGenericType());
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object attempt(Supplier<Object> supplier) {
        try {
            return supplier.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Class<?> argument(Type generic, int index) {
        Type t = typeArgument(generic, index);
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }

    static Type typeArgument(Type generic, int index) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            Type t = p.getActualTypeArguments()[index];
            if (t instanceof java.lang.reflect.WildcardType w && w.getUpperBounds().length > 0) {
                return w.getUpperBounds()[0];
            }
            return t;
        }
        return Object.class;
    }

    private static Object primitive(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return 'a';
        }
        if (type == long.class) {
            return 1L;
        }
        if (type == double.class) {
            return 1.0;
        }
        if (type == float.class) {
            return 1.0f;
        }
        if (type == short.class) {
            return (short) 1;
        }
        if (type == byte.class) {
            return (byte) 1;
        }
        return 1;
    }

    private static Class<?> unbox(Class<?> type) {
        return type == Integer.class ? int.class : type == Long.class ? long.class : type == Boolean.class ? boolean.class
                : type == Double.class ? double.class : type == Short.class ? short.class : type == Byte.class ? byte.class
                : float.class;
    }
}
