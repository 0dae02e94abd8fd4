package dev.sportello.core.internal.authz;

import dev.sportello.Principal;
import dev.sportello.core.SportelloSdk;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every use-case method reachable from the facade, found by reflection: each public method, taking no argument, of
 * {@link SportelloSdk} that returns an interface of the SDK ({@code users()}, {@code requests()}, …,
 * {@code audit()}, {@code outbox()}), and each public method of that interface with a {@link Principal} parameter.
 * A method is named {@code Interface.method}; overloads would be ambiguous in the matrix file and are refused.
 *
 * <p>Thread-safe (immutable).
 */
final class UseCaseMethods {
    /**
     * One use-case method.
     *
     * @param name     {@code Interface.method}
     * @param accessor the facade's method that returns the use case
     * @param method   the method
     */
    record UseCase(String name, Method accessor, Method method) {
        /**
         * Calls the method on an SDK.
         *
         * @param sdk  the SDK
         * @param args the arguments
         * @throws InvocationTargetException what the method threw
         */
        void invoke(SportelloSdk sdk, Object[] args) throws InvocationTargetException {
            try {
                method.invoke(accessor.invoke(sdk), args);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(name, e);
            }
        }
    }

    private UseCaseMethods() {
    }

    /** The use-case methods by name, sorted. */
    static Map<String, UseCase> all() {
        Map<String, UseCase> found = new TreeMap<>();
        List<Method> accessors = Arrays.stream(SportelloSdk.class.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
                .filter(m -> m.getReturnType().isInterface() && m.getReturnType().getName().startsWith("dev.sportello."))
                .sorted(Comparator.comparing(Method::getName)).toList();
        for (Method accessor : accessors) {
            Class<?> useCase = accessor.getReturnType();
            for (Method method : useCase.getMethods()) {
                if (Arrays.asList(method.getParameterTypes()).contains(Principal.class)) {
                    String name = useCase.getSimpleName() + "." + method.getName();
                    UseCase previous = found.put(name, new UseCase(name, accessor, method));
                    if (previous != null) {
                        throw new IllegalStateException(name + " is overloaded: name the overloads apart in the matrix");
                    }
                }
            }
        }
        return found;
    }
}
