package dev.sportello.core;

import dev.sportello.dossiers.DossierKind;
import dev.sportello.dossiers.DossierKindCode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dossiers area (R-DOS-1…3): the dossier kinds the integrator's systems of record report (data, with
 * labels in it/en/de), the documents accepted, and the size of the feed's transactions.
 *
 * <p>Defaults: the seed kinds (workplace injury, occupational disease, annuity, pension, civil-invalidity
 * assessment); PDF documents only (detected from the bytes), up to 20 MiB each; 500 reports per feed
 * transaction.
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class DossierSettings {
    private static final Set<String> KNOWN_TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/tiff");

    private final Map<DossierKindCode, DossierKind> kinds;
    private final long maxDocumentBytes;
    private final Set<String> documentTypes;
    private final int feedBatchSize;

    private DossierSettings(Builder b) {
        kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.kinds));
        maxDocumentBytes = b.maxDocumentBytes;
        documentTypes = Set.copyOf(b.documentTypes);
        feedBatchSize = b.feedBatchSize;
    }

    /** The defaults. */
    public static DossierSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.kinds.clear();
        b.kinds.putAll(kinds);
        b.maxDocumentBytes = maxDocumentBytes;
        b.documentTypes = documentTypes;
        b.feedBatchSize = feedBatchSize;
        return b;
    }

    /** The configured kinds, in the order given. */
    public Collection<DossierKind> kinds() {
        return kinds.values();
    }

    /**
     * A configured kind.
     *
     * @param code the code, may be null
     * @return the kind, if configured
     */
    public Optional<DossierKind> kind(DossierKindCode code) {
        return Optional.ofNullable(code == null ? null : kinds.get(code));
    }

    /** The largest document, in bytes. */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    /** The content types accepted for documents, detected from their bytes. */
    public Set<String> documentTypes() {
        return documentTypes;
    }

    /** How many reports of a bulk feed call share one transaction. */
    public int feedBatchSize() {
        return feedBatchSize;
    }

    /** The seed kinds. */
    static List<DossierKind> seedKinds() {
        return List.of(
                DossierKind.of(DossierKindCode.WORKPLACE_INJURY, "Infortunio sul lavoro", "Workplace injury", "Arbeitsunfall"),
                DossierKind.of(DossierKindCode.OCCUPATIONAL_DISEASE, "Malattia professionale", "Occupational disease",
                        "Berufskrankheit"),
                DossierKind.of(DossierKindCode.ANNUITY, "Rendita", "Annuity", "Rente"),
                DossierKind.of(DossierKindCode.PENSION, "Pensione", "Pension", "Pension"),
                DossierKind.of(DossierKindCode.CIVIL_INVALIDITY, "Invalidità civile", "Civil invalidity assessment",
                        "Feststellung der Zivilinvalidität"));
    }

    /** Collects the settings; each setter checks its value ({@code CONFIG_INVALID} naming it). Not thread-safe. */
    public static final class Builder {
        private final Map<DossierKindCode, DossierKind> kinds = new LinkedHashMap<>();
        private long maxDocumentBytes = 20L << 20;
        private Set<String> documentTypes = Set.of("application/pdf");
        private int feedBatchSize = 500;

        private Builder() {
            seedKinds().forEach(k -> kinds.put(k.code(), k));
        }

        /**
         * Adds a kind, or replaces the kind with the same code (a seed kind's labels).
         *
         * @param value the kind, not null
         * @return this builder
         */
        public Builder kind(DossierKind value) {
            DossierKind kind = SettingsChecks.required(value, "DossierSettings.kind");
            kinds.put(kind.code(), kind);
            return this;
        }

        /**
         * Keeps only the kinds given (no seed kind unless named).
         *
         * @param value the kinds, at least one, not null
         * @return this builder
         */
        public Builder onlyKinds(List<DossierKind> value) {
            if (value == null || value.isEmpty() || value.stream().anyMatch(k -> k == null)) {
                throw SettingsChecks.invalid("DossierSettings.kinds", "at least one kind, none null");
            }
            kinds.clear();
            value.forEach(k -> kinds.put(k.code(), k));
            return this;
        }

        /**
         * The largest document.
         *
         * @param value 1 byte to 200 MiB
         * @return this builder
         */
        public Builder maxDocumentBytes(long value) {
            maxDocumentBytes = SettingsChecks.range(value, 1, 200L << 20, "DossierSettings.maxDocumentBytes");
            return this;
        }

        /**
         * The content types accepted for documents.
         *
         * @param value among application/pdf, image/jpeg, image/png, image/tiff; at least one
         * @return this builder
         */
        public Builder documentTypes(Set<String> value) {
            if (value == null || value.isEmpty() || value.stream().anyMatch(t -> t == null || !KNOWN_TYPES.contains(t))) {
                throw SettingsChecks.invalid("DossierSettings.documentTypes", "among " + KNOWN_TYPES.stream().sorted().toList());
            }
            documentTypes = Set.copyOf(value);
            return this;
        }

        /**
         * How many reports of a bulk call share one transaction.
         *
         * @param value 1 to 1,000
         * @return this builder
         */
        public Builder feedBatchSize(int value) {
            feedBatchSize = SettingsChecks.range(value, 1, 1000, "DossierSettings.feedBatchSize");
            return this;
        }

        /** The settings. */
        public DossierSettings build() {
            return new DossierSettings(this);
        }
    }
}
