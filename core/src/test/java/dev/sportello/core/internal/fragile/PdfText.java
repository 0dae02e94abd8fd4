package dev.sportello.core.internal.fragile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back what {@link LetterPdf} wrote: the structure (every cross-reference offset points at its object)
 * and the text of the {@code Tj} operators, unescaped from WinAnsi, one string per drawn line.
 */
final class PdfText {
    private static final Pattern TJ = Pattern.compile("\\(((?:\\\\.|[^\\\\)])*)\\) Tj");

    private PdfText() {
    }

    /** The lines drawn, in order. */
    static List<String> lines(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        List<String> lines = new ArrayList<>();
        Matcher m = TJ.matcher(text);
        while (m.find()) {
            lines.add(unescape(m.group(1)));
        }
        return lines;
    }

    /** The text drawn, lines joined by spaces (a wrapped paragraph reads as it was written). */
    static String text(byte[] pdf) {
        return String.join(" ", lines(pdf));
    }

    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                out.append(c);
            } else if (Character.isDigit(literal.charAt(i + 1))) {
                out.append((char) Integer.parseInt(literal.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(literal.charAt(++i));
            }
        }
        return out.toString();
    }

    /** Fails unless every offset of the cross-reference table points at the start of its object. */
    static int checkStructure(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int startxref = Integer.parseInt(text.substring(text.lastIndexOf("startxref\n") + 10, text.lastIndexOf("\n%%EOF")));
        if (!text.startsWith("xref\n", startxref)) {
            throw new AssertionError("startxref does not point at the table");
        }
        String[] rows = text.substring(startxref).split("\n");
        int count = Integer.parseInt(rows[1].split(" ")[1]);
        for (int n = 1; n < count; n++) {
            int offset = Integer.parseInt(rows[2 + n].substring(0, 10));
            if (!text.startsWith(n + " 0 obj\n", offset)) {
                throw new AssertionError("object " + n + " is not at " + offset);
            }
        }
        Matcher length = Pattern.compile("<< /Length (\\d+) >>\nstream\n").matcher(text);
        while (length.find()) {
            if (!text.startsWith("\nendstream", length.end() + Integer.parseInt(length.group(1)))) {
                throw new AssertionError("a stream's length is wrong");
            }
        }
        return count - 1;
    }
}
