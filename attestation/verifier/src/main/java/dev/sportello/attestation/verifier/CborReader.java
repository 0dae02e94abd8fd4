package dev.sportello.attestation.verifier;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one item of the deterministic CBOR subset from bytes: definite lengths only, shortest heads only,
 * no floats, no simple values but false/true/null, map keys integers or strings and each once, no trailing bytes,
 * nesting and item count capped. Every refusal is a {@link MalformedException}; nothing else escapes for any input.
 * Lengths are checked against the bytes left before anything is allocated, so memory stays proportional to the input.
 *
 * <p>Not thread-safe (one instance per read); use {@link #decode(byte[])}.
 */
final class CborReader {
    /** Deepest nesting of arrays, maps and tags accepted. */
    static final int MAX_DEPTH = 16;
    /** Most items (of any kind) in one document. */
    static final int MAX_ITEMS = 100_000;
    /** Largest document accepted (bytes). */
    static final int MAX_BYTES = 1 << 20;

    private final byte[] in;
    private int pos;
    private int items;

    private CborReader(byte[] in) {
        this.in = in;
    }

    /** Decodes exactly one item that fills the whole input. */
    static CborItem decode(byte[] bytes) throws MalformedException {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedException("empty CBOR");
        }
        if (bytes.length > MAX_BYTES) {
            throw new MalformedException("CBOR too large");
        }
        CborReader reader = new CborReader(bytes);
        CborItem item = reader.item(0);
        if (reader.pos != bytes.length) {
            throw new MalformedException("trailing bytes after CBOR item");
        }
        return item;
    }

    private CborItem item(int depth) throws MalformedException {
        if (depth > MAX_DEPTH) {
            throw new MalformedException("CBOR nested too deep");
        }
        if (++items > MAX_ITEMS) {
            throw new MalformedException("too many CBOR items");
        }
        int initial = next();
        int major = initial >>> 5;
        int info = initial & 0x1f;
        if (major == 7) {
            return simple(info);
        }
        long argument = argument(info);
        switch (major) {
            case 0:
                return new CborItem.Int(nonNegative(argument));
            case 1:
                return new CborItem.Int(-1 - nonNegative(argument));
            case 2:
                return new CborItem.Bytes(take(argument));
            case 3:
                return new CborItem.Text(utf8(take(argument)));
            case 4:
                return array(argument, depth);
            case 5:
                return map(argument, depth);
            default: // 6
                return new CborItem.Tagged(nonNegative(argument), item(depth + 1));
        }
    }

    private CborItem simple(int info) throws MalformedException {
        switch (info) {
            case 20:
                return CborItem.Simple.FALSE;
            case 21:
                return CborItem.Simple.TRUE;
            case 22:
                return CborItem.Simple.NULL;
            case 25: case 26: case 27:
                throw new MalformedException("floating-point values are not accepted");
            case 31:
                throw new MalformedException("indefinite-length items are not accepted");
            default:
                throw new MalformedException("unsupported simple value");
        }
    }

    private long argument(int info) throws MalformedException {
        if (info < 24) {
            return info;
        }
        int size;
        switch (info) {
            case 24: size = 1; break;
            case 25: size = 2; break;
            case 26: size = 4; break;
            case 27: size = 8; break;
            case 31: throw new MalformedException("indefinite-length items are not accepted");
            default: throw new MalformedException("reserved additional information");
        }
        if (in.length - pos < size) {
            throw new MalformedException("truncated CBOR");
        }
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 8) | (in[pos++] & 0xff);
        }
        // shortest form only: each width must be needed (an 8-byte value above Long.MAX_VALUE is negative here)
        boolean shortest = switch (size) {
            case 1 -> value >= 24;
            case 2 -> value > 0xff;
            case 4 -> value > 0xffff;
            default -> value < 0 || value > 0xffffffffL;
        };
        if (!shortest) {
            throw new MalformedException("non-shortest CBOR encoding");
        }
        return value;
    }

    private static long nonNegative(long argument) throws MalformedException {
        if (argument < 0) {
            throw new MalformedException("integer out of range");
        }
        return argument;
    }

    private byte[] take(long length) throws MalformedException {
        if (length < 0 || length > in.length - pos) {
            throw new MalformedException("truncated CBOR");
        }
        byte[] out = java.util.Arrays.copyOfRange(in, pos, pos + (int) length);
        pos += (int) length;
        return out;
    }

    private static String utf8(byte[] bytes) throws MalformedException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedException("invalid UTF-8 in text string");
        }
    }

    private CborItem array(long count, int depth) throws MalformedException {
        if (count < 0 || count > in.length - pos) { // every item takes at least one byte
            throw new MalformedException("truncated CBOR");
        }
        List<CborItem> list = new ArrayList<>((int) count);
        for (long i = 0; i < count; i++) {
            list.add(item(depth + 1));
        }
        return new CborItem.Array(list);
    }

    private CborItem map(long count, int depth) throws MalformedException {
        if (count < 0 || count > (in.length - pos) / 2) { // every entry takes at least two bytes
            throw new MalformedException("truncated CBOR");
        }
        Map<CborItem, CborItem> entries = CborItem.map();
        for (long i = 0; i < count; i++) {
            CborItem key = item(depth + 1);
            if (!(key instanceof CborItem.Int || key instanceof CborItem.Text || key instanceof CborItem.Bytes)) {
                throw new MalformedException("map keys must be integers or strings");
            }
            CborItem value = item(depth + 1);
            if (entries.putIfAbsent(key, value) != null) {
                throw new MalformedException("duplicate map key");
            }
        }
        return new CborItem.MapItem(entries);
    }

    private int next() throws MalformedException {
        if (pos >= in.length) {
            throw new MalformedException("truncated CBOR");
        }
        return in[pos++] & 0xff;
    }
}
