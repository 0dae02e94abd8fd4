package dev.sportello.core.internal.testing;

import dev.sportello.SportelloException;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.CompanyTaxCode;
import dev.sportello.users.TaxCode;

import java.time.LocalDate;
import java.util.Random;

/**
 * Valid identifiers for tests from a seeded sequence: tax codes with their check character (and omocodia
 * variants), VAT numbers with their check digit, registration numbers, mobile numbers, e-mail addresses.
 *
 * <p>Not thread-safe: one per test.
 */
public final class TestData {
    private static final String CONSONANTS = "BCDFGHLMNPRSTVZ";
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";

    private final Random random;
    private int serial;

    /**
     * A sequence of identifiers.
     *
     * @param seed the seed
     */
    public TestData(long seed) {
        this.random = new Random(seed);
    }

    /**
     * A tax code of a person born on a day in a municipality.
     *
     * @param birth        the birth date
     * @param female       whether female
     * @param municipality the cadastral code of the birthplace, e.g. {@code H501}
     * @return the code
     */
    public TaxCode taxCode(LocalDate birth, boolean female, String municipality) {
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            base.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
        }
        base.append(String.format("%02d", birth.getYear() % 100)).append(MONTHS.charAt(birth.getMonthValue() - 1))
                .append(String.format("%02d", birth.getDayOfMonth() + (female ? 40 : 0))).append(municipality);
        return withCheckCharacter(base.toString());
    }

    /**
     * The omocodia variant of a tax code: its last digit replaced by the letter that stands for it, with
     * the check character computed again.
     *
     * @param code a tax code without omocodia
     * @return the variant
     */
    public static TaxCode omocode(TaxCode code) {
        char[] chars = code.value().substring(0, 15).toCharArray();
        chars[14] = OMOCODIA.charAt(chars[14] - '0');
        return withCheckCharacter(new String(chars));
    }

    private static TaxCode withCheckCharacter(String base) {
        for (char check = 'A'; check <= 'Z'; check++) {
            try {
                return new TaxCode(base + check);
            } catch (SportelloException e) {
                // not this check character
            }
        }
        throw new IllegalStateException("no check character fits " + base);
    }

    /** A tax code of an adult born in Rome, aged 31 to 70 in 2026 (no age-based rule applies). */
    public TaxCode adultTaxCode() {
        return taxCode(LocalDate.of(1956 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                random.nextBoolean(), "H501");
    }

    /** A company tax code / VAT number with its check digit. */
    public CompanyTaxCode vatNumber() {
        String base = String.format("%010d", 1_000_000_000L + Math.floorMod(random.nextLong(), 8_999_999_999L));
        for (int digit = 0; digit <= 9; digit++) {
            try {
                return new CompanyTaxCode(base + digit);
            } catch (SportelloException e) {
                // not this check digit
            }
        }
        throw new IllegalStateException("no check digit fits " + base);
    }

    /** A company registration number, unique within this sequence. */
    public CompanyRegistrationNumber registrationNumber() {
        return new CompanyRegistrationNumber(String.format("%05d%05d", 10_000 + random.nextInt(89_999), ++serial));
    }

    /** An Italian mobile number as a user would type it, e.g. {@code 347 1234567}; unique within this sequence. */
    public String mobileAsTyped() {
        return "347 " + String.format("%03d%04d", random.nextInt(1000), ++serial);
    }

    /** An e-mail address, unique within this sequence. */
    public String email() {
        return "user" + (++serial) + "x" + random.nextInt(10_000) + "@example.it";
    }
}
