package dev.sportello.core.internal.kernel;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.function.Function;

/**
 * The components of a record class with a fast getter each, made once per class and shared by the walks that read
 * every component of a value (the boundary's {@link CommandSanity}, the dossier feed's fingerprint). A getter is a
 * lambda over the accessor, which the JIT inlines like a direct call; reflection or a method handle held in a field
 * is not inlined and cost a third of such a walk. A record whose class this module cannot resolve by name (loaded
 * by a class loader it does not see) gets a method-handle getter instead, slower but correct.
 *
 * <p>Thread-safe; the arrays returned are shared and must not be modified.
 */
public final class RecordAccessors {
    private static final ClassValue<Accessor[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Accessor[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Accessor[] out = new Accessor[components.length];
            for (int i = 0; i < components.length; i++) {
                out[i] = new Accessor(components[i].getName(), components[i].getAccessor(), getter(type, components[i]));
            }
            return out;
        }
    };

    private RecordAccessors() {
    }

    /**
     * A component: its name, its accessor method (for its annotations) and a getter, or a null getter when this
     * module may not call the accessor (a record that is not public, or not exported to it).
     *
     * @param name   the component's name, not null
     * @param method the accessor, not null
     * @param getter reads the component of a record of the class, or null when the accessor is not accessible
     */
    public record Accessor(String name, Method method, Function<Object, Object> getter) {
    }

    /**
     * The components of a record class, in declaration order.
     *
     * @param recordType a record class, not null
     * @return the shared array of its components
     */
    public static Accessor[] of(Class<?> recordType) {
        return ACCESSORS.get(recordType);
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> getter(Class<?> type, RecordComponent component) {
        MethodHandle accessor;
        try {
            accessor = MethodHandles.lookup().unreflect(component.getAccessor());
        } catch (IllegalAccessException e) {
            return null;
        }
        if (!resolvable(type)) {
            MethodHandle generic = accessor.asType(MethodType.methodType(Object.class, Object.class));
            return owner -> invoke(generic, owner);
        }
        try {
            return (Function<Object, Object>) LambdaMetafactory.metafactory(MethodHandles.lookup(), "apply",
                            MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                            accessor, MethodType.methodType(component.getType(), type).wrap())
                    .getTarget().invokeExact();
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("no getter could be made for " + type.getName() + "." + component.getName(), e);
        }
    }

    /** Whether this module's class loader finds the class by its name (the generated lambda refers to it by name). */
    private static boolean resolvable(Class<?> type) {
        try {
            return Class.forName(type.getName(), false, RecordAccessors.class.getClassLoader()) == type;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Object invoke(MethodHandle getter, Object owner) {
        try {
            return getter.invokeExact(owner);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("a record accessor failed", e);
        }
    }
}
