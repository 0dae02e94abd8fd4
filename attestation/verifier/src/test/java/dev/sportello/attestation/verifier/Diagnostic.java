package dev.sportello.attestation.verifier;

import java.util.HexFormat;
import java.util.Map;

/** CBOR diagnostic notation (RFC 8949 §8) of the subset, maps in wire order, one entry per line. */
final class Diagnostic {
    private Diagnostic() {
    }

    /** The notation of encoded bytes (decoded again, so that maps show in the order they are on the wire). */
    static String of(byte[] encoded) {
        try {
            StringBuilder out = new StringBuilder();
            write(CborReader.decode(encoded), 0, out);
            return out.toString();
        } catch (MalformedException e) {
            throw new IllegalArgumentException(e.reason(), e);
        }
    }

    private static void write(CborItem item, int indent, StringBuilder out) {
        if (item instanceof CborItem.Int i) {
            out.append(i.value());
        } else if (item instanceof CborItem.Bytes b) {
            out.append("h'").append(HexFormat.of().formatHex(b.value())).append('\'');
        } else if (item instanceof CborItem.Text t) {
            out.append('"').append(t.value().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        } else if (item instanceof CborItem.Array a) {
            out.append('[');
            for (int n = 0; n < a.items().size(); n++) {
                out.append(n == 0 ? "" : ", ");
                write(a.items().get(n), indent, out);
            }
            out.append(']');
        } else if (item instanceof CborItem.MapItem m) {
            out.append('{');
            int n = 0;
            for (Map.Entry<CborItem, CborItem> e : m.entries().entrySet()) {
                out.append(n++ == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
                write(e.getKey(), indent + 1, out);
                out.append(": ");
                write(e.getValue(), indent + 1, out);
            }
            out.append(n == 0 ? "" : "\n" + "  ".repeat(indent)).append('}');
        } else if (item instanceof CborItem.Tagged t) {
            out.append(t.tag()).append('(');
            write(t.item(), indent, out);
            out.append(')');
        } else {
            out.append(((CborItem.Simple) item).name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
