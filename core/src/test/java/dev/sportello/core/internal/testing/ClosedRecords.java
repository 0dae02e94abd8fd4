package dev.sportello.core.internal.testing;

/** A record that code outside this package may not read: its class is package-private. Thread-safe; stateless. */
public final class ClosedRecords {
    record Closed(String secret) {
    }

    private ClosedRecords() {
    }

    /**
     * The package-private record's class.
     *
     * @return the class
     */
    public static Class<?> closed() {
        return Closed.class;
    }
}
