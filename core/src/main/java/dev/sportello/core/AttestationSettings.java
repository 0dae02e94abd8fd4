package dev.sportello.core;

import dev.sportello.attestation.spi.AttestationSigner;
import dev.sportello.attestation.spi.SignatureAlgorithm;
import dev.sportello.core.internal.attestation.GeneratedSigner;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The attestation area (R-DOS-5): the issuer's name, the status lists' base URI and size, a token's lifetime, the
 * current signer with its window, the keys published before it (key rotation: a token keeps verifying while its
 * key is in the trust list), and the trust list's anchor signer.
 *
 * <p>Defaults: issuer {@code IT-SPORTELLO}; status base URI {@code https://attestations.invalid/status}; 180 days;
 * 131,072 entries a list; a current signer and an anchor signer with <strong>in-memory ES256 keys generated when
 * the settings are built: they do not survive a restart</strong> (tokens issued before one stop verifying), so
 * production configures HSM- or KMS-backed signers.
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class AttestationSettings {
    /** The latest end of a key's window, when none is given. */
    public static final Instant OPEN_END = Instant.parse("2199-12-31T00:00:00Z");
    private static final Pattern HTTPS = Pattern.compile("https://[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]{1,500}");

    private final String issuer;
    private final String statusBaseUri;
    private final Duration lifetime;
    private final int listSize;
    private final AttestationSigner signer;
    private final Instant signerSince;
    private final List<PublishedKey> previousKeys;
    private final AttestationSigner anchor;

    private AttestationSettings(Builder b) {
        issuer = b.issuer;
        statusBaseUri = b.statusBaseUri;
        lifetime = b.lifetime;
        listSize = b.listSize;
        signer = b.signer != null ? b.signer : GeneratedSigner.generate(SignatureAlgorithm.ES256);
        signerSince = b.signerSince;
        previousKeys = List.copyOf(b.previousKeys);
        anchor = b.anchor != null ? b.anchor : GeneratedSigner.generate(SignatureAlgorithm.ES256);
    }

    /** The defaults (with freshly generated in-memory keys). */
    public static AttestationSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A signer with a freshly generated in-memory key, for tests and the embedded default: its key does not
     * survive a restart.
     *
     * @param algorithm the algorithm, not null
     * @return the signer, thread-safe
     * @throws dev.sportello.InvalidInputException {@code CONFIG_INVALID} for a null algorithm
     */
    public static AttestationSigner inMemorySigner(SignatureAlgorithm algorithm) {
        return GeneratedSigner.generate(SettingsChecks.required(algorithm, "algorithm"));
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.issuer = issuer;
        b.statusBaseUri = statusBaseUri;
        b.lifetime = lifetime;
        b.listSize = listSize;
        b.signer = signer;
        b.signerSince = signerSince;
        b.previousKeys.addAll(previousKeys);
        b.anchor = anchor;
        return b;
    }

    /** The issuer named in every token and in the trust list; never null. */
    public String issuer() {
        return issuer;
    }

    /** The status lists' base URI: list {@code n} is at {@code statusBaseUri + "/" + n}; never null. */
    public String statusBaseUri() {
        return statusBaseUri;
    }

    /** A token's longest lifetime (the report's review date may end it sooner); never null. */
    public Duration lifetime() {
        return lifetime;
    }

    /** The entries of a status list; a full list rolls to the next. */
    public int listSize() {
        return listSize;
    }

    /** The signer of new tokens and of the status lists; never null. */
    public AttestationSigner signer() {
        return signer;
    }

    /** The start of the current signer's window; never null. */
    public Instant signerSince() {
        return signerSince;
    }

    /** The keys published before the current signer; never null, immutable. */
    public List<PublishedKey> previousKeys() {
        return previousKeys;
    }

    /** The trust list's signer (the anchor verifiers are configured with); never null. */
    public AttestationSigner anchor() {
        return anchor;
    }

    /**
     * A key published before the current one, kept in the trust list for the tokens it signed.
     *
     * <p>Immutable and thread-safe.
     *
     * @param algorithm its algorithm
     * @param key       its published DER (SubjectPublicKeyInfo or certificate)
     * @param notBefore the first issue time it signed for
     * @param notAfter  the last issue time it signed for
     */
    public record PublishedKey(SignatureAlgorithm algorithm, byte[] key, Instant notBefore, Instant notAfter) {
        /**
         * Checks and copies.
         *
         * @throws dev.sportello.InvalidInputException {@code CONFIG_INVALID}
         */
        public PublishedKey {
            SettingsChecks.required(algorithm, "previousKey.algorithm");
            key = SettingsChecks.required(key, "previousKey.key").clone();
            SettingsChecks.required(notBefore, "previousKey.notBefore");
            SettingsChecks.required(notAfter, "previousKey.notAfter");
            if (!notAfter.isAfter(notBefore)) {
                throw SettingsChecks.invalid("previousKey.notAfter", "after notBefore");
            }
        }

        /** A copy of the DER. */
        @Override
        public byte[] key() {
            return key.clone();
        }
    }

    /** Builds {@link AttestationSettings}; every setter checks its value ({@code CONFIG_INVALID}). Not thread-safe. */
    public static final class Builder {
        private String issuer = "IT-SPORTELLO";
        private String statusBaseUri = "https://attestations.invalid/status";
        private Duration lifetime = Duration.ofDays(180);
        private int listSize = 131_072;
        private AttestationSigner signer;
        private Instant signerSince = Instant.EPOCH;
        private final List<PublishedKey> previousKeys = new ArrayList<>();
        private AttestationSigner anchor;

        private Builder() {
        }

        /**
         * The issuer's name, 1–64 letters, digits, {@code -} or {@code .}.
         *
         * @param value the name
         * @return this builder
         */
        public Builder issuer(String value) {
            if (value == null || !value.matches("[A-Za-z0-9.-]{1,64}")) {
                throw SettingsChecks.invalid("issuer", "1-64 letters, digits, '-' or '.'");
            }
            issuer = value;
            return this;
        }

        /**
         * The status lists' base URI, https, without a trailing slash.
         *
         * @param value the URI
         * @return this builder
         */
        public Builder statusBaseUri(String value) {
            if (value == null || !HTTPS.matcher(value).matches() || value.endsWith("/")) {
                throw SettingsChecks.invalid("statusBaseUri", "an https URI without a trailing slash");
            }
            statusBaseUri = value;
            return this;
        }

        /**
         * A token's longest lifetime: 1 hour to 5 years, whole seconds.
         *
         * @param value the lifetime
         * @return this builder
         */
        public Builder lifetime(Duration value) {
            lifetime = SettingsChecks.range(value, Duration.ofHours(1), Duration.ofDays(5 * 366), "lifetime");
            if (lifetime.getNano() != 0) {
                throw SettingsChecks.invalid("lifetime", "whole seconds");
            }
            return this;
        }

        /**
         * The entries of a status list: a multiple of 8, from 8 to 8,388,608.
         *
         * @param value the size
         * @return this builder
         */
        public Builder listSize(int value) {
            listSize = SettingsChecks.range(value, 8, 8_388_608, "listSize");
            if (value % 8 != 0) {
                throw SettingsChecks.invalid("listSize", "a multiple of 8");
            }
            return this;
        }

        /**
         * The signer of new tokens and status lists, and the start of its window (the current key's window ends
         * at {@link #OPEN_END}). On a rotation, publish the previous signer's key with {@link #previousKey}.
         *
         * @param value the signer
         * @param since the first issue time it signs for
         * @return this builder
         */
        public Builder signer(AttestationSigner value, Instant since) {
            signer = SettingsChecks.required(value, "signer");
            signerSince = SettingsChecks.required(since, "signerSince");
            return this;
        }

        /**
         * Adds a key published before the current one (it stays in the trust list).
         *
         * @param value the key
         * @return this builder
         */
        public Builder previousKey(PublishedKey value) {
            previousKeys.add(SettingsChecks.required(value, "previousKey"));
            return this;
        }

        /**
         * The trust list's anchor signer.
         *
         * @param value the signer
         * @return this builder
         */
        public Builder anchor(AttestationSigner value) {
            anchor = SettingsChecks.required(value, "anchor");
            return this;
        }

        /** The settings (generating in-memory keys for a signer or anchor not set). */
        public AttestationSettings build() {
            return new AttestationSettings(this);
        }
    }
}
