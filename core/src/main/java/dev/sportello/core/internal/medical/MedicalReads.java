package dev.sportello.core.internal.medical;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.MedicalSettings;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.notifications.Recipient;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.medical.Audience;
import dev.sportello.medical.Guide;
import dev.sportello.medical.GuideFigure;
import dev.sportello.medical.GuideInteraction;
import dev.sportello.medical.MedicalReportView;
import dev.sportello.medical.MedicalReports;
import dev.sportello.medical.spi.MedicalReportRecord;
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.offices.OperatorRole;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The medical-reports facade: reads of the report and of its guide in three renderings, each access-checked
 * (the holder, a delegate whose delegation covers the operation, an operator of the dossier's managing office;
 * denials audited by the kernel), and the anonymous interactions ({@link GuideFigures}).
 *
 * <p>Thread-safe.
 */
final class MedicalReads implements MedicalReports {
    /** The readers: the holder (or a delegate) and any operator of the managing office; no service. */
    static final ObjectAccess.Rule READERS = new ObjectAccess.Rule(true, EnumSet.allOf(OperatorRole.class), false);

    private final Kernel kernel;
    private final ObjectAccess access;
    private final Notifier notifier;
    private final GuideBuilder guides;
    private final MedicalSettings settings;
    private final GuideFigures figures;

    MedicalReads(Kernel kernel, ObjectAccess access, Notifier notifier, GuideBuilder guides, MedicalSettings settings,
                 GuideFigures figures) {
        this.kernel = kernel;
        this.access = access;
        this.notifier = notifier;
        this.guides = guides;
        this.settings = settings;
        this.figures = figures;
    }

    @Override
    public MedicalReportView report(Principal principal, DossierId dossier) {
        Checks.notNull(dossier, "report", "dossier");
        return kernel.execute(principal, Operation.MEDICAL_REPORT_READ, tx -> {
            MedicalReportRecord r = load(tx, principal, Operation.MEDICAL_REPORT_READ, access, dossier);
            return new MedicalReportView(r.dossier(), r.owner(), r.office(), r.report(), r.replacedEdition(), r.recordedAt(),
                    r.availableUntil(), AudienceRules.decide(r.report(), settings));
        });
    }

    @Override
    public Guide guide(Principal principal, DossierId dossier) {
        Checks.notNull(dossier, "guide", "dossier");
        return kernel.execute(principal, Operation.MEDICAL_GUIDE_READ, tx -> guideIn(tx, principal, dossier).guide());
    }

    @Override
    public String guideHtml(Principal principal, DossierId dossier) {
        Guide guide = guide(principal, dossier);
        return GuideRenderings.html(guide, guides.text(guide.language(), "nav"), guides.availableLine(guide));
    }

    @Override
    public String guideText(Principal principal, DossierId dossier) {
        Guide guide = guide(principal, dossier);
        return GuideRenderings.text(guide, guides.availableLine(guide), guides.text(guide.language(), "end"));
    }

    @Override
    public void record(Principal principal, DossierId dossier, GuideInteraction interaction) {
        Checks.notNull(dossier, "record", "dossier");
        Checks.notNull(interaction, "record", "interaction");
        kernel.execute(principal, Operation.MEDICAL_GUIDE_READ, tx -> {
            Shown shown = guideIn(tx, principal, dossier);
            if (shown.viewer() == ObjectAccess.Viewer.OWNER) {   // staff looking at a guide are not its recipients
                figures.count(tx, shown.guide(), shown.record().office(), interaction);
            }
            return null;
        });
    }

    @Override
    public List<GuideFigure> figures(Principal principal, java.time.LocalDate from, java.time.LocalDate to) {
        return figures.read(principal, from, to);
    }

    /** A guide as shown, with the record it was built from. */
    private record Shown(MedicalReportRecord record, ObjectAccess.Viewer viewer, Guide guide) {
    }

    private Shown guideIn(Tx tx, Principal principal, DossierId dossier) {
        ObjectAccess.Loaded<MedicalReportRecord> loaded = loadAs(tx, principal, Operation.MEDICAL_GUIDE_READ, access, dossier);
        MedicalReportRecord r = loaded.record();
        Audience audience = AudienceRules.decide(r.report(), settings);
        if (!audience.offered()) {
            throw SportelloException.of(ErrorCode.MED_GUIDE_NOT_OFFERED, Map.of("dossier", dossier.value()));
        }
        if (!tx.now().isBefore(r.availableUntil())) {
            throw SportelloException.of(ErrorCode.MED_GUIDE_EXPIRED, Map.of("dossier", dossier.value(),
                    "availableUntil", r.availableUntil().toString()));
        }
        Recipient holder = notifier.recipients().of(tx, r.owner());
        return new Shown(r, loaded.viewer(), guides.build(r, holder.user().name(), holder.language(), audience));
    }

    /**
     * Loads a dossier's medical report after checking the principal against the dossier.
     *
     * @throws SportelloException {@code DOS_NOT_FOUND}, access codes (audited), {@code MED_REPORT_NOT_FOUND}
     */
    static MedicalReportRecord load(Tx tx, Principal principal, Operation operation, ObjectAccess access, DossierId dossier) {
        return loadAs(tx, principal, operation, access, dossier).record();
    }

    /**
     * As {@link #load}, with who the principal is to the dossier. The record's office is the dossier's managing
     * office now (a dossier may move to another office after its report was recorded).
     */
    static ObjectAccess.Loaded<MedicalReportRecord> loadAs(Tx tx, Principal principal, Operation operation,
                                                           ObjectAccess access, DossierId dossier) {
        DossierRecord d = tx.store(DossierStore.class).find(dossier)
                .orElseThrow(() -> SportelloException.of(ErrorCode.DOS_NOT_FOUND, Map.of("dossier", dossier.value())));
        ObjectAccess.Viewer viewer = access.require(principal, operation, new ObjectAccess.Bound(d.id(), d.owner(), d.office()),
                READERS);
        MedicalReportRecord r = tx.store(MedicalReportStore.class).find(dossier)
                .orElseThrow(() -> SportelloException.of(ErrorCode.MED_REPORT_NOT_FOUND, Map.of("dossier", dossier.value())));
        return new ObjectAccess.Loaded<>(new MedicalReportRecord(r.dossier(), r.owner(), d.office(), r.report(),
                r.replacedEdition(), r.recordedAt(), r.availableUntil(), r.notice()), viewer);
    }
}
