package dev.sportello.core.internal.notifications;

import dev.sportello.Language;
import dev.sportello.UserId;
import dev.sportello.notifications.Amount;
import dev.sportello.notifications.CallToAction;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.ProactiveContent;
import dev.sportello.notifications.Section;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The screen-reader text of a notice: title, greeting, sections with amounts in the user's locale, actions (R-DOS-4). */
class AccessibleTextTest {
    private static final Section BENEFITS = new Section("Benefici riconosciuti", List.of("Ti spettano:", "Dal mese prossimo."),
            List.of(new Amount("Indennità", new BigDecimal("1234.5"), "al mese"),
                    new Amount("Arretrati", new BigDecimal("12.34"), null)));
    private static final Section NEXT = new Section("Prossimi passi", List.of(), List.of());

    private static InboxNotice notice(ProactiveContent content) {
        return InboxNotice.builder().id(new NoticeId(UUID.fromString("00000000-0000-7000-8000-000000000001")))
                .recipient(new UserId(UUID.fromString("00000000-0000-7000-8000-000000000002")))
                .kind(new MessageKind("MEDICAL_REPORT_ISSUED")).title("Verbale emesso").body("Apri l'avviso.")
                .content(content).createdAt(Instant.parse("2026-11-23T09:00:00Z")).build();
    }

    @Test
    @DisplayName("R-DOS-4 a notice without structured content reads as its title and body")
    void aPlainNoticeIsTitleAndBody() {
        assertThat(AccessibleText.of(notice(null), Language.IT)).isEqualTo("Verbale emesso\n\nApri l'avviso.\n");
    }

    @Test
    @DisplayName("R-DOS-4 sections read heading, paragraphs and amounts with two decimals in Italian, then the actions")
    void italianContent() {
        ProactiveContent content = new ProactiveContent("Gentile Maria Rossi,", List.of(BENEFITS, NEXT),
                List.of(new CallToAction("qr-code", "Scarica il QR code", "https://example.it/qr", null),
                        new CallToAction("carta", "Richiedi la carta", "https://example.it/carta", null)));
        assertThat(AccessibleText.of(notice(content), Language.IT)).isEqualTo("""
                Verbale emesso

                Gentile Maria Rossi,

                Benefici riconosciuti
                Ti spettano:
                Dal mese prossimo.
                - Indennità: 1.234,50 euro al mese
                - Arretrati: 12,34 euro

                Prossimi passi

                Azioni disponibili:
                - Scarica il QR code: https://example.it/qr
                - Richiedi la carta: https://example.it/carta
                """);
    }

    @Test
    @DisplayName("R-DOS-4 amounts are rounded to cents in the user's locale; without actions there is no actions line")
    void englishAndGermanContent() {
        Section amounts = new Section("Amounts", List.of(), List.of(new Amount("Benefit", new BigDecimal("1000"), "monthly"),
                new Amount("Arrears", new BigDecimal("0.125"), null)));
        ProactiveContent content = new ProactiveContent("Dear Maria Rossi,", List.of(amounts), List.of());
        assertThat(AccessibleText.of(notice(content), Language.EN)).isEqualTo("""
                Verbale emesso

                Dear Maria Rossi,

                Amounts
                - Benefit: 1,000.00 euro monthly
                - Arrears: 0.12 euro

                """);
        ProactiveContent withAction = new ProactiveContent("x", List.of(), List.of(new CallToAction("qr-code", "QR",
                "https://example.it/qr", null)));
        assertThat(AccessibleText.of(notice(withAction), Language.DE)).endsWith("Verfügbare Aktionen:\n- QR: https://example.it/qr\n");
        assertThat(AccessibleText.of(notice(withAction), Language.EN)).endsWith("Available actions:\n- QR: https://example.it/qr\n");
        assertThat(AccessibleText.of(notice(new ProactiveContent("Sehr geehrte/r X,", List.of(amounts), List.of())),
                Language.DE)).contains("- Benefit: 1.000,00 euro monthly\n");
    }

    @Test
    @DisplayName("R-DOS-4 the greeting and the summary are in the user's language")
    void greetingAndSummaryPerLanguage() {
        assertThat(AccessibleText.greeting(Language.IT, "Maria Rossi")).isEqualTo("Gentile Maria Rossi,");
        assertThat(AccessibleText.greeting(Language.EN, "Maria Rossi")).isEqualTo("Dear Maria Rossi,");
        assertThat(AccessibleText.greeting(Language.DE, "Maria Rossi")).isEqualTo("Sehr geehrte/r Maria Rossi,");
        assertThat(AccessibleText.summary(Language.IT)).isEqualTo("Apri l'avviso per leggere la guida personalizzata.");
        assertThat(AccessibleText.summary(Language.EN)).isEqualTo("Open the notice to read your personalised guide.");
        assertThat(AccessibleText.summary(Language.DE)).startsWith("Öffnen Sie die Mitteilung");
    }
}
