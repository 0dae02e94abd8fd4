package dev.sportello.core.internal.notifications;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded property test: for random texts drawn from the GSM basic set, its extension table, Latin,
 * Greek, emoji (surrogate pairs) and lone surrogates, at lengths around every part boundary, the SDK's
 * SMS sizes equal those of the 3GPP TS 23.038 reference. Repeatable by its seed.
 */
class SmsSegmentsPropertyTest {
    private static final long SEED = 20261201L;
    private static final String[] POOLS = {
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-'\"()@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà\n\r",
        "^{}\\[~]|€\f",
        "áâãçêíóôõúÀÁÂÃÈÊÌÍÒÓÔÕÙÚ",
        "αβγδεζηθ",
        "\ud83d\ude00\ud83c\uddee\ud83c\uddf9",
        "\ud800\udfff"};

    @Test
    void theSdkCountsPartsAsTheReferenceDoes() {
        Random random = new Random(SEED);
        int[] lengths = {0, 1, 69, 70, 71, 134, 135, 153, 154, 159, 160, 161, 200, 306, 307, 459, 460, 700};
        for (int round = 0; round < 4_000; round++) {
            int length = lengths[random.nextInt(lengths.length)] + random.nextInt(3) - 1;
            StringBuilder text = new StringBuilder();
            int mix = random.nextInt(1 << POOLS.length) | 1;
            while (text.length() < Math.max(0, length)) {
                int pool;
                do {
                    pool = random.nextInt(POOLS.length);
                } while ((mix & (1 << pool)) == 0);
                text.append(POOLS[pool].charAt(random.nextInt(POOLS[pool].length())));
            }
            SmsText.Size sdk = SmsText.measure(text);
            Gsm0338Reference.Size reference = Gsm0338Reference.measure(text.toString());
            assertThat(sdk.encoding()).as("seed %d round %d", SEED, round).isEqualTo(reference.encoding());
            assertThat(sdk.units()).as("seed %d round %d", SEED, round).isEqualTo(reference.units());
            assertThat(sdk.segments()).as("seed %d round %d: %s", SEED, round, text).isEqualTo(reference.segments());
        }
    }
}
