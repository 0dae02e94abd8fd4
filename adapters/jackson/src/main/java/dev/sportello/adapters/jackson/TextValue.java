package dev.sportello.adapters.jackson;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import dev.sportello.PartyId;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How one api value type is written as a JSON string and read back through the api's own factory, so
 * that the api's validation (and its coded {@code SportelloException}) applies to every value read.
 *
 * @param type   the value type
 * @param writer the text form of a value
 * @param reader builds the value from its text; the second argument is the JSON path, for the api
 *               factories that name the field in their error
 * @param <T>    the value type
 */
record TextValue<T>(Class<T> type, Function<T, String> writer, BiFunction<String, String, T> reader) {

    static <T> TextValue<T> of(Class<T> type, Function<T, String> writer, Function<String, T> reader) {
        return new TextValue<>(type, writer, (text, path) -> reader.apply(text));
    }

    Serializer<T> serializer() {
        return new Serializer<>(this);
    }

    Deserializer<T> deserializer() {
        return new Deserializer<>(this);
    }

    /** Writes the text form. Immutable and thread-safe. */
    static final class Serializer<T> extends StdSerializer<T> {
        private final transient TextValue<T> value;

        Serializer(TextValue<T> value) {
            super(value.type());
            this.value = value;
        }

        @Override
        public void serialize(T object, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(value.writer().apply(object));
        }

        /**
         * A member of {@link PartyId} held where the declared type is {@code PartyId} (a property, or the
         * content of a {@code List<PartyId>}, {@code Optional<PartyId>}, map value, …) is written in the party
         * form ({@code user:<uuid>}), which is what {@link PartyId#parse} reads back.
         */
        @Override
        public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
            if (property != null && value.type() != PartyId.class && PartyId.class.isAssignableFrom(value.type())) {
                for (JavaType type = property.getType(); type != null; type = type.getContentType()) {
                    if (type.getRawClass() == PartyId.class) {
                        return TextValues.PARTY.serializer();
                    }
                }
            }
            return this;
        }
    }

    /** Reads the text form through the api factory. Immutable and thread-safe. */
    static final class Deserializer<T> extends StdDeserializer<T> {
        private final transient TextValue<T> value;

        Deserializer(TextValue<T> value) {
            super(value.type());
            this.value = value;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                @SuppressWarnings("unchecked")
                T unexpected = (T) ctxt.handleUnexpectedToken(value.type(), p);
                return unexpected;
            }
            return value.reader().apply(p.getString(), JsonPaths.of(p));
        }
    }
}
