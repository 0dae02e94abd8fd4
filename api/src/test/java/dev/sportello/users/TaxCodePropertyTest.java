package dev.sportello.users;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded property test: tax codes built by an independent generator (the Revenue Agency's algorithm:
 * consonant and vowel groups, year, month letter, day plus 40 for women, cadastral code, check
 * character from the odd and even tables, and omocodia letters from the right) parse to the birth date,
 * sex and birthplace they encode, and every omocodia variant has the original as its canonical form.
 * Repeatable by its seed.
 */
class TaxCodePropertyTest {
    private static final long SEED = 20261201L;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String MONTHS = "ABCDEHLMPRST";
    private static final String OMOCODIA = "LMNPQRSTUV";
    private static final int[] OMOCODIA_POSITIONS = {14, 13, 12, 10, 9, 7, 6};
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    @Test
    void generatedCodesParseToWhatTheyEncode() {
        Random random = new Random(SEED);
        for (int round = 0; round < 5_000; round++) {
            LocalDate birth = LocalDate.of(1927, 1, 1).plusDays(random.nextInt(36_500));
            if (birth.isAfter(TODAY)) {
                continue;
            }
            boolean female = random.nextBoolean();
            String place = (char) ('A' + random.nextInt(26)) + String.format("%03d", random.nextInt(1000));
            String base = letters(random, 6) + String.format("%02d", birth.getYear() % 100) + MONTHS.charAt(birth.getMonthValue() - 1)
                    + String.format("%02d", birth.getDayOfMonth() + (female ? 40 : 0)) + place;
            String original = base + check(base);
            char[] variant = base.toCharArray();
            int substitutions = random.nextInt(8);
            for (int k = 0; k < substitutions; k++) {
                int at = OMOCODIA_POSITIONS[k];
                variant[at] = OMOCODIA.charAt(variant[at] - '0');
            }
            String omocode = new String(variant) + check(new String(variant));
            TaxCode code = TaxCode.parse(random.nextBoolean() ? omocode : omocode.toLowerCase(), "taxCode");
            String what = "seed " + SEED + " round " + round + ": " + omocode;
            assertThat(code.birthDate(TODAY)).as(what).isEqualTo(birth);
            assertThat(code.sex()).as(what).isEqualTo(female ? Sex.FEMALE : Sex.MALE);
            assertThat(code.birthplace().value()).as(what).isEqualTo(place);
            assertThat(code.canonical()).as(what).isEqualTo(original);
            assertThat(code.isOmocode()).as(what).isEqualTo(substitutions > 0);
        }
    }

    private static String letters(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append((char) ('A' + random.nextInt(26)));
        }
        return out.toString();
    }

    /** The check character: odd positions (1st, 3rd, …) through the odd table, even ones by value. */
    private static char check(String fifteen) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = fifteen.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? ODD[index] : index;
        }
        return (char) ('A' + sum % 26);
    }
}
