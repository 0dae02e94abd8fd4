package dev.sportello.medical;

import dev.sportello.Principal;
import dev.sportello.dossiers.DossierId;

import java.time.LocalDate;
import java.util.List;

/**
 * Medical reports and their guide (R-DOS-4, R-NOT-4): {@code sdk.medicalReports()}. Reports arrive with
 * the dossier feed ({@link dev.sportello.dossiers.DossierReport#medicalReport()}); this facade reads them.
 * Every read checks the principal: the holder, a delegate whose delegation covers the operation (a parent
 * for a minor, R-DEL-1), or an operator of the dossier's managing office; denials are audited.
 *
 * <p>Thread-safe. Every method throws a {@link dev.sportello.SportelloException} with a stable code; null
 * arguments are refused with {@code VALUE_REQUIRED}.
 */
public interface MedicalReports {
    /**
     * The dossier's current medical report ({@code MEDICAL_REPORT_READ}).
     *
     * @param principal who asks
     * @param dossier   the dossier
     * @return the report with its audience and availability
     * @throws dev.sportello.SportelloException {@code DOS_NOT_FOUND}, {@code MED_REPORT_NOT_FOUND}, access codes
     */
    MedicalReportView report(Principal principal, DossierId dossier);

    /**
     * The guide as a view model for the portal ({@code MEDICAL_GUIDE_READ}: SPID L2 or higher, CIE or CNS).
     *
     * @param principal who asks (the holder or a delegate)
     * @param dossier   the dossier
     * @return the guide in the holder's language
     * @throws dev.sportello.SportelloException {@code DOS_NOT_FOUND}, {@code MED_REPORT_NOT_FOUND},
     *         {@code MED_GUIDE_NOT_OFFERED} (outside the audience), {@code MED_GUIDE_EXPIRED}, access codes
     */
    Guide guide(Principal principal, DossierId dossier);

    /**
     * The same guide as one accessible HTML document (headings in order, one h1, {@code lang}, landmarks,
     * link texts that name their destination, personalised text escaped).
     *
     * @param principal who asks
     * @param dossier   the dossier
     * @return the HTML document
     * @throws dev.sportello.SportelloException as {@link #guide}
     */
    String guideHtml(Principal principal, DossierId dossier);

    /**
     * The same guide as plain, linear text for screen readers.
     *
     * @param principal who asks
     * @param dossier   the dossier
     * @return the text
     * @throws dev.sportello.SportelloException as {@link #guide}
     */
    String guideText(Principal principal, DossierId dossier);

    /**
     * Counts an interaction with the guide, anonymously: the week, the dossier's managing office, the event
     * and the item — no user, no dossier ({@code MEDICAL_GUIDE_READ}).
     *
     * @param principal   who interacted (checked, never stored)
     * @param dossier     the dossier whose guide it was
     * @param interaction what happened
     * @throws dev.sportello.SportelloException as {@link #guide}, and {@code MED_GUIDE_ITEM_UNKNOWN} for an item
     *         that is not in the recipient's guide
     */
    void record(Principal principal, DossierId dossier, GuideInteraction interaction);

    /**
     * The dashboard figures between two weeks ({@code MEDICAL_FIGURES}: a service with the grant, or a
     * supervisor), ordered by week, office, event and item.
     *
     * @param principal who asks
     * @param from      a day of the first week
     * @param to        a day of the last week, within 53 weeks of {@code from}
     * @return the rows, small cells suppressed
     * @throws dev.sportello.SportelloException {@code VALUE_INVALID} for a bad range, access codes
     */
    List<GuideFigure> figures(Principal principal, LocalDate from, LocalDate to);
}
