package dev.sportello.core.internal.attestation;

import dev.sportello.Arguments;
import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.attestation.AttestationId;
import dev.sportello.attestation.AttestationMessageKinds;
import dev.sportello.attestation.Attestations;
import dev.sportello.attestation.IssueAttestation;
import dev.sportello.attestation.IssuedAttestation;
import dev.sportello.attestation.QrFormat;
import dev.sportello.attestation.QrImage;
import dev.sportello.attestation.spi.AttestationRecord;
import dev.sportello.attestation.spi.AttestationStore;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.medical.AttestationFacts;
import dev.sportello.core.internal.medical.MedicalAttestations;
import dev.sportello.core.internal.notifications.Notification;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.notifications.Recipient;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.offices.OperatorRole;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.users.spi.ContactRecord;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The attestation facade (R-DOS-5). Issuing, rendering and e-mailing are for the holder, a covering delegate or an
 * operator of the managing office; revoking for an operator of that office or a granted service. Each call is one
 * transaction; the e-mail leaves through the outbox after commit.
 *
 * <p>Thread-safe.
 */
final class AttestationService implements Attestations {
    /** Who may issue, render and send: the holder (or a delegate) and the managing office's operators. */
    static final ObjectAccess.Rule HOLDERS = new ObjectAccess.Rule(true, EnumSet.allOf(OperatorRole.class), false);
    /** Who may revoke: the managing office's operators and granted services. */
    static final ObjectAccess.Rule REVOKERS = new ObjectAccess.Rule(false, EnumSet.allOf(OperatorRole.class), true);

    private final Kernel kernel;
    private final ObjectAccess access;
    private final MedicalAttestations medical;
    private final Notifier notifier;
    private final TokenIssuer issuer;
    private final PublishedLists lists;
    private final ZoneId zone;

    AttestationService(Kernel kernel, ObjectAccess access, MedicalAttestations medical, Notifier notifier,
                       TokenIssuer issuer, PublishedLists lists, ZoneId zone) {
        this.kernel = kernel;
        this.access = access;
        this.medical = medical;
        this.notifier = notifier;
        this.issuer = issuer;
        this.lists = lists;
        this.zone = zone;
    }

    @Override
    public IssuedAttestation issue(Principal principal, IssueAttestation command) {
        return kernel.execute(principal, Operation.ATTESTATION_ISSUE, command, tx -> {
            AttestationFacts facts = medical.require(tx, principal, Operation.ATTESTATION_ISSUE, command.dossier());
            DossierRecord dossier = tx.store(DossierStore.class).find(command.dossier()).orElseThrow();
            AttestationRecord r = issuer.issue(tx, facts, dossier, command);
            tx.auditCreated("ATTESTATION_ISSUED", r.id());
            return new IssuedAttestation(r.id(), r.qrText(), r.keyId(), r.issuedAt(), r.expiresAt(),
                    issuer.listUri(r.listNumber()), r.index());
        });
    }

    @Override
    public QrImage qr(Principal principal, AttestationId attestation, QrFormat format) {
        Checks.notNull(attestation, "qr", "attestation");
        Checks.notNull(format, "qr", "format");
        AttestationRecord r = kernel.execute(principal, Operation.ATTESTATION_ISSUE,
                tx -> usable(tx, principal, attestation));
        return QrRenderer.render(r.qrText(), format);
    }

    @Override
    public void email(Principal principal, AttestationId attestation) {
        Checks.notNull(attestation, "email", "attestation");
        kernel.execute(principal, Operation.ATTESTATION_ISSUE, tx -> {
            AttestationRecord r = usable(tx, principal, attestation);
            Recipient holder = notifier.recipients().of(tx, r.owner());
            ContactRecord address = holder.verified(Channel.EMAIL).orElseThrow(() -> SportelloException.of(
                    ErrorCode.ATT_EMAIL_NOT_VERIFIED, Map.of("attestation", attestation.toString())));
            byte[] png = QrRenderer.render(r.qrText(), QrFormat.PNG).content();
            notifier.notify(tx, Notification.to(holder, AttestationMessageKinds.QR_CODE).on(Channel.EMAIL)
                    .value("until", r.expiresAt().atZone(zone).toLocalDate().toString()).verifying(address).urgent()
                    .attachments(List.of(new EmailAttachment("attestazione-" + r.id() + ".png", "image/png", png)))
                    .build());
            tx.audit("ATTESTATION_SENT", r.id());
            return null;
        });
    }

    @Override
    public void revoke(Principal principal, AttestationId attestation, String reason) {
        Checks.notNull(attestation, "revoke", "attestation");
        Checks.notNull(reason, "revoke", "reason");
        String why = Arguments.wellFormed(reason.strip(), "revoke", "reason");
        Checks.argument(!why.isEmpty() && why.length() <= 200, "revoke", "reason", "Size", "1-200 characters");
        kernel.execute(principal, Operation.ATTESTATION_REVOKE, tx -> {
            AttestationRecord r = find(tx, attestation);
            DossierRecord d = dossier(tx, r);
            access.require(principal, Operation.ATTESTATION_REVOKE, new ObjectAccess.Bound(r.id(), d.owner(), d.office()),
                    REVOKERS);
            if (!tx.store(AttestationStore.class).revoke(attestation, tx.now(), why)) {
                throw revoked(attestation);
            }
            tx.audit("ATTESTATION_REVOKED", r.id());
            return null;
        });
    }

    @Override
    public byte[] trustList() {
        return lists.trustList();
    }

    @Override
    public byte[] statusList(int listNumber) {
        return lists.statusList(listNumber);
    }

    private AttestationRecord usable(Tx tx, Principal principal, AttestationId id) {
        AttestationRecord r = find(tx, id);
        DossierRecord d = dossier(tx, r);
        access.require(principal, Operation.ATTESTATION_ISSUE, new ObjectAccess.Bound(r.id(), d.owner(), d.office()), HOLDERS);
        if (r.revoked()) {
            throw revoked(id);
        }
        return r;
    }

    private static AttestationRecord find(Tx tx, AttestationId id) {
        return tx.store(AttestationStore.class).find(id).orElseThrow(() -> SportelloException.of(ErrorCode.ATT_NOT_FOUND,
                Map.of("attestation", id.toString())));
    }

    private static DossierRecord dossier(Tx tx, AttestationRecord r) {
        return tx.store(DossierStore.class).find(r.dossier()).orElseThrow(() -> SportelloException.of(
                ErrorCode.DOS_NOT_FOUND, Map.of("dossier", r.dossier().value())));
    }

    private static SportelloException revoked(AttestationId id) {
        return SportelloException.of(ErrorCode.ATT_REVOKED, Map.of("attestation", id.toString()));
    }
}
