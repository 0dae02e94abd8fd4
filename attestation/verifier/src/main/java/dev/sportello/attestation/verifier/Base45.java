package dev.sportello.attestation.verifier;

import java.io.ByteArrayOutputStream;

/** Base45 (RFC 9285) over the QR alphanumeric alphabet. Stateless; thread-safe. */
final class Base45 {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
    }

    private Base45() {
    }

    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 3 / 2 + 2);
        int i = 0;
        for (; i + 1 < bytes.length; i += 2) {
            int n = ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff);
            out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45 % 45)).append(ALPHABET.charAt(n / 2025));
        }
        if (i < bytes.length) {
            int n = bytes[i] & 0xff;
            out.append(ALPHABET.charAt(n % 45)).append(ALPHABET.charAt(n / 45));
        }
        return out.toString();
    }

    /** Decodes; refuses characters outside the alphabet, a dangling single character and triplets above 65535. */
    static byte[] decode(CharSequence text) throws MalformedException {
        int length = text.length();
        if (length % 3 == 1) {
            throw new MalformedException("invalid Base45 length");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(length / 3 * 2 + 1);
        for (int i = 0; i < length; i += 3) {
            int c = value(text.charAt(i)) + value(text.charAt(i + 1)) * 45;
            if (i + 2 < length) {
                int n = c + value(text.charAt(i + 2)) * 2025;
                if (n > 0xffff) {
                    throw new MalformedException("invalid Base45 triplet");
                }
                out.write(n >> 8);
                out.write(n & 0xff);
            } else {
                if (c > 0xff) {
                    throw new MalformedException("invalid Base45 pair");
                }
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int value(char c) throws MalformedException {
        int v = c < 128 ? VALUES[c] : -1;
        if (v < 0) {
            throw new MalformedException("invalid Base45 character");
        }
        return v;
    }
}
