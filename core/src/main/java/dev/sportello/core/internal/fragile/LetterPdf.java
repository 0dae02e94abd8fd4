package dev.sportello.core.internal.fragile;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A small PDF 1.4 writer for letters, written here on purpose (as the RFC 5545 writer is): a print-and-post
 * provider wants an A4 PDF, and no PDF library fits core's footprint. Text only, in the standard Helvetica
 * fonts (no embedding) with WinAnsiEncoding, so Italian, German and English letters print with their accents;
 * a character outside that encoding loses its accent, or becomes {@code ?}. Lines are wrapped on Helvetica's
 * widths; a letter runs onto as many pages as it needs. The address block sits where a window envelope (DL,
 * window on the right) shows it. The output is plain ASCII, uncompressed, and the same for the same letter.
 *
 * <p>Thread-safe (stateless).
 */
final class LetterPdf {
    private static final int WIDTH = 595;
    private static final int HEIGHT = 842;
    private static final int MARGIN = 70;
    /** Helvetica's advance widths, in thousandths of the font size, for the characters 32 to 126. */
    private static final int[] WIDTHS = {278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278,
        278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722,
        667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,
        278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556,
        556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};

    private LetterPdf() {
    }

    /**
     * What a letter says, laid out by {@link #render}.
     *
     * @param letterhead the institution, in bold at the top left
     * @param recipient  the name and address lines, in the envelope's window
     * @param dateLine   the place and date, right under the address
     * @param subject    the subject, in bold
     * @param paragraphs the body, one string per paragraph
     * @param fontSize   11 for a normal letter, 16 for large print
     */
    record Content(String letterhead, List<String> recipient, String dateLine, String subject, List<String> paragraphs,
                   int fontSize) {
    }

    /** One line to draw: where, in which font. */
    private record Line(int x, int y, boolean bold, int size, String text) {
    }

    static byte[] render(Content c) {
        List<List<Line>> pages = new ArrayList<>();
        List<Line> page = new ArrayList<>();
        pages.add(page);
        int size = c.fontSize();
        int leading = Math.round(size * 1.4f);
        page.add(new Line(MARGIN, HEIGHT - 60, true, 14, c.letterhead()));
        int y = HEIGHT - 150;
        for (String line : c.recipient()) {
            page.add(new Line(320, y, false, size, line));
            y -= leading;
        }
        y -= leading;
        page.add(new Line(320, y, false, size, c.dateLine()));
        y -= 2 * leading;
        for (String line : wrap(c.subject(), WIDTH - 2 * MARGIN, size, true)) {
            page.add(new Line(MARGIN, y, true, size, line));
            y -= leading;
        }
        y -= leading;
        for (String paragraph : c.paragraphs()) {
            for (String line : wrap(paragraph, WIDTH - 2 * MARGIN, size, false)) {
                if (y < MARGIN) {
                    page = new ArrayList<>();
                    pages.add(page);
                    y = HEIGHT - MARGIN;
                }
                page.add(new Line(MARGIN, y, false, size, line));
                y -= leading;
            }
            y -= leading / 2;
        }
        return write(pages);
    }

    /** Breaks a paragraph into lines that fit the width; a word longer than a line is cut. */
    static List<String> wrap(String paragraph, int width, int size, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, size, bold) > width) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(rest.substring(0, cut), size, bold) > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static double width(String text, int size, boolean bold) {
        double total = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            total += ch >= 32 && ch <= 126 ? WIDTHS[ch - 32] : 556;
        }
        return total * size / 1000.0 * (bold ? 1.06 : 1.0);
    }

    /** Objects 1 catalog, 2 pages, 3 and 4 fonts, then each page and its content, then the info dictionary. */
    private static byte[] write(List<List<Line>> pages) {
        List<String> objects = new ArrayList<>();
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            kids.append(i == 0 ? "" : " ").append(5 + 2 * i).append(" 0 R");
        }
        objects.add("<< /Type /Catalog /Pages 2 0 R /Lang (it-IT) >>");
        objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages.size() + " >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
        for (int i = 0; i < pages.size(); i++) {
            List<String> ops = new ArrayList<>();
            for (Line line : pages.get(i)) {
                ops.add("BT /" + (line.bold() ? "F2 " : "F1 ") + line.size() + " Tf 1 0 0 1 " + line.x() + " " + line.y()
                        + " Tm " + literal(line.text()) + " Tj ET");
            }
            String data = String.join("\n", ops);
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + WIDTH + " " + HEIGHT + "] /Resources << /Font "
                    + "<< /F1 3 0 R /F2 4 0 R >> >> /Contents " + (6 + 2 * i) + " 0 R >>");
            objects.add("<< /Length " + data.length() + " >>\nstream\n" + data + "\nendstream");
        }
        objects.add("<< /Producer (Sportello) >>");
        return assemble(objects);
    }

    private static byte[] assemble(List<String> objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info ")
                .append(objects.size()).append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A PDF string in WinAnsi bytes, bytes above 126 as octal escapes, so the file stays ASCII. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < text.length(); i++) {
            int b = winAnsi(text.charAt(i));
            if (b == '(' || b == ')' || b == '\\') {
                out.append('\\').append((char) b);
            } else if (b < 32 || b > 126) {
                out.append('\\').append(String.format("%03o", b));
            } else {
                out.append((char) b);
            }
        }
        return out.append(')').toString();
    }

    /** The WinAnsiEncoding byte of a character: Latin-1 as is, the few Windows-1252 extras, else without accent. */
    static int winAnsi(char c) {
        if ((c >= 32 && c <= 126) || (c >= 0xa0 && c <= 0xff)) {
            return c;
        }
        switch (c) {
            case '\u20ac': return 0x80;
            case '\u2026': return 0x85;
            case '\u2018': return 0x91;
            case '\u2019': return 0x92;
            case '\u201c': return 0x93;
            case '\u201d': return 0x94;
            case '\u2013': return 0x96;
            case '\u2014': return 0x97;
            default:
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                char first = base.isEmpty() ? '?' : base.charAt(0);
                return first >= 32 && first <= 126 ? first : '?';
        }
    }
}
