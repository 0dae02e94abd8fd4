package dev.sportello.core.internal.dossiers;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.dossiers.DossierChange;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.dossiers.SequenceGap;
import dev.sportello.dossiers.StatusChange;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierStore;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies one checked report inside a transaction (R-DOS-1): first decides everything — stale or
 * repeated, owner and kind unchanged, never back, measures naming known payments, what changed — and
 * only then writes, so a refused report leaves nothing, even inside a batch's transaction. What the owner
 * should learn is kept for the batch's fan-out task ({@link DossierFanOut}), run after commit.
 *
 * <p>Thread-safe.
 */
final class ReportApplier {
    private final MedicalReportHook.Slot medical;

    ReportApplier() {
        this(new MedicalReportHook.Slot());
    }

    ReportApplier(MedicalReportHook.Slot medical) {
        this.medical = medical;
    }

    /**
     * Applies a report.
     *
     * @param tx      the transaction
     * @param report  the checked report
     * @param current the dossiers as this transaction knows them (updated with the result)
     * @return Applied or Unchanged
     * @throws SportelloException when the report is refused (nothing was written)
     * @throws WriteFailed         when a write failed (the transaction must roll back)
     */
    ReportResult apply(Tx tx, DossierReport report, FeedBatch batch) {
        DossierRecord stored = batch.dossier(report.dossier());
        if (stored != null && report.sequence() <= stored.sequence()) {
            if (report.sequence() < stored.sequence()) {
                return new ReportResult.Unchanged(report.dossier(), report.sequence(), ReportResult.Reason.STALE);
            }
            if (ReportFingerprint.matches(stored.fingerprint(), report)) {
                return new ReportResult.Unchanged(report.dossier(), report.sequence(), ReportResult.Reason.DUPLICATE);
            }
            throw SportelloException.of(ErrorCode.DOS_SEQUENCE_REUSED, Map.of("dossier", report.dossier().value(),
                    "sequence", Long.toString(report.sequence())));
        }
        if (stored == null) {
            if (!batch.ownerKnown(report.owner())) {
                throw SportelloException.invalidField(ErrorCode.DOS_OWNER_UNKNOWN, "owner", Map.of());
            }
        } else {
            unchangedIdentity(stored, report);
            if (report.status().isBefore(stored.status())) {
                throw SportelloException.of(ErrorCode.DOS_STATUS_BACKWARDS, Map.of("dossier", report.dossier().value(),
                        "status", stored.status().name(), "reported", report.status().name()));
            }
        }
        Map<String, Payment> knownPayments = stored == null ? Map.of()
                : batch.payments(report.dossier(), report.payments().stream().map(Payment::id).collect(Collectors.toSet()));
        Map<String, Measure> knownMeasures = stored == null ? Map.of()
                : batch.measures(report.dossier(), report.measures().stream().map(Measure::id).collect(Collectors.toSet()));
        requireKnownPayments(batch, report, stored);
        MedicalReportHook.Pending medicalReport = medical.decide(tx, stored, report);   // medical-reports hook (R-DOS-4)
        Set<DossierChange> changes = EnumSet.noneOf(DossierChange.class);
        if (medicalReport != null) {
            changes.add(DossierChange.MEDICAL_REPORT);
        }
        if (stored == null || stored.status() != report.status() || !Objects.equals(stored.statusNote(), report.statusNote())) {
            changes.add(DossierChange.STATUS);
        }
        if (report.outcome() != null && (stored == null || !report.outcome().equals(stored.outcome()))) {
            changes.add(DossierChange.OUTCOME);
        }
        if (stored != null && !stored.office().equals(report.office())) {
            changes.add(DossierChange.OFFICE);
        }
        List<Measure> newMeasures = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        for (Measure measure : report.measures()) {
            Measure known = knownMeasures.get(measure.id());
            if (known == null) {
                newMeasures.add(measure);
                measures.add(measure);
                changes.add(DossierChange.MEASURE);
            } else if (!known.equals(measure)) {
                measures.add(measure);
                changes.add(DossierChange.DETAIL);
            }
        }
        List<Payment> newPayments = new ArrayList<>();
        List<Payment> returned = new ArrayList<>();
        List<Payment> payments = new ArrayList<>();
        for (Payment payment : report.payments()) {
            Payment known = knownPayments.get(payment.id());
            if (known == null || !known.equals(payment)) {
                payments.add(payment);
            }
            if (known == null) {
                newPayments.add(payment);
                changes.add(DossierChange.PAYMENT);
            } else if (!known.equals(payment)) {
                changes.add(DossierChange.DETAIL);
            }
            if (payment.status() == PaymentStatus.RETURNED && (known == null || known.status() != PaymentStatus.RETURNED)) {
                returned.add(payment);
                changes.add(DossierChange.PAYMENT_RETURNED);
            }
        }
        PersonalData personal = personalData(batch, report);
        if (personal != null) {
            changes.add(DossierChange.PERSONAL_DATA);
        }
        SequenceGap gap = stored != null && report.sequence() > stored.sequence() + 1
                ? new SequenceGap(stored.sequence() + 1, report.sequence() - 1, tx.now()) : null;
        List<SequenceGap> gaps = new ArrayList<>(stored == null ? List.of() : stored.gaps());
        if (gap != null) {
            gaps.add(gap);
        }
        DossierRecord.Builder next = (stored == null ? DossierRecord.builder().id(report.dossier()).kind(report.kind())
                .owner(report.owner()).createdAt(tx.now()).version(0) : stored.toBuilder().version(stored.version() + 1))
                .office(report.office()).status(report.status()).statusNote(report.statusNote())
                .lastChangeAt(report.occurredAt()).outcome(report.outcome() != null ? report.outcome()
                        : stored == null ? null : stored.outcome())
                .sequence(report.sequence()).fingerprint(ReportFingerprint.of(report)).gaps(gaps).updatedAt(tx.now());
        DossierRecord record = next.build();
        try {
            batch.put(record, stored == null);
            if (changes.contains(DossierChange.STATUS)) {
                batch.appendTimeline(record.id(), new StatusChange(report.status(), report.statusNote(),
                        report.occurredAt(), report.sequence()));
            }
            if (!measures.isEmpty()) {
                batch.putMeasures(record.id(), measures);
            }
            if (!payments.isEmpty()) {
                batch.putPayments(record.id(), payments);
            }
            if (personal != null) {
                batch.putPersonalData(record.owner(), personal);
            }
            if (medicalReport != null) {
                medicalReport.write(tx, record);   // medical-reports hook (R-DOS-4)
            }
            if (stored == null) {
                tx.auditCreated("DOSSIER_REPORTED", record.id());
            } else {
                tx.audit("DOSSIER_REPORTED", record.id());
            }
            if (!changes.isEmpty()) {
                batch.announce(new DossierNews(record.id(), record.kind(), record.owner(), record.office().value(),
                        record.status(), record.statusNote(),
                        changes.contains(DossierChange.OUTCOME) ? record.outcome().text() : null,
                        changes, newMeasures.stream().map(Measure::kind).toList(),
                        newPayments.stream().map(DossierNotices::amountOf).toList(),
                        returned.stream().map(DossierNotices::amountOf).toList(), tx.newId()));
            }
        } catch (SportelloException e) {
            throw new WriteFailed(e);
        }
        return new ReportResult.Applied(record.id(), record.sequence(), record.version(), stored == null, changes, gap);
    }

    /** A failure after the report's first write: the transaction must not commit (the batch is run again). */
    static final class WriteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailed(SportelloException cause) {
            super(cause.code().name(), cause);
        }

        SportelloException failure() {
            return (SportelloException) getCause();
        }
    }

    private static void unchangedIdentity(DossierRecord stored, DossierReport report) {
        if (!stored.owner().equals(report.owner())) {
            throw SportelloException.of(ErrorCode.DOS_OWNER_CHANGED, Map.of("field", "owner", "dossier", stored.id().value()));
        }
        if (!stored.kind().equals(report.kind())) {
            throw SportelloException.of(ErrorCode.DOS_OWNER_CHANGED, Map.of("field", "kind", "dossier", stored.id().value()));
        }
    }

    /** A measure about a payment names one of this report's payments or a stored one. */
    private static void requireKnownPayments(FeedBatch batch, DossierReport report, DossierRecord stored) {
        Set<String> inReport = report.payments().stream().map(Payment::id).collect(Collectors.toSet());
        Set<String> named = report.measures().stream().map(Measure::payment).filter(p -> p != null && !inReport.contains(p))
                .collect(Collectors.toSet());
        if (named.isEmpty()) {
            return;
        }
        Set<String> known = stored == null ? Set.of() : batch.payments(report.dossier(), named).keySet();
        Optional<String> missing = named.stream().filter(p -> !known.contains(p)).sorted().findFirst();
        if (missing.isPresent()) {
            throw SportelloException.invalidField(ErrorCode.DOS_MEASURE_PAYMENT_UNKNOWN, "measures",
                    Map.of("payment", missing.get()));
        }
    }

    /** The reported personal data, if newer than and different from the stored ones; else null. */
    private static PersonalData personalData(FeedBatch batch, DossierReport report) {
        if (report.personalData() == null) {
            return null;
        }
        Optional<PersonalData> known = batch.personalData(report.owner());
        if (known.isPresent() && (!report.personalData().asOf().isAfter(known.get().asOf())
                || known.get().fields().equals(report.personalData().fields()))) {
            return null;
        }
        return report.personalData();
    }
}
