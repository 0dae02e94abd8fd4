package dev.sportello.core.internal.dossiers;

import dev.sportello.AccessDeniedException;
import dev.sportello.ErrorCategory;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.Violation;
import dev.sportello.core.DossierSettings;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.LogSafe;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.ReportResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The feed of the systems of record (R-DOS-1), for service principals only. One report is one
 * transaction. A bulk call checks every report first (no state needed), then applies the valid ones in
 * transactions of {@link DossierSettings#feedBatchSize()} reports — one read of the batch's dossiers, then
 * each report decided before it writes, so a refused report leaves nothing and does not disturb the
 * others; a batch that fails for another reason (a storage conflict) is run again one report per
 * transaction, so that only the report at fault is lost. Each transaction writes the dossier rows, one
 * audit entry per applied report and one fan-out task with what its reports changed; the notices and
 * domain events are written by that task after commit ({@link DossierFanOut}).
 *
 * <p>Thread-safe.
 */
final class Feed {
    static final int MAX_REPORTS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(Feed.class);

    private final Kernel kernel;
    private final ReportChecks checks;
    private final ReportApplier applier;
    private final DossierSettings settings;

    Feed(Kernel kernel, ReportChecks checks, ReportApplier applier, DossierSettings settings) {
        this.kernel = kernel;
        this.checks = checks;
        this.applier = applier;
        this.settings = settings;
    }

    ReportResult report(Principal principal, DossierReport report) {
        return kernel.execute(principal, Operation.DOSSIER_FEED, report, tx -> {
            ObjectAccess.requireService(principal, Operation.DOSSIER_FEED);
            DossierReport checked = checks.check(report);
            try {
                return applyAlone(tx, checked);
            } catch (ReportApplier.WriteFailed e) {
                throw e.failure();
            }
        });
    }

    List<ReportResult> reportAll(Principal principal, List<DossierReport> reports) {
        Checks.notNull(reports, "reportAll", "reports");
        if (reports.size() > MAX_REPORTS) {
            throw SportelloException.invalidField(ErrorCode.DOS_BATCH_TOO_LARGE, "reports",
                    Map.of("max", Integer.toString(MAX_REPORTS)));
        }
        kernel.execute(principal, Operation.DOSSIER_FEED, tx -> {
            ObjectAccess.requireService(principal, Operation.DOSSIER_FEED);
            return null;
        });
        ReportResult[] results = new ReportResult[reports.size()];
        List<Integer> valid = new ArrayList<>();
        DossierReport[] checked = new DossierReport[reports.size()];
        for (int i = 0; i < reports.size(); i++) {
            DossierReport report = reports.get(i);
            try {
                checked[i] = checks.check(report);
                valid.add(i);
            } catch (SportelloException e) {
                results[i] = rejected(report, e);
            }
        }
        for (int from = 0; from < valid.size(); from += settings.feedBatchSize()) {
            List<Integer> batch = valid.subList(from, Math.min(valid.size(), from + settings.feedBatchSize()));
            try {
                applyBatch(principal, batch, checked, results);
            } catch (AccessDeniedException e) {
                throw e;
            } catch (RuntimeException e) {
                LOG.debug("a feed batch of {} reports failed ({}); applying them one by one", batch.size(),
                        LogSafe.describe(e));
                batch.forEach(i -> results[i] = alone(principal, reports.get(i), checked[i]));
            }
        }
        return Arrays.asList(results);
    }

    private void applyBatch(Principal principal, List<Integer> batch, DossierReport[] checked, ReportResult[] results) {
        ReportResult[] attempt = kernel.execute(principal, Operation.DOSSIER_FEED, tx -> {
            ObjectAccess.requireService(principal, Operation.DOSSIER_FEED);
            List<DossierReport> reports = batch.stream().map(i -> checked[i]).toList();
            FeedBatch state = FeedBatch.read(tx, reports);
            ReportResult[] out = new ReportResult[batch.size()];
            for (int k = 0; k < batch.size(); k++) {
                try {
                    out[k] = applier.apply(tx, reports.get(k), state);
                } catch (SportelloException e) {
                    if (e.category() == ErrorCategory.ADAPTER_FAILURE || e.code() == ErrorCode.CONCURRENT_MODIFICATION) {
                        throw e;   // the storage is in doubt: the batch is run again report by report
                    }
                    out[k] = rejected(reports.get(k), e);   // decided before any write: nothing of it was kept
                }
            }
            state.flush();
            return out;
        });
        for (int k = 0; k < batch.size(); k++) {
            results[batch.get(k)] = attempt[k];
        }
    }

    private ReportResult alone(Principal principal, DossierReport original, DossierReport checked) {
        try {
            return kernel.execute(principal, Operation.DOSSIER_FEED, tx -> applyAlone(tx, checked));
        } catch (SportelloException e) {
            return rejected(original, e);
        } catch (ReportApplier.WriteFailed e) {
            return rejected(original, e.failure());
        }
    }

    /** One report in its own transaction: read, decided, written. */
    private ReportResult applyAlone(Tx tx, DossierReport checked) {
        FeedBatch state = FeedBatch.read(tx, List.of(checked));
        ReportResult result = applier.apply(tx, checked, state);
        state.flush();
        return result;
    }

    private static ReportResult rejected(DossierReport report, SportelloException e) {
        String field = e.details().get("field");
        if (field == null && !e.violations().isEmpty()) {
            field = e.violations().stream().map(Violation::field).findFirst().orElse(null);
        }
        return report == null ? new ReportResult.Rejected(null, 0, e.code(), field)
                : new ReportResult.Rejected(report.dossier(), report.sequence(), e.code(), field);
    }
}
