package dev.sportello.core.internal.medical;

import dev.sportello.core.MedicalSettings;
import dev.sportello.medical.Audience;
import dev.sportello.medical.AudienceRule;
import dev.sportello.medical.GuideVariant;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.MedicalReportKind;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who gets the notice and the guide of a report (R-DOS-4), as configured: adults with an ASL report, adults
 * who asked in a convention region, minors (reached in their own inbox, read by their parents through the
 * minor's delegation, R-DEL-1). Blind recipients get the screen-reader variant.
 *
 * <p>Thread-safe (stateless).
 */
final class AudienceRules {
    private AudienceRules() {
    }

    static Audience decide(MedicalReport report, MedicalSettings settings) {
        Set<AudienceRule> enabled = settings.audience();
        boolean minor = report.holderBirthDate().plusYears(18).isAfter(report.issuedOn());
        Set<AudienceRule> matched = EnumSet.noneOf(AudienceRule.class);
        if (minor) {
            if (enabled.contains(AudienceRule.MINORS_THROUGH_DELEGATION)) {
                matched.add(AudienceRule.MINORS_THROUGH_DELEGATION);
            }
        } else {
            if (enabled.contains(AudienceRule.ADULTS_WITH_ASL_REPORT) && report.issuedBy().kind() == IssuerKind.ASL) {
                matched.add(AudienceRule.ADULTS_WITH_ASL_REPORT);
            }
            if (enabled.contains(AudienceRule.CONVENTION_REGIONS)
                    && settings.conventionRegions().contains(report.issuedBy().region())) {
                matched.add(AudienceRule.CONVENTION_REGIONS);
            }
        }
        GuideVariant variant = report.kind() == MedicalReportKind.BLINDNESS ? GuideVariant.SCREEN_READER : GuideVariant.INTERACTIVE;
        return new Audience(!matched.isEmpty(), matched, minor, variant);
    }
}
