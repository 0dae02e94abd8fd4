package dev.sportello.core.internal.entrypoints;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.sportello.SportelloException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public value-object factory, command constructor, static method and builder of the api and of
 * {@code dev.sportello.core}, found by reflection, fed nulls, blanks, Unicode spaces, lone surrogates,
 * control characters, extremes and collections holding null, one argument at a time: each call either
 * works or throws a {@link SportelloException}; never a bare NullPointerException,
 * IllegalArgumentException, DateTimeException or ArithmeticException.
 */
class ApiEntryPointsTest {
    private final Samples samples = new Samples();
    private final Set<String> failures = new TreeSet<>();
    private int calls;

    static List<Class<?>> publicTypes() {
        return publicTypes(pkg -> !pkg.startsWith("dev.sportello.core.internal") && !pkg.startsWith("dev.sportello.adapters")
                && !pkg.startsWith("dev.sportello.tck")
                // the verifier artifact depends on the JDK only: its bad input is AttestationFormatException, by design
                && !pkg.startsWith("dev.sportello.attestation.verifier"));
    }

    static List<Class<?>> publicTypes(Predicate<String> packages) {
        List<Class<?>> types = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.sportello")) {
            if (!packages.test(c.getPackageName())) {
                continue;
            }
            Class<?> type = c.reflect();
            if (Modifier.isPublic(type.getModifiers()) && (type.getEnclosingClass() == null
                    || Modifier.isStatic(type.getModifiers())) && !Throwable.class.isAssignableFrom(type)) {
                types.add(type);
            }
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    @Test
    void factoriesConstructorsAndBuildersAnswerWithACodedError() {
        List<Class<?>> types = publicTypes();
        assertThat(types).as("the sweep sees the api").hasSizeGreaterThan(150);
        sweepAll(types);
        assertThat(calls).as("calls made").isGreaterThan(2_000);
        assertThat(failures).as("entry points that answered with something else than a SportelloException").isEmpty();
    }

    @Test
    void theMemoryAdapterAnswersWithACodedErrorToo() {
        List<Class<?>> types = publicTypes(pkg -> pkg.equals("dev.sportello.adapters.memory"));
        assertThat(types).as("the sweep sees the memory adapter").hasSizeGreaterThan(8);
        sweepAll(types);
        assertThat(calls).as("calls made").isGreaterThan(50);
        assertThat(failures).as("entry points that answered with something else than a SportelloException").isEmpty();
    }

    @Test
    void methodsOfValuesAnswerWithACodedError() {
        int receivers = 0;
        for (Class<?> type : publicTypes()) {
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            Object receiver = samples.of(type, type);
            if (receiver == null) {
                continue;
            }
            receivers++;
            for (Method method : type.getMethods()) {
                if (!Modifier.isStatic(method.getModifiers()) && method.getDeclaringClass() == type && !method.isSynthetic()
                        && method.getParameterCount() > 0 && !Set.of("equals", "compareTo").contains(method.getName())) {
                    sweep(method, args -> method.invoke(receiver, args));
                }
            }
        }
        assertThat(receivers).as("values built").isGreaterThan(100);
        assertThat(calls).as("calls made (TaxCode.ageOn, PageRequest.after, …)").isGreaterThan(20);
        assertThat(failures).as("methods that answered with something else than a SportelloException").isEmpty();
    }

    private void sweepAll(List<Class<?>> types) {
        for (Class<?> type : types) {
            if (!Modifier.isAbstract(type.getModifiers()) && !type.isEnum()) {
                for (Constructor<?> constructor : type.getConstructors()) {
                    sweep(constructor, args -> constructor.newInstance(args));
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !(type.isEnum() && Set.of("valueOf", "values").contains(method.getName()))
                        && method.getParameterCount() > 0) {
                    sweep(method, args -> method.invoke(null, args));
                }
            }
            builders(type);
        }
    }

    /** Sets every property of a builder with a sample, then one property with a hostile value, then builds. */
    private void builders(Class<?> type) {
        Method factory;
        try {
            factory = type.getMethod("builder");
        } catch (NoSuchMethodException e) {
            return;
        }
        if (!Modifier.isStatic(factory.getModifiers())) {
            return;
        }
        Class<?> builder = factory.getReturnType();
        Method build;
        try {
            build = builder.getMethod("build");
        } catch (NoSuchMethodException e) {
            return;
        }
        List<Method> setters = Arrays.stream(builder.getMethods()).filter(m -> m.getDeclaringClass() == builder
                && m.getParameterCount() > 0 && !Modifier.isStatic(m.getModifiers())).sorted(Comparator.comparing(Method::toString))
                .toList();
        for (Method setter : setters) {
            sweep(setter, args -> {
                Object b = factory.invoke(null);
                for (Method other : setters) {
                    if (other != setter) {
                        try {
                            other.invoke(b, sampleArgs(other));
                        } catch (InvocationTargetException e) {
                            // a sample the builder refuses: leave that property unset
                        }
                    }
                }
                setter.invoke(b, args);
                return build.invoke(b);
            });
        }
    }

    interface Call {
        Object invoke(Object[] args) throws ReflectiveOperationException;
    }

    private Object[] sampleArgs(Executable executable) {
        Class<?>[] types = executable.getParameterTypes();
        Type[] generics = executable.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = samples.of(types[i], generics[i]);
        }
        return args;
    }

    private void sweep(Executable executable, Call call) {
        Class<?>[] types = executable.getParameterTypes();
        Type[] generics = executable.getGenericParameterTypes();
        for (int i = 0; i < types.length; i++) {
            for (Object hostile : Hostile.of(types[i], generics[i], samples)) {
                Object[] args = sampleArgs(executable);
                args[i] = hostile;
                calls++;
                try {
                    call.invoke(args);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (!(cause instanceof SportelloException)) {
                        failures.add(executable.getDeclaringClass().getSimpleName() + "." + name(executable) + " arg "
                                + i + " (" + types[i].getSimpleName() + ") = " + Hostile.describe(hostile) + ": "
                                + cause.getClass().getSimpleName() + " " + trim(cause.getMessage()));
                    }
                } catch (ReflectiveOperationException | IllegalArgumentException e) {
                    failures.add(executable + ": cannot call: " + e);
                }
            }
        }
    }

    private static String name(Executable executable) {
        return executable instanceof Constructor<?> ? "<new>" : executable.getName();
    }

    private static String trim(String message) {
        return message == null ? "" : message.length() > 80 ? message.substring(0, 80) + "…" : message;
    }
}
