package dev.sportello.attestation.verifier;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/** ZLIB (RFC 1950) compression at level 9, and an inflate with a capped output. Stateless; thread-safe. */
final class Zlib {
    /** Largest inflated size accepted (bytes). */
    static final int MAX_INFLATED = 64 * 1024;

    private Zlib() {
    }

    static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
            byte[] buffer = new byte[1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * Inflates one complete ZLIB stream of at most {@code max} bytes; refuses a truncated stream, trailing bytes,
     * a preset dictionary and anything that would inflate past the cap (it stops at the cap, so memory stays bounded).
     */
    static byte[] inflate(byte[] bytes, int max) throws MalformedException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(max, bytes.length * 4 + 64));
            byte[] buffer = new byte[4096];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished()) {
                    if (inflater.needsDictionary()) {
                        throw new MalformedException("zlib preset dictionaries are not accepted");
                    }
                    throw new MalformedException("truncated zlib stream");
                }
                if (out.size() + n > max) {
                    throw new MalformedException("inflated payload too large");
                }
                out.write(buffer, 0, n);
            }
            if (inflater.getRemaining() != 0) {
                throw new MalformedException("trailing bytes after zlib stream");
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new MalformedException("invalid zlib stream");
        } finally {
            inflater.end();
        }
    }
}
