package dev.sportello.adapters.jackson;

import dev.sportello.AssurancePolicy;
import dev.sportello.AuditEntry;
import dev.sportello.PartyId;
import dev.sportello.SportelloException;
import dev.sportello.dossiers.DocumentUpload;
import dev.sportello.spi.WriteBatch;
import dev.sportello.dossiers.spi.DossierWrites;
import dev.sportello.users.FiscalCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every data type of the api jar (records, sealed types, builder-made records, enums) found by
 * reflection is written, read back and compared. A new api type that has no sample or does not round-trip
 * fails here, naming the type.
 */
class RoundTripTest {
    /** Types that are not data, with the reason. Everything else public in the api must round-trip. */
    static final Map<Class<?>, String> EXCLUDED = Map.of(
            SportelloException.class, "an exception, not data: its JSON form is ProblemDetails (ProblemDetailsTest)",
            WriteBatch.class, "a unit of work handed to stores in-process; it holds store classes, not data",
            WriteBatch.Part.class, "holds a Class token of a store, which must never be read from JSON",
            AssurancePolicy.class, "in-process configuration built in code, it exposes no state to serialise",
            DocumentUpload.class, "carries the document's content as a stream handed over in-process",
            DossierWrites.class, "a feed batch's writes handed to the dossier store in-process, keyed by ids, not data");

    private final JsonMapper mapper = SportelloJson.mapper();
    private final Samples samples = new Samples();

    static boolean isData(Class<?> type) {
        return type.isRecord() || type.isEnum() || type.isSealed() || BuiltTypes.shape(type) != null;
    }

    static boolean excluded(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (EXCLUDED.containsKey(c)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyApiDataTypeRoundTrips() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : ApiTypes.all()) {
            if (!isData(type) || excluded(type)) {
                continue;
            }
            checked++;
            try {
                roundTrip(type);
            } catch (AssertionError | RuntimeException e) {
                failures.add(type.getName() + ": " + e);
            }
        }
        assertThat(checked).as("api data types found").isGreaterThan(100);
        System.out.println("round-tripped " + checked + " api data types; excluded " + EXCLUDED.keySet());
        if (!failures.isEmpty()) {
            fail(failures.size() + " api types do not round-trip (add a sample or a mapping):\n"
                    + String.join("\n", failures));
        }
    }

    private void roundTrip(Class<?> type) {
        JavaType javaType = javaType(type);
        List<Object> values = type.isSealed() || type.isEnum()
                ? samples.candidates(type, "") : List.of(samples.sample(type));
        if (values.isEmpty()) {
            throw new IllegalStateException("no sample can be built");
        }
        for (Object value : values) {
            String json = mapper.writerFor(javaType).writeValueAsString(value);
            Object back;
            try {
                back = mapper.readValue(json, javaType);
            } catch (RuntimeException e) {
                throw new AssertionError("cannot read back " + json + ": " + e, e);
            }
            assertThat(back).as(json).usingRecursiveComparison().isEqualTo(value);
            assertThat(back.getClass()).as(json).isEqualTo(value.getClass());
            assertThat(mapper.writerFor(javaType).writeValueAsString(back)).as("stable JSON").isEqualTo(json);
            if (!type.isRecord() || !hasArray(type)) {
                assertThat(back).as(json).isEqualTo(value);
            }
        }
    }

    private static boolean hasArray(Class<?> type) {
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.getType().isArray()) {
                return true;
            }
        }
        return false;
    }

    private JavaType javaType(Class<?> type) {
        TypeVariable<?>[] variables = type.getTypeParameters();
        if (variables.length == 0) {
            return mapper.constructType(type);
        }
        JavaType[] args = new JavaType[variables.length];
        java.util.Arrays.fill(args, mapper.constructType(String.class));
        return mapper.getTypeFactory().constructParametricType(type, args);
    }

    @Test
    void everySealedApiTypeHasAStableIdForEachSubtype() {
        List<String> failures = new ArrayList<>();
        for (Class<?> type : ApiTypes.all()) {
            if (!type.isSealed() || excluded(type) || textValued(type)) {
                continue;
            }
            Map<Class<?>, String> ids = SealedTypes.IDS.get(type);
            if (ids == null) {
                failures.add(type.getName() + " has no type ids in SealedTypes");
                continue;
            }
            if (!ids.keySet().equals(Set.of(type.getPermittedSubclasses()))) {
                failures.add(type.getName() + " permits " + List.of(type.getPermittedSubclasses())
                        + " but SealedTypes names " + ids.keySet());
            }
            for (String id : ids.values()) {
                if (!id.matches("[a-z]+(-[a-z]+)*")) {
                    failures.add(type.getName() + ": type id '" + id + "' is not kebab-case");
                }
            }
            if (Set.copyOf(ids.values()).size() != ids.size()) {
                failures.add(type.getName() + ": type ids are not unique");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void typeIdsAreWrittenAndClassNamesNever() {
        String json = SportelloJson.standard().write(new dev.sportello.appointments.AppointmentState.InProgress(
                new dev.sportello.OperatorId(Samples.UUID_1)), dev.sportello.appointments.AppointmentState.class);
        assertThat(json).isEqualTo("{\"type\":\"in-progress\",\"operator\":\"" + Samples.UUID_1 + "\"}");
        for (Map<Class<?>, String> ids : SealedTypes.IDS.values()) {
            ids.forEach((subtype, id) -> {
                Object sample = samples.sample(subtype);
                String written = mapper.writeValueAsString(sample);
                assertThat(written).contains("\"type\":\"" + id + "\"").doesNotContain(subtype.getSimpleName() + "\"");
            });
        }
    }

    /** The sealed types written as text (their members are value types). */
    static boolean textValued(Class<?> type) {
        return type == PartyId.class || type == FiscalCode.class;
    }

    @Test
    void everySingleValueRecordIsWrittenAsTextOrIsAnObjectOnPurpose() {
        List<String> undecided = new ArrayList<>();
        for (Class<?> type : ApiTypes.all()) {
            if (!type.isRecord() || type.getRecordComponents().length != 1) {
                continue;
            }
            Class<?> component = type.getRecordComponents()[0].getType();
            boolean sealedMember = false;
            for (Class<?> i : type.getInterfaces()) {
                sealedMember |= i.isSealed() && SealedTypes.IDS.containsKey(i);
            }
            if ((component == String.class || component == UUID.class) && !sealedMember && !TextValues.isText(type)) {
                undecided.add(type.getName());
            }
        }
        assertThat(undecided).as("single-value records with no text form in TextValues").isEmpty();
    }

    @Test
    void builderMadeRecordsAreFoundAndWrittenWithTheirAccessors() {
        assertThat(BuiltTypes.shape(AuditEntry.class)).isNotNull();
        assertThat(BuiltTypes.shape(String.class)).isNull();
        Object entry = samples.sample(AuditEntry.class);
        String json = mapper.writeValueAsString(entry);
        assertThat(json).startsWith("{\"id\":").contains("\"actor\":\"");
        assertThat(Modifier.isFinal(AuditEntry.class.getModifiers())).isTrue();
    }
}
