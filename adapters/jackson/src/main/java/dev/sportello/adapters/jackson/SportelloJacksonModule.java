package dev.sportello.adapters.jackson;

import dev.sportello.notifications.Amount;
import tools.jackson.core.Version;
import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;

import java.util.Map;

/**
 * The Jackson 3 module for every Sportello api type, with no Jackson annotation in the api: value objects
 * (ids, tax codes, e-mail addresses, phone numbers, topic and message-kind codes, …) as their text form,
 * read back through the api's factories so that their checks apply; sealed states and commands as objects
 * with a stable {@code "type"} id; {@code Amount} as a decimal string with its currency; the builder-made
 * records ({@code RequestSummary}, {@code OutboxEntry}, …) through their builders. java.time types are
 * Jackson 3's own (ISO-8601).
 *
 * <p>Register it on any {@code JsonMapper.builder().addModule(new SportelloJacksonModule())}, or take
 * {@link SportelloJson#builder()}, which also sets the limits and features that reading untrusted JSON
 * needs (the module alone does not).
 *
 * <p>Immutable and thread-safe once registered.
 */
public final class SportelloJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Builds the module. */
    public SportelloJacksonModule() {
        super("sportello", Version.unknownVersion());
        for (TextValue<?> value : TextValues.ALL) {
            add(value);
        }
        addSerializer(Amount.class, new AmountJson.Serializer());
        addDeserializer(Amount.class, new AmountJson.Deserializer());
        for (Map.Entry<Class<?>, Map<Class<?>, String>> sealed : SealedTypes.IDS.entrySet()) {
            setMixInAnnotation(sealed.getKey(), SealedTypes.Mixin.class);
            for (Map.Entry<Class<?>, String> subtype : sealed.getValue().entrySet()) {
                registerSubtypes(new NamedType(subtype.getKey(), subtype.getValue()));
            }
        }
        setSerializerModifier(new AlwaysTypedMembers());
    }

    private <T> void add(TextValue<T> value) {
        addSerializer(value.type(), value.serializer());
        addDeserializer(value.type(), value.deserializer());
    }

    /**
     * Registers the serializers, mix-ins and subtypes, and the finders of the api's UUID ids and
     * builder-made records (found by shape, so that a new one needs no change here).
     *
     * @param context the mapper's set-up context, not null (given by Jackson)
     */
    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        BuiltTypes.Finder builtTypes = new BuiltTypes.Finder();
        context.addSerializers(builtTypes);
        context.addDeserializers(builtTypes);
        IdFinder ids = new IdFinder();
        context.addSerializers(ids);
        context.addDeserializers(ids);
    }

    /** Finds the text form of the api's UUID ids. Immutable and thread-safe. */
    private static final class IdFinder implements Serializers, Deserializers {
        @Override
        public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                                                 BeanDescription.Supplier beanDesc, JsonFormat.Value format) {
            TextValue<?> id = TextValues.uuidId(type.getRawClass());
            return id == null ? null : id.serializer();
        }

        @Override
        public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                         BeanDescription.Supplier beanDesc) {
            TextValue<?> id = TextValues.uuidId(type.getRawClass());
            return id == null ? null : id.deserializer();
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return TextValues.uuidId(valueType) != null;
        }
    }

    /** A member of a sealed type always carries its type id, whatever the declared type. */
    private static final class AlwaysTypedMembers extends ValueSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier beanDesc,
                                                   ValueSerializer<?> serializer) {
            Class<?> base = SealedTypes.baseOf(beanDesc.getBeanClass());
            return base == null ? serializer : new SealedTypes.AlwaysTyped(serializer, base);
        }
    }
}
