package dev.sportello.core.internal.attestation;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.attestation.spi.AttestationStore;
import dev.sportello.attestation.verifier.AttestationFormatException;
import dev.sportello.attestation.verifier.SignerKey;
import dev.sportello.attestation.verifier.StatusList;
import dev.sportello.attestation.verifier.TrustList;
import dev.sportello.core.AttestationSettings;
import dev.sportello.core.internal.kernel.Kernel;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The documents verifiers download: the trust list (the current key and the previous ones with their windows,
 * signed by the anchor; next update in a day, expiry in a week) and the status lists (built from the store's
 * revoked indexes, signed by the current key, valid for a day, to be fetched again after 12 hours).
 *
 * <p>Thread-safe.
 */
final class PublishedLists {
    static final Duration TRUST_NEXT_UPDATE = Duration.ofDays(1);
    static final Duration TRUST_VALIDITY = Duration.ofDays(7);
    static final Duration STATUS_VALIDITY = Duration.ofDays(1);
    static final Duration STATUS_TTL = Duration.ofHours(12);

    private final Kernel kernel;
    private final AttestationSettings settings;
    private final TokenIssuer issuer;
    private final SignerBridge anchor;

    PublishedLists(Kernel kernel, AttestationSettings settings, TokenIssuer issuer, SignerBridge anchor) {
        this.kernel = kernel;
        this.settings = settings;
        this.issuer = issuer;
        this.anchor = anchor;
    }

    /** The trust list as last signed, and when: its inputs are fixed for the SDK's life, only its times move. */
    private record Signed(Instant at, byte[] bytes) {
    }

    /** Re-signed after this long, well inside the next update it announces: a public download is not an HSM call each. */
    static final Duration TRUST_RESIGN_AFTER = Duration.ofHours(1);

    private volatile Signed trust;

    byte[] trustList() {
        Instant now = kernel.now().truncatedTo(ChronoUnit.SECONDS);
        Signed last = trust;
        if (last == null || now.isBefore(last.at()) || !now.isBefore(last.at().plus(TRUST_RESIGN_AFTER))) {
            last = new Signed(now, signTrustList(now));
            trust = last;
        }
        return last.bytes().clone();
    }

    private byte[] signTrustList(Instant now) {
        List<SignerKey> keys = new ArrayList<>();
        for (AttestationSettings.PublishedKey k : settings.previousKeys()) {
            keys.add(new SignerKey(SignerBridge.cose(k.algorithm()), k.key(), k.notBefore(), k.notAfter()));
        }
        SignerBridge current = issuer.signer();
        keys.add(new SignerKey(current.algorithm(), current.publishedKey(), settings.signerSince(),
                AttestationSettings.OPEN_END));
        try {
            return TrustList.of(settings.issuer(), now, now.plus(TRUST_NEXT_UPDATE), now.plus(TRUST_VALIDITY), keys)
                    .sign(anchor);
        } catch (AttestationFormatException e) {
            throw SignerBridge.failed(e.code() + " on " + e.field());
        }
    }

    byte[] statusList(int listNumber) {
        Instant now = kernel.now().truncatedTo(ChronoUnit.SECONDS);
        BitSet revoked = kernel.system(tx -> {
            AttestationStore store = tx.store(AttestationStore.class);
            long inUse = Math.max(1, (store.allocatedEntries() + settings.listSize() - 1) / settings.listSize());
            if (listNumber < 1 || listNumber > inUse) {
                throw SportelloException.of(ErrorCode.ATT_STATUS_LIST_UNKNOWN, Map.of("list", Integer.toString(listNumber),
                        "lists", Long.toString(inUse)));
            }
            BitSet bits = new BitSet(settings.listSize());
            store.revokedIndexes(listNumber).forEach(i -> bits.set(Math.toIntExact(i)));
            return bits;
        });
        try {
            return StatusList.sign(issuer.listUri(listNumber), revoked, settings.listSize(), now, now.plus(STATUS_VALIDITY),
                    STATUS_TTL, issuer.signer());
        } catch (AttestationFormatException e) {
            throw SignerBridge.failed(e.code() + " on " + e.field());
        }
    }
}
