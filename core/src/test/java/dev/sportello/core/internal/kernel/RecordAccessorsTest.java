package dev.sportello.core.internal.kernel;

import dev.sportello.core.internal.testing.ClosedRecords;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared record getters: what they read, when there is none, and a class this module cannot name. */
class RecordAccessorsTest {
    /** Public, so that the module may call its accessors. */
    public record Point(String label, long x, int y, List<String> tags) {
    }

    @Test
    void theGettersReadEachComponentInOrderBoxingPrimitives() {
        Point point = new Point("a", 7L, -3, List.of("t"));
        RecordAccessors.Accessor[] accessors = RecordAccessors.of(Point.class);
        assertThat(Arrays.stream(accessors).map(RecordAccessors.Accessor::name)).containsExactly("label", "x", "y", "tags");
        assertThat(Arrays.stream(accessors).map(a -> a.getter().apply(point))).containsExactly("a", 7L, -3, List.of("t"));
        assertThat(RecordAccessors.of(Point.class)).isSameAs(accessors);   // made once per class
    }

    @Test
    void aRecordThisModuleMayNotCallHasNoGetter() {
        assertThat(RecordAccessors.of(ClosedRecords.closed())).singleElement()
                .satisfies(a -> assertThat(a.getter()).isNull())
                .satisfies(a -> assertThat(a.method().getName()).isEqualTo("secret"));
    }

    @Test
    void aRecordClassThisModuleCannotNameIsStillRead() throws Exception {
        byte[] bytes;
        try (InputStream in = Point.class.getResourceAsStream("RecordAccessorsTest$Point.class")) {
            bytes = in.readAllBytes();
        }
        byte[] code = bytes;
        ClassLoader apart = new ClassLoader(getClass().getClassLoader()) {   // defines its own Point, child first
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (!name.equals(Point.class.getName())) {
                    return super.loadClass(name, resolve);
                }
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    return loaded != null ? loaded : defineClass(name, code, 0, code.length);
                }
            }
        };
        Class<?> hidden = apart.loadClass(Point.class.getName());
        assertThat(hidden).isNotSameAs(Point.class);   // this module's loader names another class by that name
        assertThat(hidden.isRecord()).isTrue();
        Object point = hidden.getDeclaredConstructors()[0].newInstance("b", 9L, 4, List.of());
        assertThat(Arrays.stream(RecordAccessors.of(hidden)).map(a -> a.getter().apply(point)))
                .containsExactly("b", 9L, 4, List.of());
    }
}
