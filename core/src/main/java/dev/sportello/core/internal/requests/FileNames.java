package dev.sportello.core.internal.requests;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Makes uploaded file names safe to store and show: no path, no control or reserved characters, a
 * bounded length, the extension of the type detected from the content, and unique within an archive.
 *
 * <p>Thread-safe (stateless).
 */
final class FileNames {
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
            "LPT8", "LPT9");

    private FileNames() {
    }

    /**
     * A safe name.
     *
     * @param uploaded  the name as uploaded
     * @param type      the detected content type
     * @param maxLength the longest result
     * @param taken     names already used in the archive (compared case-insensitively)
     * @return the name
     */
    static String sanitise(String uploaded, String type, int maxLength, Set<String> taken) {
        String name = Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || "<>:\"/\\|?*".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT) {
                return;
            }
            clean.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
        });
        name = clean.toString().replaceAll(" +", " ").replaceAll("^[ .]+|[ .]+$", "");
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[ .]+$", "");
        if (base.isEmpty()) {
            base = "file";
        }
        if (WINDOWS_RESERVED.contains(base.toUpperCase(Locale.ROOT))) {
            base = "_" + base;
        }
        String extension = "." + ContentTypes.extension(type);
        base = truncate(base, maxLength - extension.length() - 4);
        String candidate = base + extension;
        for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + " (" + n + ")" + extension;
        }
        return candidate;
    }

    private static String truncate(String text, int codePoints) {
        if (text.codePointCount(0, text.length()) <= codePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }
}
