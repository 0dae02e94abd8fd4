package dev.sportello.tck;

import dev.sportello.SportelloException;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.CompanyTaxCode;
import dev.sportello.users.TaxCode;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Valid, random identifiers for tests: tax codes (with their check character), VAT numbers,
 * registration numbers, Italian mobile numbers and e-mail addresses. Random enough that tests never
 * collide in a shared database.
 *
 * <p>Thread-safe.
 */
public final class TestData {
    private static final String CONSONANTS = "BCDFGHLMNPRSTVZ";
    private static final String MONTHS = "ABCDEHLMPRST";

    private TestData() {
    }

    /**
     * A tax code of a person born on a day in a municipality.
     *
     * @param birth       the birth date
     * @param female      whether female
     * @param municipality the cadastral code of the birthplace, e.g. {@code H501}
     * @return the code
     */
    public static TaxCode taxCode(LocalDate birth, boolean female, String municipality) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            base.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
        }
        base.append(String.format("%02d", birth.getYear() % 100)).append(MONTHS.charAt(birth.getMonthValue() - 1))
                .append(String.format("%02d", birth.getDayOfMonth() + (female ? 40 : 0))).append(municipality);
        for (char check = 'A'; check <= 'Z'; check++) {
            try {
                return new TaxCode(base.toString() + check);
            } catch (SportelloException e) {
                // not this check character
            }
        }
        throw new IllegalStateException("no check character fits " + base);
    }

    /**
     * A tax code of an adult born in Rome, aged 31 to 71 in 2026: no age-based rule (minors, 75 and over,
     * 80 and over) applies to them.
     *
     * @return the code
     */
    public static TaxCode adultTaxCode() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return taxCode(LocalDate.of(1955 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                random.nextBoolean(), "H501");
    }

    /**
     * A company tax code / VAT number.
     *
     * @return the code
     */
    public static CompanyTaxCode vatNumber() {
        String base = String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        for (int digit = 0; digit <= 9; digit++) {
            try {
                return new CompanyTaxCode(base + digit);
            } catch (SportelloException e) {
                // not this check digit
            }
        }
        throw new IllegalStateException("no check digit fits " + base);
    }

    /** A company registration number. */
    public static CompanyRegistrationNumber registrationNumber() {
        return new CompanyRegistrationNumber(String.format("%010d",
                ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));
    }

    /** An Italian mobile number as a user would type it, e.g. {@code 347 1234567}. */
    public static String mobileAsTyped() {
        return "347 " + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    /** An e-mail address. */
    public static String email() {
        return "user" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + "@example.it";
    }

    /**
     * The omocodia variant of a tax code whose last digit of the birthplace is replaced by its letter
     * ({@code 0}→{@code L} … {@code 9}→{@code V}) and whose check character is recomputed.
     *
     * @param code a code without omocodia
     * @return the variant
     */
    public static TaxCode omocode(TaxCode code) {
        char[] chars = code.value().substring(0, 15).toCharArray();
        chars[14] = "LMNPQRSTUV".charAt(chars[14] - '0');
        String base = new String(chars);
        for (char check = 'A'; check <= 'Z'; check++) {
            try {
                return TaxCode.parse(base + check, "taxCode");
            } catch (dev.sportello.SportelloException e) {
                // not this check character
            }
        }
        throw new IllegalStateException("no check character fits");
    }
}
