package dev.sportello.attestation.verifier;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes items of the deterministic CBOR subset in core deterministic encoding (RFC 8949 §4.2.1): shortest heads,
 * definite lengths, map keys sorted by the bytewise order of their encodings. Stateless; thread-safe.
 */
final class CborWriter {
    private CborWriter() {
    }

    /** The deterministic encoding of an item. */
    static byte[] encode(CborItem item) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        write(item, out);
        return out.toByteArray();
    }

    private static void write(CborItem item, ByteArrayOutputStream out) {
        if (item instanceof CborItem.Int i) {
            long v = i.value();
            if (v >= 0) {
                head(0, v, out);
            } else {
                head(1, -1 - v, out);
            }
        } else if (item instanceof CborItem.Bytes b) {
            byte[] bytes = b.value();
            head(2, bytes.length, out);
            out.writeBytes(bytes);
        } else if (item instanceof CborItem.Text t) {
            byte[] bytes = t.value().getBytes(StandardCharsets.UTF_8);
            head(3, bytes.length, out);
            out.writeBytes(bytes);
        } else if (item instanceof CborItem.Array a) {
            head(4, a.items().size(), out);
            for (CborItem element : a.items()) {
                write(element, out);
            }
        } else if (item instanceof CborItem.MapItem m) {
            writeMap(m.entries(), out);
        } else if (item instanceof CborItem.Tagged t) {
            head(6, t.tag(), out);
            write(t.item(), out);
        } else {
            out.write(switch ((CborItem.Simple) item) {
                case FALSE -> 0xf4;
                case TRUE -> 0xf5;
                case NULL -> 0xf6;
            });
        }
    }

    private static void writeMap(Map<CborItem, CborItem> entries, ByteArrayOutputStream out) {
        List<byte[][]> encoded = new ArrayList<>(entries.size());
        for (Map.Entry<CborItem, CborItem> e : entries.entrySet()) {
            encoded.add(new byte[][] {encode(e.getKey()), encode(e.getValue())});
        }
        encoded.sort((x, y) -> Arrays.compareUnsigned(x[0], y[0]));
        head(5, encoded.size(), out);
        for (byte[][] pair : encoded) {
            out.writeBytes(pair[0]);
            out.writeBytes(pair[1]);
        }
    }

    /** A head with the shortest argument; {@code argument} is unsigned (a negative long is above 2^63). */
    private static void head(int major, long argument, ByteArrayOutputStream out) {
        int type = major << 5;
        if (argument >= 0 && argument < 24) {
            out.write(type | (int) argument);
        } else if (argument >= 0 && argument <= 0xff) {
            out.write(type | 24);
            out.write((int) argument);
        } else if (argument >= 0 && argument <= 0xffff) {
            out.write(type | 25);
            writeBig(argument, 2, out);
        } else if (argument >= 0 && argument <= 0xffffffffL) {
            out.write(type | 26);
            writeBig(argument, 4, out);
        } else {
            out.write(type | 27);
            writeBig(argument, 8, out);
        }
    }

    private static void writeBig(long value, int size, ByteArrayOutputStream out) {
        for (int shift = (size - 1) * 8; shift >= 0; shift -= 8) {
            out.write((int) (value >>> shift) & 0xff);
        }
    }
}
