package dev.sportello.core.internal.fragile;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The letters' PDF writer: a well-formed file, the text as written, wrapped, on as many pages as needed. */
class LetterPdfTest {
    private static LetterPdf.Content content(List<String> paragraphs, int size) {
        return new LetterPdf.Content("INPS", List.of("Maria Rossi", "Via Roma 1", "00100 ROMA RM"), "23 novembre 2026",
                "Oggetto: prova", paragraphs, size);
    }

    @Test
    void theFileIsWellFormedAndTheTextReadsBack() {
        byte[] pdf = LetterPdf.render(content(List.of("Perché è così (davvero) \\ caro? Costa 5 €, “disse” l’ufficio — sì…",
                "Grüße aus Bozen", "Łódź"), 11));
        assertThat(PdfText.checkStructure(pdf)).isEqualTo(7);
        String file = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(file.substring(15).chars().allMatch(c -> c < 128)).as("ASCII after the binary comment").isTrue();
        assertThat(PdfText.lines(pdf)).contains("INPS", "Maria Rossi", "23 novembre 2026", "Oggetto: prova",
                "Grüße aus Bozen", "?ódz");
        assertThat(PdfText.text(pdf)).contains("Perché è così (davvero) \\ caro? Costa 5 \u0080, \u0093disse\u0094 l\u0092ufficio "
                + "\u0097 sì\u0085");
    }

    @Test
    void longParagraphsWrapWithinTheMarginsAndRunOntoMorePages() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            paragraphs.add("Paragrafo " + i + ": " + "parola ".repeat(60).strip());
        }
        paragraphs.add("X".repeat(300));
        byte[] pdf = LetterPdf.render(content(paragraphs, 16));
        int objects = PdfText.checkStructure(pdf);
        assertThat(objects).as("several pages").isGreaterThan(9);
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/Count " + (objects - 5) / 2);
        for (String line : PdfText.lines(pdf)) {
            assertThat(LetterPdf.width(line, 16, false)).as(line).isLessThanOrEqualTo(595 - 2 * 70);
        }
        assertThat(String.join("", PdfText.lines(pdf))).contains("X".repeat(300));
    }

    @Test
    void theSameLetterGivesTheSameBytes() {
        assertThat(LetterPdf.render(content(List.of("Uno", "Due"), 11))).isEqualTo(LetterPdf.render(content(List.of("Uno",
                "Due"), 11)));
    }
}
