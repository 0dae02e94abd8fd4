package dev.sportello.adapters.jackson;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.Locale;
import java.util.Map;

/**
 * JSON for Sportello: a preconfigured Jackson 3 {@link JsonMapper} and a facade whose every failure is a
 * coded {@link SportelloException}.
 *
 * <p>The mapper of {@link #builder()} registers {@link SportelloJacksonModule} and is set for untrusted
 * input: {@link JsonLimits} (nesting depth, number, string and document length), duplicate properties
 * refused, <b>unknown properties refused</b> (a command with a misspelt {@code "expectedVersoin"} must not
 * pass as version 0; call {@code builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)} for
 * a tolerant reader), null for a primitive refused, no coercion of strings to numbers or numbers to enums,
 * trailing tokens refused, record properties taken from their components only, date-times written in
 * ISO-8601 with their offset kept.
 *
 * <p>Reading: an api check that fails keeps its own code (a bad tax code is
 * {@code USR_TAX_CODE_CHECK_CHARACTER}), an unknown type id is {@code TRN_JSON_TYPE_UNKNOWN}, anything
 * else unreadable is {@code TRN_JSON_MALFORMED} with the JSON path ({@code items[2].owner}) as field.
 *
 * <p>Immutable and thread-safe.
 */
public final class SportelloJson {
    private static final SportelloJson STANDARD = new SportelloJson(builder().build());

    private final JsonMapper mapper;

    private SportelloJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * A mapper builder with the module, the default {@link JsonLimits} and the features above; add the
     * host's own modules and settings, then {@code build()}.
     *
     * @return a new builder, never null; not thread-safe
     */
    public static JsonMapper.Builder builder() {
        return builder(JsonLimits.defaults());
    }

    /**
     * A mapper builder with the module, the given limits and the features above.
     *
     * @param limits the bounds on input, not null
     * @return a new builder, never null; not thread-safe
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} for null limits
     */
    public static JsonMapper.Builder builder(JsonLimits limits) {
        Arguments.required(limits, "SportelloJson", "limits");
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxStringLength(limits.maxStringLength())
                        .maxDocumentLength(limits.maxDocumentLength())
                        .maxNameLength(1000)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new SportelloJacksonModule())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(MapperFeature.INFER_RECORD_GETTERS_FROM_COMPONENTS_ONLY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS, DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS,
                        DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /**
     * The shared mapper of {@link #builder()}, for hosts that need a {@code JsonMapper} (HTTP message
     * converters, …). Its exceptions are Jackson's; prefer {@link #standard()} for coded errors.
     *
     * @return the mapper, never null; immutable and thread-safe
     */
    public static JsonMapper mapper() {
        return STANDARD.mapper;
    }

    /**
     * The facade over {@link #mapper()}.
     *
     * @return the facade, never null
     */
    public static SportelloJson standard() {
        return STANDARD;
    }

    /**
     * A facade over a host's mapper (normally built from {@link #builder()}).
     *
     * @param mapper the mapper, not null
     * @return the facade, never null
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} for null
     */
    public static SportelloJson using(JsonMapper mapper) {
        return new SportelloJson(Arguments.required(mapper, "SportelloJson", "mapper"));
    }

    /**
     * The mapper behind this facade.
     *
     * @return the mapper, never null
     */
    public JsonMapper jsonMapper() {
        return mapper;
    }

    /**
     * Reads a value.
     *
     * @param json UTF-8 JSON, not null
     * @param type the type, not null
     * @param <T>  the type
     * @return the value; null only for the JSON {@code null}
     * @throws SportelloException with the api's code, {@code TRN_JSON_TYPE_UNKNOWN} or
     *                            {@code TRN_JSON_MALFORMED}; {@code VALUE_REQUIRED} for a null argument
     */
    public <T> T read(byte[] json, Class<T> type) {
        Arguments.required(json, "SportelloJson", "json");
        return parse(() -> mapper.createParser(json), mapper.constructType(Arguments.required(type, "SportelloJson", "type")));
    }

    /**
     * Reads a value.
     *
     * @param json the JSON text, not null
     * @param type the type, not null
     * @param <T>  the type
     * @return the value; null only for the JSON {@code null}
     * @throws SportelloException as {@link #read(byte[], Class)}
     */
    public <T> T read(String json, Class<T> type) {
        Arguments.required(json, "SportelloJson", "json");
        return parse(() -> mapper.createParser(json), mapper.constructType(Arguments.required(type, "SportelloJson", "type")));
    }

    /**
     * Reads a generic value, such as {@code new TypeReference<Page<RequestSummary>>() {}}.
     *
     * @param json UTF-8 JSON, not null
     * @param type the type, not null
     * @param <T>  the type
     * @return the value; null only for the JSON {@code null}
     * @throws SportelloException as {@link #read(byte[], Class)}
     */
    public <T> T read(byte[] json, TypeReference<T> type) {
        Arguments.required(json, "SportelloJson", "json");
        return parse(() -> mapper.createParser(json), javaType(type));
    }

    /**
     * Reads a generic value.
     *
     * @param json the JSON text, not null
     * @param type the type, not null
     * @param <T>  the type
     * @return the value; null only for the JSON {@code null}
     * @throws SportelloException as {@link #read(byte[], Class)}
     */
    public <T> T read(String json, TypeReference<T> type) {
        Arguments.required(json, "SportelloJson", "json");
        return parse(() -> mapper.createParser(json), javaType(type));
    }

    /** Reads with a parser of our own, so that a failure while parsing still knows its JSON path. */
    private <T> T parse(java.util.function.Supplier<JsonParser> parsers, JavaType type) {
        JsonParser parser = null;
        try {
            parser = parsers.get();
            return mapper.readValue(parser, type);
        } catch (RuntimeException e) {
            throw ReadFailures.translate(e, parser);
        } finally {
            if (parser != null) {
                parser.close();
            }
        }
    }

    private JavaType javaType(TypeReference<?> type) {
        return mapper.getTypeFactory().constructType(Arguments.required(type, "SportelloJson", "type"));
    }

    /**
     * Writes a value as JSON text, by its runtime class.
     *
     * @param value the value, not null
     * @return the JSON, never null
     * @throws SportelloException {@code VALUE_REQUIRED} for null; {@code ADAPTER_FAILED} if the value
     *                            cannot be written (a type Jackson cannot serialise)
     */
    public String write(Object value) {
        Arguments.required(value, "SportelloJson", "value");
        try {
            return mapper.writeValueAsString(value);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    /**
     * Writes a value as JSON text, as the declared type: {@code write(userId, PartyId.class)} gives
     * {@code "user:<uuid>"}, {@code write(state, AppointmentState.class)} the object with its type id.
     *
     * @param value        the value, not null
     * @param declaredType a supertype of the value, not null
     * @param <T>          the declared type
     * @return the JSON, never null
     * @throws SportelloException as {@link #write(Object)}
     */
    public <T> String write(T value, Class<? super T> declaredType) {
        Arguments.required(value, "SportelloJson", "value");
        Arguments.required(declaredType, "SportelloJson", "declaredType");
        try {
            return mapper.writerFor(declaredType).writeValueAsString(value);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    /**
     * Writes a value as JSON text, as a generic declared type, so that erased type arguments are known:
     * {@code write(page, new TypeReference<Page<PartyId>>() {})} writes each item in the party form.
     *
     * @param value        the value, not null
     * @param declaredType the declared type, not null
     * @param <T>          the declared type
     * @return the JSON, never null
     * @throws SportelloException as {@link #write(Object)}
     */
    public <T> String write(T value, TypeReference<T> declaredType) {
        Arguments.required(value, "SportelloJson", "value");
        Arguments.required(declaredType, "SportelloJson", "declaredType");
        try {
            return mapper.writerFor(declaredType).writeValueAsString(value);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    /**
     * Writes a value as UTF-8 JSON, by its runtime class.
     *
     * @param value the value, not null
     * @return the JSON, never null
     * @throws SportelloException as {@link #write(Object)}
     */
    public byte[] writeBytes(Object value) {
        Arguments.required(value, "SportelloJson", "value");
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw writeFailure(e);
        }
    }

    /**
     * An error as {@code application/problem+json}, in the requested language; send it with
     * {@link ProblemDetails#status(dev.sportello.ErrorCategory)} of its category.
     *
     * @param error  the error, not null
     * @param locale the language, not null
     * @return the UTF-8 JSON of {@link ProblemDetails#of(SportelloException, Locale)}, never null
     * @throws SportelloException {@code VALUE_REQUIRED} for a null argument
     */
    public byte[] problem(SportelloException error, Locale locale) {
        return writeBytes(ProblemDetails.of(error, locale));
    }

    private static SportelloException writeFailure(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SportelloException sportello) {
                return sportello;
            }
        }
        return SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("adapter", "jackson"),
                java.util.List.of(), e);
    }
}
