package dev.sportello.adapters.jackson;

import dev.sportello.ErrorCode;
import dev.sportello.PartyId;
import dev.sportello.SportelloException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.type.TypeFactory;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The api's record-like classes that are built with a builder ({@code RequestSummary.builder().id(…)
 * .build()}, {@code OutboxEntry}, {@code UserRecord}, …): written as an object of their accessors, read
 * back through {@code builder()}, one setter per property and {@code build()}, so the api's checks apply.
 * Found by shape, not by list: a public final class in a {@code dev.sportello} package with a public
 * static {@code builder()} whose result has {@code build()} returning the class.
 */
final class BuiltTypes {
    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private BuiltTypes() {
    }

    /** The shape of a built type, or null when the class is not one. */
    static Shape shape(Class<?> type) {
        return SHAPES.get(type);
    }

    /** One property: the accessor of the object and the setter of its builder. */
    record Property(String name, Method getter, Method setter, java.lang.reflect.Type type) {
    }

    /** The properties and the builder factory of one built type. */
    record Shape(Class<?> type, Method builder, Method build, Map<String, Property> properties) {
        static Shape of(Class<?> type) {
            if (!type.getName().startsWith("dev.sportello.") || type.isRecord() || type.isInterface()
                    || !Modifier.isFinal(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
                return null;
            }
            try {
                Method builder = type.getMethod("builder");
                if (!Modifier.isStatic(builder.getModifiers()) || builder.getParameterCount() != 0) {
                    return null;
                }
                Class<?> builderType = builder.getReturnType();
                Method build = builderType.getMethod("build");
                if (build.getReturnType() != type) {
                    return null;
                }
                Map<String, Property> properties = new LinkedHashMap<>();
                for (String name : names(builderType)) {
                    Method setter = setter(builderType, name);
                    Method getter = getter(type, name);
                    if (setter != null && getter != null) {
                        properties.put(name, new Property(name, getter, setter, setter.getGenericParameterTypes()[0]));
                    }
                }
                return properties.isEmpty() ? null : new Shape(type, builder, build, Map.copyOf(properties));
            } catch (NoSuchMethodException e) {
                return null;
            }
        }

        /** Property names in declaration order: the builder's fields. */
        private static List<String> names(Class<?> builderType) {
            List<String> names = new ArrayList<>();
            for (Field field : builderType.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    names.add(field.getName());
                }
            }
            return names;
        }

        private static Method setter(Class<?> builderType, String name) {
            for (Method m : builderType.getMethods()) {
                if (m.getName().equals(name) && m.getParameterCount() == 1 && m.getReturnType() == builderType
                        && !Modifier.isStatic(m.getModifiers())) {
                    return m;
                }
            }
            return null;
        }

        private static Method getter(Class<?> type, String name) {
            try {
                Method m = type.getMethod(name);
                return Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class ? null : m;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }

        /** Properties in declaration order. */
        List<Property> ordered() {
            List<Property> out = new ArrayList<>();
            for (String name : names(builder.getReturnType())) {
                if (properties.containsKey(name)) {
                    out.add(properties.get(name));
                }
            }
            return out;
        }
    }

    /** Finds the serializer of a built type. Immutable and thread-safe. */
    static final class Finder implements Serializers, Deserializers {
        @Override
        public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                                                 BeanDescription.Supplier beanDesc, JsonFormat.Value format) {
            Shape shape = shape(type.getRawClass());
            return shape == null ? null : new Writer(shape);
        }

        @Override
        public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                         BeanDescription.Supplier beanDesc) {
            Shape shape = shape(type.getRawClass());
            return shape == null ? null : new Reader(shape);
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return shape(valueType) != null;
        }
    }

    /** Writes the accessors of a built type. Immutable and thread-safe. */
    static final class Writer extends StdSerializer<Object> {
        private final transient List<Property> ordered;

        Writer(Shape shape) {
            super(shape.type());
            this.ordered = shape.ordered();
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject(value);
            for (Property property : ordered) {
                Object v = invoke(property.getter(), value);
                gen.writeName(property.name());
                if (v == null) {
                    gen.writeNull();
                } else if (property.getter().getReturnType() == PartyId.class) {
                    ctxt.findValueSerializer(PartyId.class).serialize(v, gen, ctxt);
                } else {
                    ctxt.findTypedValueSerializer(v.getClass(), true).serialize(v, gen, ctxt);
                }
            }
            gen.writeEndObject();
        }
    }

    /** Reads a built type through its builder. Immutable and thread-safe. */
    static final class Reader extends StdDeserializer<Object> {
        private final transient Shape shape;

        Reader(Shape shape) {
            super(shape.type());
            this.shape = shape;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            String path = JsonPaths.of(p);
            if (p.hasToken(JsonToken.START_OBJECT)) {
                p.nextToken();
            } else if (!p.hasToken(JsonToken.PROPERTY_NAME)) {
                return ctxt.handleUnexpectedToken(shape.type(), p);
            }
            Object builder = invoke(shape.builder(), null);
            TypeFactory types = ctxt.getTypeFactory();
            for (; p.hasToken(JsonToken.PROPERTY_NAME); p.nextToken()) {
                String name = p.currentName();
                Property property = shape.properties().get(name);
                p.nextToken();
                if (property == null) {
                    ctxt.handleUnknownProperty(p, this, shape.type(), name);
                    continue;
                }
                Class<?> raw = property.setter().getParameterTypes()[0];
                if (p.hasToken(JsonToken.VALUE_NULL) && raw.isPrimitive()) {
                    ctxt.reportInputMismatch(this, "null for a primitive property");
                }
                Object value = p.hasToken(JsonToken.VALUE_NULL) ? null
                        : ctxt.readValue(p, types.constructType(property.type()));
                invoke(property.setter(), builder, value);
            }
            try {
                return invoke(shape.build(), builder);
            } catch (SportelloException e) {
                if (e.code() == ErrorCode.ADAPTER_DATA_INVALID) {
                    // a property the api requires is missing from the JSON: the input's fault, not an adapter's
                    String field = e.details().getOrDefault("field", "?");
                    throw ReadFailures.malformed(JsonPaths.ROOT.equals(path) ? field : path + "." + field,
                            "a required property is missing");
                }
                throw e;
            }
        }
    }

    private static Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
