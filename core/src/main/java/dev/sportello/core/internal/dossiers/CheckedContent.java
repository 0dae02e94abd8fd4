package dev.sportello.core.internal.dossiers;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A document's bytes on their way to the store: counted and hashed as they pass, refused with
 * {@code DOS_DOCUMENT_TOO_LARGE} as soon as they pass the limit (the store's write then fails and the
 * transaction rolls back). Never buffers the whole content.
 *
 * <p>Not thread-safe: one stream, one thread.
 */
final class CheckedContent extends FilterInputStream {
    private final long max;
    private final MessageDigest digest;
    private long size;
    private String sha256;

    CheckedContent(InputStream in, long max) {
        super(in);
        this.max = max;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
            digest.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) {
        return 0;   // every byte is counted and hashed
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(int n) {
        size += n;
        if (size > max) {
            throw SportelloException.invalidField(ErrorCode.DOS_DOCUMENT_TOO_LARGE, "content", Map.of("max", Long.toString(max)));
        }
    }

    /** Reads what the store left unread (it must read to the end), then fixes the hash. */
    void finish() throws IOException {
        byte[] rest = new byte[8192];
        while (read(rest, 0, rest.length) >= 0) {
            // counted and hashed
        }
        sha256 = HexFormat.of().formatHex(digest.digest());
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }
}
