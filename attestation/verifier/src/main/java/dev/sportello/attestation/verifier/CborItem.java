package dev.sportello.attestation.verifier;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value of the deterministic CBOR subset that this module reads and writes: integers in the range of a
 * {@code long}, byte and text strings, arrays, maps whose keys are integers or strings, tags, true, false and null.
 * Immutable; no nulls inside (CBOR null is {@link Simple#NULL}).
 */
sealed interface CborItem {
    /** An unsigned (major type 0) or negative (major type 1) integer. */
    record Int(long value) implements CborItem {
    }

    /** A byte string; the array is copied in and out. */
    record Bytes(byte[] value) implements CborItem {
        public Bytes {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }

        /** The length, without copying. */
        int length() {
            return value.length;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "h'" + java.util.HexFormat.of().formatHex(value) + "'";
        }
    }

    /** A text string (valid UTF-8 on the wire). */
    record Text(String value) implements CborItem {
        public Text {
            Objects.requireNonNull(value);
        }
    }

    /** A definite-length array. */
    record Array(List<CborItem> items) implements CborItem {
        public Array {
            items = List.copyOf(items);
        }
    }

    /** A definite-length map; keys are {@link Int}, {@link Text} or {@link Bytes}, each once; order as read. */
    record MapItem(Map<CborItem, CborItem> entries) implements CborItem {
        public MapItem {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /** The value under an integer key, or null. */
        CborItem get(long key) {
            return entries.get(new Int(key));
        }

        /** The value under a text key, or null. */
        CborItem get(String key) {
            return entries.get(new Text(key));
        }
    }

    /** A tagged item (major type 6). */
    record Tagged(long tag, CborItem item) implements CborItem {
        public Tagged {
            Objects.requireNonNull(item);
        }
    }

    /** The simple values this subset knows. */
    enum Simple implements CborItem {
        FALSE, TRUE, NULL
    }

    /** A map builder that keeps insertion order (the writer sorts keys itself). */
    static Map<CborItem, CborItem> map() {
        return new LinkedHashMap<>();
    }
}
