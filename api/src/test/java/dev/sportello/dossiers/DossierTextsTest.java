package dev.sportello.dossiers;

import dev.sportello.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The char-by-char forms accept exactly what the regular expressions they replaced accepted. */
class DossierTextsTest {
    private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");
    private static final Pattern IBAN_TEXT = Pattern.compile("[A-Za-z0-9 *]+");
    private static final String ALPHABET = "aZ09._/-* +:àÀ\u0660\uFF21é\u00A0\t";

    private static List<String> samples() {
        List<String> out = new ArrayList<>(List.of("", "a", "-a", ".", "A".repeat(64), "A".repeat(65), "IT60X0542811101000000123456",
                "IT60 X054 2811 1010 0000 0123 456", "****3456", "abcd", "abcde", "a".repeat(42), "a".repeat(43), "INJ-2026/0001.b_c",
                "٠١٢٣٤", "ＡＢＣＤＥ", "abc\u00A0d"));
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            int length = random.nextInt(70);
            StringBuilder s = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                s.append(random.nextInt(3) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                        : (char) (random.nextBoolean() ? 'a' + random.nextInt(26) : '0' + random.nextInt(10)));
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void aSourceIdIsWhatTheFormerExpressionAccepted() {
        List<String> samples = samples();
        long accepted = samples.stream().filter(DossierTexts::isSourceId).count();
        assertThat(accepted).isBetween(1_000L, 19_000L);   // the samples exercise both answers
        for (String s : samples) {
            assertThat(DossierTexts.isSourceId(s)).as(s).isEqualTo(SOURCE_ID.matcher(s).matches());
        }
    }

    @Test
    void anIbanTextIsWhatTheFormerExpressionAccepted() {
        List<String> samples = samples();
        long accepted = samples.stream().filter(DossierTexts::isIbanText).count();
        assertThat(accepted).isBetween(100L, 19_900L);
        for (String s : samples) {
            boolean before = s.length() >= 5 && s.length() <= 42 && IBAN_TEXT.matcher(s).matches();
            assertThat(DossierTexts.isIbanText(s)).as(s).isEqualTo(before);
        }
    }

    @Test
    void theValueObjectsStillRefuseWhatDoesNotFit() {
        assertThat(DossierId.of("INJ-2026/0001.b_c").value()).isEqualTo("INJ-2026/0001.b_c");
        assertThatThrownBy(() -> DossierId.of("-INJ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DossierId.of("INJ à")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DossierId.of("A".repeat(65))).isInstanceOf(InvalidInputException.class);
        assertThat(new PaymentMethod.Account(PaymentMethod.AccountType.BANK, "IT60 X054 2811").iban()).isEqualTo("IT60 X054 2811");
        assertThatThrownBy(() -> new PaymentMethod.Account(PaymentMethod.AccountType.BANK, "IT60-X054"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PaymentMethod.Account(PaymentMethod.AccountType.BANK, "IT6"))
                .isInstanceOf(InvalidInputException.class);
        LocalDate decided = LocalDate.of(2026, 11, 10);
        assertThat(new DossierOutcome("ACCEPTED_2", "Accolta", decided).code()).isEqualTo("ACCEPTED_2");
        for (String code : List.of("accepted", "A", "1ACCEPTED", "ACCEPTED-X", "A".repeat(41))) {
            assertThatThrownBy(() -> new DossierOutcome(code, "Accolta", decided)).as(code).isInstanceOf(InvalidInputException.class);
        }
        Instant asOf = Instant.parse("2026-10-01T00:00:00Z");
        assertThat(new PersonalData(Map.of("iban2", "x"), asOf).fields()).containsOnlyKeys("iban2");
        for (String name : List.of("Address", "2nd", "post_code", "a".repeat(41))) {
            assertThatThrownBy(() -> new PersonalData(Map.of(name, "x"), asOf)).as(name).isInstanceOf(InvalidInputException.class);
        }
    }
}
