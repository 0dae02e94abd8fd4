package dev.sportello.core.internal.medical;

import dev.sportello.medical.CallToActionId;
import dev.sportello.dossiers.MedicalReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rule of the guide's calls to action (R-DOS-4): the Disability Card only when the holder is entitled,
 * the QR code only when the status is attested, every one only when its link is configured. The one place
 * that decides: the view model, the HTML, the text and the notice all take what it answers.
 *
 * <p>Thread-safe (stateless).
 */
final class CallsToAction {
    private CallsToAction() {
    }

    static List<CallToActionId> visible(MedicalReport report, Map<CallToActionId, String> links) {
        List<CallToActionId> shown = new ArrayList<>();
        for (CallToActionId id : CallToActionId.values()) {
            boolean allowed = switch (id) {
                case DISABILITY_CARD -> report.disabilityCardEntitled();
                case QR_CODE -> report.statusAttested();
                default -> true;
            };
            if (allowed && links.containsKey(id)) {
                shown.add(id);
            }
        }
        return shown;
    }
}
