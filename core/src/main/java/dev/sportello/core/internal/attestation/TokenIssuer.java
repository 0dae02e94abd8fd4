package dev.sportello.core.internal.attestation;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.attestation.AttestationId;
import dev.sportello.attestation.HolderForm;
import dev.sportello.attestation.IssueAttestation;
import dev.sportello.attestation.spi.AttestationRecord;
import dev.sportello.attestation.spi.AttestationStore;
import dev.sportello.attestation.verifier.Attestation;
import dev.sportello.attestation.verifier.AttestationClaims;
import dev.sportello.attestation.verifier.AttestationEncoder;
import dev.sportello.attestation.verifier.AttestationFormatException;
import dev.sportello.attestation.verifier.Holder;
import dev.sportello.attestation.verifier.PercentageBand;
import dev.sportello.attestation.verifier.StatusCategory;
import dev.sportello.attestation.verifier.StatusReference;
import dev.sportello.core.AttestationSettings;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.medical.AttestationFacts;
import dev.sportello.dossiers.spi.DossierRecord;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Makes one token from the facts of an attested status: the expiry (the earliest of the review date's start in
 * the SDK's zone and the configured lifetime), the status-list entry, the claims (minimal data), the signature.
 *
 * <p>Thread-safe.
 */
final class TokenIssuer {
    private final AttestationSettings settings;
    private final SignerBridge signer;
    private final ZoneId zone;

    TokenIssuer(AttestationSettings settings, SignerBridge signer, ZoneId zone) {
        this.settings = settings;
        this.signer = signer;
        this.zone = zone;
    }

    SignerBridge signer() {
        return signer;
    }

    /** The status list URI of a list number. */
    String listUri(int listNumber) {
        return settings.statusBaseUri() + "/" + listNumber;
    }

    /**
     * Issues and stores a token.
     *
     * @throws SportelloException {@code ATT_VALIDITY_OVER}, {@code ATT_SIGNING_FAILED} (before anything is stored)
     */
    AttestationRecord issue(Tx tx, AttestationFacts facts, DossierRecord dossier, IssueAttestation command) {
        Instant issuedAt = tx.now().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(settings.lifetime());
        if (facts.validUntil() != null) {
            Instant review = facts.validUntil().atStartOfDay(zone).toInstant();
            expiresAt = review.isBefore(expiresAt) ? review : expiresAt;
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw SportelloException.of(ErrorCode.ATT_VALIDITY_OVER, Map.of("dossier", facts.dossier().value(),
                    "validUntil", String.valueOf(facts.validUntil())));
        }
        Holder holder = holder(facts, command);
        AttestationStore store = tx.store(AttestationStore.class);
        UUID uuid = tx.newUuid();
        long entry = store.allocateEntry();
        int listNumber = Math.toIntExact(entry / settings.listSize() + 1);
        long index = entry % settings.listSize();
        String text;
        try {
            AttestationClaims claims = new AttestationClaims(settings.issuer(), issuedAt, expiresAt, bytes(uuid),
                    new StatusReference(listUri(listNumber), index), new Attestation(holder, category(facts),
                    band(facts), facts.validFrom(), facts.validUntil()));
            text = AttestationEncoder.encode(claims, signer);
        } catch (AttestationFormatException e) {
            throw SignerBridge.failed(e.code() + " on " + e.field());
        }
        AttestationRecord record = new AttestationRecord(new AttestationId(uuid), facts.dossier(), dossier.owner(),
                dossier.office(), facts.edition(), command.form(), signer.keyIdHex(), listNumber, index, issuedAt,
                expiresAt, text, null, null);
        store.insert(record);
        return record;
    }

    private static Holder holder(AttestationFacts facts, IssueAttestation command) {
        try {
            if (command.form() == HolderForm.DOCUMENT_REFERENCE) {
                return new Holder.DocumentReference(command.documentReference());
            }
            String name = facts.holderName().strip().replaceAll("\\s+", " ");
            int cut = name.lastIndexOf(' ');
            String given = cut < 0 ? name : name.substring(0, cut);
            String family = cut < 0 ? name : name.substring(cut + 1);
            return new Holder.Named(truncate(family), truncate(given), facts.holderBirthDate());
        } catch (AttestationFormatException e) {
            throw SportelloException.invalidField(ErrorCode.VALUE_INVALID, "holder." + e.field(),
                    Map.of("type", "IssueAttestation", "field", "holder." + e.field(), "reason", e.code()));
        }
    }

    private static String truncate(String text) {
        return text.length() <= Holder.MAX_LENGTH ? text : text.substring(0, Holder.MAX_LENGTH).strip();
    }

    private static StatusCategory category(AttestationFacts facts) {
        return switch (facts.category()) {
            case CIVIL_INVALIDITY -> StatusCategory.CIVIL_INVALIDITY;
            case DEAFNESS -> StatusCategory.DEAFNESS;
            case BLINDNESS -> StatusCategory.BLINDNESS;
            case HANDICAP_LAW_104 -> StatusCategory.HANDICAP_L104;
            case DISABILITY_LAW_68 -> StatusCategory.DISABILITY_L68;
        };
    }

    private static PercentageBand band(AttestationFacts facts) {
        return switch (facts.band()) {
            case NONE -> null;
            case BELOW_34 -> PercentageBand.FROM_0;
            case FROM_34_TO_45 -> PercentageBand.FROM_34;
            case FROM_46_TO_66 -> PercentageBand.FROM_46;
            case FROM_67_TO_73 -> PercentageBand.FROM_67;
            case FROM_74_TO_99 -> PercentageBand.FROM_74;
            case TOTAL -> PercentageBand.FULL;
        };
    }

    private static byte[] bytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
    }
}
