package dev.sportello.benchmarks;

import dev.sportello.users.TaxCode;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Unique, valid tax codes made from a counter (the six name letters encode it), so that benchmarks
 * never collide and never pay for trial and error.
 */
final class Identities {
    private static final String LETTERS = "BCDFGHLMNPRSTVZ";
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Identities() {
    }

    static TaxCode next() {
        long n = COUNTER.incrementAndGet() % 11_390_625L; // 15^6 combinations of the six letters
        char[] code = "XXXXXX80A01H501".toCharArray();
        for (int i = 5; i >= 0; i--) {
            code[i] = LETTERS.charAt((int) (n % 15));
            n /= 15;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code[i];
            int v = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[v] : v;
        }
        return new TaxCode(new String(code) + (char) ('A' + sum % 26));
    }
}
