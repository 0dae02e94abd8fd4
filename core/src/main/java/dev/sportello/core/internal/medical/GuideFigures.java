package dev.sportello.core.internal.medical;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.SmallCells;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.medical.Guide;
import dev.sportello.medical.GuideFigure;
import dev.sportello.medical.GuideInteraction;
import dev.sportello.medical.GuideLink;
import dev.sportello.medical.spi.GuideTally;
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.offices.OfficeCode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The anonymous monitoring of the guides (R-NOT-4): an interaction adds one to the counter of its ISO week, the
 * dossier's managing office, its event and item — no user, no dossier, no notice, no audit entry. The figures
 * suppress counts below the notifications' engagement threshold, as the notice figures do.
 *
 * <p>Thread-safe.
 */
final class GuideFigures {
    private final Kernel kernel;
    private final ObjectAccess access;
    private final ZoneId zone;
    private final int threshold;

    GuideFigures(Kernel kernel, ObjectAccess access, ZoneId zone, int threshold) {
        this.kernel = kernel;
        this.access = access;
        this.zone = zone;
        this.threshold = threshold;
    }

    void count(Tx tx, Guide guide, OfficeCode office, GuideInteraction interaction) {
        boolean known = switch (interaction.event()) {
            case SCENE_VIEWED -> guide.scenes().stream().anyMatch(s -> s.id().equals(interaction.item()));
            case POPUP_OPENED -> guide.scenes().stream().flatMap(s -> s.popups().stream())
                    .anyMatch(p -> p.id().equals(interaction.item()));
            case CALL_TO_ACTION_CLICKED -> guide.callsToAction().stream().map(GuideLink::id)
                    .anyMatch(id -> id.key().equals(interaction.item()));
            case COMPLETED -> interaction.item().isEmpty();
        };
        if (!known) {
            throw SportelloException.invalidField(ErrorCode.MED_GUIDE_ITEM_UNKNOWN, "interaction.item",
                    Map.of("event", interaction.event().name()));
        }
        tx.store(MedicalReportStore.class).increment(new GuideTally(week(LocalDate.ofInstant(tx.now(), zone)), office,
                interaction.event(), interaction.item(), 1));
    }

    List<GuideFigure> read(Principal principal, LocalDate from, LocalDate to) {
        Checks.date(from, "figures", "from");
        Checks.date(to, "figures", "to");
        LocalDate first = week(from);
        LocalDate last = week(to);
        Checks.argument(!last.isBefore(first) && ChronoUnit.WEEKS.between(first, last) <= 53, "figures", "to", "Range",
                "must be on or after 'from' and within 53 weeks of it");
        return kernel.execute(principal, Operation.MEDICAL_FIGURES, tx -> {
            access.requireAdministrator(principal, Operation.MEDICAL_FIGURES);
            return tx.store(MedicalReportStore.class).between(first, last).stream()
                    .sorted(Comparator.comparing(GuideTally::week).thenComparing(t -> t.office().value())
                            .thenComparing(GuideTally::event).thenComparing(GuideTally::item))
                    .map(t -> new GuideFigure(t.week(), t.office(), t.event(), t.item(), SmallCells.count(t.count(), threshold)))
                    .toList();
        });
    }

    static LocalDate week(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
