package dev.sportello.adapters.jackson;

import dev.sportello.EventType;
import dev.sportello.OperatorId;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.dossiers.DossierKind;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.CompanyTaxCode;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.PostalAddress;
import dev.sportello.users.TaxCode;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Builds a valid sample of any api data type by reflection: candidate values per component type (and
 * name hints), then a search over the candidates until the api's constructor or builder accepts them.
 * Hand-written samples cover the value types whose constructors check a format. Deterministic.
 */
final class Samples {
    static final UUID UUID_1 = UUID.fromString("0192f3c4-5b6a-7c8d-9e0f-a1b2c3d4e5f6");
    static final Instant EARLY = Instant.parse("2026-12-10T09:15:30.123456Z");
    static final Instant LATE = Instant.parse("2026-12-11T17:45:00Z");

    private final Map<Class<?>, List<Object>> handWritten = new HashMap<>();
    private final Map<Type, List<Object>> cache = new HashMap<>();
    private final List<Type> inProgress = new ArrayList<>();

    Samples() {
        hand(TaxCode.class, new TaxCode("RSSMRA85T10A562S"));
        hand(CompanyTaxCode.class, new CompanyTaxCode("12345678903"));
        hand(EmailAddress.class, new EmailAddress("mario.rossi@example.it"));
        hand(PhoneNumber.class, new PhoneNumber("+393471234567"));
        hand(PostalAddress.class, new PostalAddress("Via dell'Università 7", "00185", "Roma", "RM"));
        hand(MunicipalityCode.class, new MunicipalityCode("H501"));
        hand(CompanyRegistrationNumber.class, new CompanyRegistrationNumber("0123456789"));
        hand(TopicCode.class, TopicCode.GENERIC);
        hand(dev.sportello.offices.OfficeCode.class, new dev.sportello.offices.OfficeCode("RM-CENTRO"));
        hand(ServiceId.class, new ServiceId("billing-service"));
        hand(UserId.class, new UserId(UUID_1));
        hand(OperatorId.class, new OperatorId(UUID.fromString("0192f3c4-5b6a-7c8d-9e0f-000000000002")));
        hand(EventType.class, EventType.of("request.submitted", "topic", "office"));
        hand(Money.class, Money.euro("1234.56"));
        hand(DossierKind.class, DossierKind.of(DossierKindCode.WORKPLACE_INJURY, "Infortunio sul lavoro",
                "Workplace injury", "Arbeitsunfall"));
        hand(PersonalData.class, new PersonalData(new java.util.LinkedHashMap<>(Map.of("address", "Via Roma 1")),
                EARLY));
    }

    private void hand(Class<?> type, Object... samples) {
        handWritten.put(type, List.of(samples));
    }

    /** The first sample of a type, or an exception naming what could not be built. */
    Object sample(Type type) {
        List<Object> all = candidates(type, "");
        if (all.isEmpty()) {
            throw new IllegalStateException("no sample can be built for " + type.getTypeName());
        }
        return all.get(0);
    }

    /** Candidate values of a type, best first; empty when none can be built. */
    List<Object> candidates(Type type, String name) {
        String hint = name.toLowerCase(Locale.ROOT);
        if (type instanceof Class<?> c) {
            List<Object> basic = basic(c, hint);
            if (basic != null) {
                return basic;
            }
        }
        if (type instanceof WildcardType w) {
            return candidates(w.getUpperBounds()[0], name);
        }
        if (type instanceof TypeVariable<?>) {
            return List.of("sample");
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (raw == List.class || raw == java.util.Collection.class) {
                return List.of(List.of(first(args[0], name)), List.of());
            }
            if (raw == Set.class) {
                return List.of(Set.of(first(args[0], name)), Set.of());
            }
            if (raw == Map.class) {
                return List.of(Map.of(first(args[0], "key"), first(args[1], name)), Map.of());
            }
            if (raw == Optional.class) {
                return List.of(Optional.of(first(args[0], name)), Optional.empty());
            }
            return candidates(raw, name);
        }
        if (!(type instanceof Class<?> c)) {
            return List.of();
        }
        if (cache.containsKey(c)) {
            return cache.get(c);
        }
        if (inProgress.contains(c)) {
            return List.of();
        }
        inProgress.add(c);
        try {
            List<Object> built = build(c);
            cache.put(c, built);
            return built;
        } finally {
            inProgress.remove(c);
        }
    }

    private Object first(Type type, String name) {
        List<Object> all = candidates(type, name);
        if (all.isEmpty()) {
            throw new IllegalStateException("no sample can be built for " + type.getTypeName());
        }
        return all.get(0);
    }

    private List<Object> build(Class<?> c) {
        if (handWritten.containsKey(c)) {
            return handWritten.get(c);
        }
        if (c.isEnum()) {
            return List.of(c.getEnumConstants());
        }
        if (c.isSealed()) {
            List<Object> out = new ArrayList<>();
            for (Class<?> sub : c.getPermittedSubclasses()) {
                out.addAll(candidates(sub, ""));
            }
            return out;
        }
        if (c.isRecord()) {
            Object record = search(c, recordSlots(c), values -> construct(c, values));
            return record == null ? List.of() : List.of(record);
        }
        BuiltTypes.Shape shape = BuiltTypes.shape(c);
        if (shape != null) {
            List<BuiltTypes.Property> properties = shape.ordered();
            List<Slot> slots = new ArrayList<>();
            for (BuiltTypes.Property property : properties) {
                slots.add(new Slot(property.name(), candidates(property.type(), property.name())));
            }
            Object built = search(c, slots, values -> {
                Object builder = invoke(shape.builder(), null);
                for (int i = 0; i < properties.size(); i++) {
                    invoke(properties.get(i).setter(), builder, values[i]);
                }
                return invoke(shape.build(), builder);
            });
            return built == null ? List.of() : List.of(built);
        }
        return List.of();
    }

    private record Slot(String name, List<Object> candidates) {
    }

    private List<Slot> recordSlots(Class<?> c) {
        List<Slot> slots = new ArrayList<>();
        for (RecordComponent rc : c.getRecordComponents()) {
            slots.add(new Slot(rc.getName(), candidates(rc.getGenericType(), rc.getName())));
        }
        return slots;
    }

    /** Coordinate search: change the component the error blames (or each in turn) until it builds. */
    private Object search(Class<?> c, List<Slot> slots, Function<Object[], Object> make) {
        int[] choice = new int[slots.size()];
        for (Slot slot : slots) {
            if (slot.candidates().isEmpty()) {
                return null;
            }
        }
        RuntimeException last = null;
        for (int round = 0; round < 200; round++) {
            try {
                return make.apply(values(slots, choice));
            } catch (RuntimeException e) {
                last = e;
            }
            String blamed = blamed(last);
            boolean moved = false;
            for (int pass = 0; pass < 2 && !moved; pass++) {
                for (int i = 0; i < slots.size() && !moved; i++) {
                    boolean named = blamed.contains(slots.get(i).name().toLowerCase(Locale.ROOT));
                    if ((pass == 0) != named || slots.get(i).candidates().size() < 2) {
                        continue;
                    }
                    int original = choice[i];
                    for (int step = 1; step < slots.get(i).candidates().size(); step++) {
                        choice[i] = (original + step) % slots.get(i).candidates().size();
                        try {
                            return make.apply(values(slots, choice));
                        } catch (RuntimeException e) {
                            if (!blamed(e).equals(blamed)) {
                                moved = true;
                                last = e;
                                break;
                            }
                        }
                    }
                    if (!moved) {
                        choice[i] = original;
                    }
                }
            }
            if (!moved) {
                break;
            }
        }
        throw new IllegalStateException("no sample of " + c.getName() + " is accepted by the api: " + last, last);
    }

    private static String blamed(RuntimeException e) {
        if (e instanceof SportelloException s) {
            return (s.code() + " " + s.details().getOrDefault("field", "") + " "
                    + s.details().getOrDefault("type", "")).toLowerCase(Locale.ROOT);
        }
        return String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    }

    private static Object[] values(List<Slot> slots, int[] choice) {
        Object[] values = new Object[slots.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = slots.get(i).candidates().get(choice[i]);
        }
        return values;
    }

    private static Object construct(Class<?> c, Object[] values) {
        Class<?>[] types = new Class<?>[c.getRecordComponents().length];
        for (int i = 0; i < types.length; i++) {
            types[i] = c.getRecordComponents()[i].getType();
        }
        try {
            Constructor<?> constructor = c.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Candidates of JDK types, or null for an api type. */
    private static List<Object> basic(Class<?> c, String hint) {
        boolean late = hint.contains("end") || hint.contains("until") || hint.contains("expires")
                || hint.contains("updated") || hint.contains("failed") || hint.endsWith("to")
                || hint.contains("admitted") || hint.contains("lease") || hint.contains("due");
        if (c == String.class) {
            return strings(hint);
        }
        if (c == int.class || c == Integer.class) {
            return List.of(1, 10, 0, 2, 3);
        }
        if (c == long.class || c == Long.class) {
            return List.of(1L, 10L, 0L, 2L);
        }
        if (c == boolean.class || c == Boolean.class) {
            return List.of(false, true);
        }
        if (c == UUID.class) {
            return List.of(UUID_1);
        }
        if (c == Instant.class) {
            return late ? List.of(LATE, EARLY) : List.of(EARLY, LATE);
        }
        if (c == LocalDate.class) {
            LocalDate early = LocalDate.of(2026, 12, 10);
            LocalDate later = LocalDate.of(2031, 6, 30);
            LocalDate past = LocalDate.of(2019, 3, 1);
            return late ? List.of(later, early, past) : List.of(early, past, later);
        }
        if (c == LocalTime.class) {
            return late ? List.of(LocalTime.of(12, 30), LocalTime.of(8, 30)) : List.of(LocalTime.of(8, 30), LocalTime.of(12, 30));
        }
        if (c == OffsetDateTime.class) {
            return List.of(OffsetDateTime.of(2026, 12, 10, 10, 15, 30, 0, ZoneOffset.ofHours(1)));
        }
        if (c == Duration.class) {
            return List.of(Duration.ofMinutes(30), Duration.ofHours(2), Duration.ZERO, Duration.ofDays(30));
        }
        if (c == ZoneId.class) {
            return List.of(ZoneId.of("Europe/Rome"));
        }
        if (c == java.time.YearMonth.class) {
            return late ? List.of(java.time.YearMonth.of(2027, 1), java.time.YearMonth.of(2026, 11))
                    : List.of(java.time.YearMonth.of(2026, 11), java.time.YearMonth.of(2027, 1));
        }
        if (c == MonthDay.class) {
            return List.of(MonthDay.of(6, 24));
        }
        if (c == java.time.DayOfWeek.class) {
            return List.of((Object[]) java.time.DayOfWeek.values());
        }
        if (c == URI.class) {
            return List.of(URI.create("https://meet.example.org/room/42"));
        }
        if (c == BigDecimal.class) {
            return List.of(new BigDecimal("1234.50"), new BigDecimal("12"));
        }
        if (c == BigInteger.class) {
            return List.of(BigInteger.TEN);
        }
        if (c == byte[].class) {
            return List.of("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), new byte[] {1, 2, 3});
        }
        if (c.isArray()) {
            return List.of(Array.newInstance(c.getComponentType(), 0));
        }
        if (c == Object.class || c == Class.class) {
            return List.of();
        }
        return null;
    }

    private static List<Object> strings(String hint) {
        List<Object> out = new ArrayList<>();
        if (hint.contains("sha256") || hint.contains("hash")) {
            out.add("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        }
        if (hint.contains("url") || hint.contains("link") || hint.contains("uri")) {
            out.add("https://www.example.it/area-riservata");
        }
        if (hint.contains("contenttype")) {
            out.add("application/pdf");
        }
        if (hint.contains("filename") || hint.equals("name")) {
            out.add("documento.pdf");
        }
        if (hint.contains("masked")) {
            out.add("CA****123");
        }
        if (hint.contains("number")) {
            out.add("CA1234567");
        }
        if (hint.contains("id") || hint.contains("token") || hint.contains("key")) {
            out.add(UUID_1.toString());
        }
        out.addAll(List.of("sample", "Sample text", "ABC_123", "ABC123", "INPS.0001.2026.0000001", "08:30-12:30",
                "mario.rossi@example.it", "+393471234567", "x", "user:" + UUID_1, "dev.sportello"));
        return out;
    }
}
