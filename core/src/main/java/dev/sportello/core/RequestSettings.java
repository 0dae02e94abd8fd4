package dev.sportello.core;

import dev.sportello.offices.OfficeCode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Limits and lists of the requests feature (R-REQ-2, R-REQ-4, R-REQ-7).
 *
 * <p>Defaults: 3 files, 10 MiB per file, 20 MiB in all, PDF, JPEG, PNG and TIFF (detected from the
 * content), names up to 100 characters; stored archives are read back only if they hold at most
 * {@code maxFiles + 1} entries (the files and the manifest), inflate to at most the total limit plus
 * 64 KiB, and no entry inflates more than 100 times its compressed size. Outcomes: ACCEPTED,
 * PARTIALLY_ACCEPTED, REJECTED, ANSWERED, NOT_COMPETENT. Enabled in every office.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxFiles            files per submission or answer
 * @param maxFileBytes        bytes per file
 * @param maxTotalBytes       bytes per submission or answer
 * @param allowedTypes        content types accepted, among {@code application/pdf}, {@code image/jpeg},
 *                            {@code image/png}, {@code image/tiff}
 * @param maxFileNameLength   longest sanitised file name
 * @param maxCompressionRatio the zip guard's largest inflated/compressed ratio per entry
 * @param outcomes            outcome codes and their Italian labels, in display order
 * @param pilotOffices        the offices where requests are enabled; empty for every office
 */
public record RequestSettings(int maxFiles, long maxFileBytes, long maxTotalBytes, Set<String> allowedTypes,
                              int maxFileNameLength, int maxCompressionRatio, Map<String, String> outcomes,
                              Set<OfficeCode> pilotOffices) {
    private static final Set<String> KNOWN = Set.of("application/pdf", "image/jpeg", "image/png", "image/tiff");

    /** Checks the values. */
    public RequestSettings {
        if (maxFiles < 0 || maxFileBytes < 1 || maxTotalBytes < maxFileBytes || maxFileNameLength < 16
                || maxCompressionRatio < 2) {
            throw new IllegalArgumentException("bad request limits");
        }
        allowedTypes = Set.copyOf(allowedTypes);
        if (!KNOWN.containsAll(allowedTypes)) {
            throw new IllegalArgumentException("allowed types are among " + KNOWN);
        }
        outcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(outcomes)));
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("at least one outcome");
        }
        pilotOffices = Set.copyOf(pilotOffices);
    }

    /** The defaults. */
    public static RequestSettings defaults() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put("ACCEPTED", "Accolta");
        outcomes.put("PARTIALLY_ACCEPTED", "Accolta in parte");
        outcomes.put("REJECTED", "Respinta");
        outcomes.put("ANSWERED", "Risposta fornita");
        outcomes.put("NOT_COMPETENT", "Non di competenza");
        return new RequestSettings(3, 10L << 20, 20L << 20, KNOWN, 100, 100, outcomes, Set.of());
    }

    /**
     * The same settings, with requests enabled only in some offices (a pilot).
     *
     * @param offices the pilot offices; empty for every office
     * @return new settings
     */
    public RequestSettings withPilot(Set<OfficeCode> offices) {
        return new RequestSettings(maxFiles, maxFileBytes, maxTotalBytes, allowedTypes, maxFileNameLength,
                maxCompressionRatio, outcomes, offices);
    }

    /**
     * The same settings with other size limits.
     *
     * @param perFile bytes per file
     * @param total   bytes per submission
     * @return new settings
     */
    public RequestSettings withSizeLimits(long perFile, long total) {
        return new RequestSettings(maxFiles, perFile, total, allowedTypes, maxFileNameLength, maxCompressionRatio,
                outcomes, pilotOffices);
    }

    /**
     * The same settings with other outcomes.
     *
     * @param codesAndLabels outcome codes and their labels, in order
     * @return new settings
     */
    public RequestSettings withOutcomes(Map<String, String> codesAndLabels) {
        return new RequestSettings(maxFiles, maxFileBytes, maxTotalBytes, allowedTypes, maxFileNameLength,
                maxCompressionRatio, codesAndLabels, pilotOffices);
    }

    /** The zip guard's limit on entries: the files and the manifest. */
    public int maxArchiveEntries() {
        return maxFiles + 1;
    }

    /** The zip guard's limit on inflated bytes: the files and a manifest of up to 64 KiB. */
    public long maxInflatedBytes() {
        return maxTotalBytes + (64L << 10);
    }
}
