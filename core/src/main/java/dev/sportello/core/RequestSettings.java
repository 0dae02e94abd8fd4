package dev.sportello.core;

import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.Topic;
import dev.sportello.requests.spi.ProtocolRegistry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The requests area (R-REQ-1…7): attachment limits, outcomes, pilot offices, the integrator's topics and
 * an optional external protocol registry.
 *
 * <p>Defaults: 3 files, 10 MiB per file, 20 MiB in all, PDF, JPEG, PNG and TIFF (detected from the
 * content), names up to 100 characters; stored archives are read back only if they hold at most
 * {@code maxFiles + 1} entries, inflate to at most the total limit plus 64 KiB, and no entry inflates more
 * than 100 times its compressed size. Outcomes ACCEPTED, PARTIALLY_ACCEPTED, REJECTED, ANSWERED,
 * NOT_COMPETENT. Enabled in every office. The seed topics. Protocol numbers from the SDK's own gapless
 * sequence per office and year.
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class RequestSettings {
    private static final Set<String> KNOWN = Set.of("application/pdf", "image/jpeg", "image/png", "image/tiff");

    private final int maxFiles;
    private final long maxFileBytes;
    private final long maxTotalBytes;
    private final Set<String> allowedTypes;
    private final int maxFileNameLength;
    private final int maxCompressionRatio;
    private final Map<String, String> outcomes;
    private final Set<OfficeCode> pilotOffices;
    private final List<Topic> topics;
    private final ProtocolRegistry protocolRegistry;

    private RequestSettings(Builder b) {
        maxFiles = b.maxFiles;
        maxFileBytes = b.maxFileBytes;
        maxTotalBytes = b.maxTotalBytes;
        allowedTypes = Set.copyOf(b.allowedTypes);
        maxFileNameLength = b.maxFileNameLength;
        maxCompressionRatio = b.maxCompressionRatio;
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(b.outcomes));
        pilotOffices = Set.copyOf(b.pilotOffices);
        topics = List.copyOf(b.topics);
        protocolRegistry = b.protocolRegistry;
    }

    /** The defaults. */
    public static RequestSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxFiles = maxFiles;
        b.maxFileBytes = maxFileBytes;
        b.maxTotalBytes = maxTotalBytes;
        b.allowedTypes = allowedTypes;
        b.maxFileNameLength = maxFileNameLength;
        b.maxCompressionRatio = maxCompressionRatio;
        b.outcomes = outcomes;
        b.pilotOffices = pilotOffices;
        b.topics.addAll(topics);
        b.protocolRegistry = protocolRegistry;
        return b;
    }

    /** Files per submission or answer, 0 to 10. */
    public int maxFiles() {
        return maxFiles;
    }

    /** Bytes per file. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Bytes per submission or answer. */
    public long maxTotalBytes() {
        return maxTotalBytes;
    }

    /** Content types accepted, detected from the bytes. */
    public Set<String> allowedTypes() {
        return allowedTypes;
    }

    /** The longest sanitised file name. */
    public int maxFileNameLength() {
        return maxFileNameLength;
    }

    /** The zip guard's largest inflated/compressed ratio per entry. */
    public int maxCompressionRatio() {
        return maxCompressionRatio;
    }

    /** Outcome codes and their Italian labels, in display order. */
    public Map<String, String> outcomes() {
        return outcomes;
    }

    /** The offices where requests are enabled; empty for every office (R-REQ-7). */
    public Set<OfficeCode> pilotOffices() {
        return pilotOffices;
    }

    /** The integrator's topics, added to the seed topics or replacing a seed topic with the same code. */
    public List<Topic> topics() {
        return topics;
    }

    /** The external protocol registry, if one is configured. */
    public Optional<ProtocolRegistry> protocolRegistry() {
        return Optional.ofNullable(protocolRegistry);
    }

    /** The zip guard's limit on entries: the files and the manifest. */
    public int maxArchiveEntries() {
        return maxFiles + 1;
    }

    /** The zip guard's limit on inflated bytes: the files and a manifest of up to 64 KiB. */
    public long maxInflatedBytes() {
        return maxTotalBytes + (64L << 10);
    }

    /**
     * The same settings, with requests enabled only in some offices (a pilot).
     *
     * @param offices the pilot offices; empty for every office
     * @return new settings
     */
    public RequestSettings withPilot(Set<OfficeCode> offices) {
        return toBuilder().pilotOffices(offices).build();
    }

    /**
     * The same settings with other size limits.
     *
     * @param perFile bytes per file
     * @param total   bytes per submission
     * @return new settings
     */
    public RequestSettings withSizeLimits(long perFile, long total) {
        return toBuilder().sizeLimits(perFile, total).build();
    }

    /** Collects the settings; each setter checks its value ({@code CONFIG_INVALID} naming it). Not thread-safe. */
    public static final class Builder {
        private int maxFiles = 3;
        private long maxFileBytes = 10L << 20;
        private long maxTotalBytes = 20L << 20;
        private Set<String> allowedTypes = KNOWN;
        private int maxFileNameLength = 100;
        private int maxCompressionRatio = 100;
        private Map<String, String> outcomes = defaultOutcomes();
        private Set<OfficeCode> pilotOffices = Set.of();
        private final List<Topic> topics = new ArrayList<>();
        private ProtocolRegistry protocolRegistry;

        private Builder() {
        }

        private static Map<String, String> defaultOutcomes() {
            Map<String, String> outcomes = new LinkedHashMap<>();
            outcomes.put("ACCEPTED", "Accolta");
            outcomes.put("PARTIALLY_ACCEPTED", "Accolta in parte");
            outcomes.put("REJECTED", "Respinta");
            outcomes.put("ANSWERED", "Risposta fornita");
            outcomes.put("NOT_COMPETENT", "Non di competenza");
            return outcomes;
        }

        /**
         * Files per submission or answer (R-REQ-2: 3).
         *
         * @param value 0 to 10
         * @return this builder
         */
        public Builder maxFiles(int value) {
            maxFiles = SettingsChecks.range(value, 0, 10, "RequestSettings.maxFiles");
            return this;
        }

        /**
         * Size limits.
         *
         * @param perFile bytes per file, 1 byte to 100 MiB
         * @param total   bytes per submission, at least {@code perFile}, at most 200 MiB
         * @return this builder
         */
        public Builder sizeLimits(long perFile, long total) {
            SettingsChecks.range(perFile, 1, 100L << 20, "RequestSettings.maxFileBytes");
            maxTotalBytes = SettingsChecks.range(total, perFile, 200L << 20, "RequestSettings.maxTotalBytes");
            maxFileBytes = perFile;
            return this;
        }

        /**
         * The content types accepted.
         *
         * @param value among application/pdf, image/jpeg, image/png, image/tiff
         * @return this builder
         */
        public Builder allowedTypes(Set<String> value) {
            if (value == null || value.stream().anyMatch(t -> t == null || !KNOWN.contains(t))) {
                throw SettingsChecks.invalid("RequestSettings.allowedTypes", "among " + KNOWN.stream().sorted().toList());
            }
            allowedTypes = Set.copyOf(value);
            return this;
        }

        /**
         * The longest sanitised file name.
         *
         * @param value 16 to 255
         * @return this builder
         */
        public Builder maxFileNameLength(int value) {
            maxFileNameLength = SettingsChecks.range(value, 16, 255, "RequestSettings.maxFileNameLength");
            return this;
        }

        /**
         * The zip guard's largest inflated/compressed ratio per entry.
         *
         * @param value 2 to 1000
         * @return this builder
         */
        public Builder maxCompressionRatio(int value) {
            maxCompressionRatio = SettingsChecks.range(value, 2, 1000, "RequestSettings.maxCompressionRatio");
            return this;
        }

        /**
         * The outcomes an operator may close a request with.
         *
         * @param codesAndLabels codes (upper case) and their labels, in display order, at least one
         * @return this builder
         */
        public Builder outcomes(Map<String, String> codesAndLabels) {
            if (codesAndLabels == null || codesAndLabels.isEmpty() || codesAndLabels.entrySet().stream().anyMatch(e ->
                    e.getKey() == null || !e.getKey().matches("[A-Z][A-Z0-9_]{1,39}") || e.getValue() == null
                            || e.getValue().isBlank())) {
                throw SettingsChecks.invalid("RequestSettings.outcomes", "at least one upper-case code with a label");
            }
            outcomes = new LinkedHashMap<>(codesAndLabels);
            return this;
        }

        /**
         * The offices where requests are enabled (a pilot, R-REQ-7).
         *
         * @param value the offices; empty for every office
         * @return this builder
         */
        public Builder pilotOffices(Set<OfficeCode> value) {
            if (value == null || value.stream().anyMatch(o -> o == null)) {
                throw SettingsChecks.invalid("RequestSettings.pilotOffices", "a set of offices, empty for all");
            }
            pilotOffices = Set.copyOf(value);
            return this;
        }

        /**
         * Adds a topic, or replaces a seed topic with the same code.
         *
         * @param value the topic, not null
         * @return this builder
         */
        public Builder topic(Topic value) {
            topics.add(SettingsChecks.required(value, "RequestSettings.topic"));
            return this;
        }

        /**
         * An external protocol registry instead of the SDK's gapless numbering.
         *
         * @param value the registry, not null
         * @return this builder
         */
        public Builder protocolRegistry(ProtocolRegistry value) {
            protocolRegistry = SettingsChecks.required(value, "RequestSettings.protocolRegistry");
            return this;
        }

        /** The settings. */
        public RequestSettings build() {
            return new RequestSettings(this);
        }
    }
}
