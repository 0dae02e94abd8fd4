package dev.sportello.core.internal.dossiers;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.core.DossierSettings;
import dev.sportello.core.internal.kernel.CommandValidator;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.spi.OfficeDirectory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks of a report that need no stored state, made before any transaction: Bean Validation, a
 * configured kind, offices in the directory, an outcome only once decided, distinct ids, IBANs (which
 * come back in electronic format).
 *
 * <p>Thread-safe.
 */
final class ReportChecks {
    private final DossierSettings settings;
    private final OfficeDirectory directory;
    private final CommandValidator validator;

    ReportChecks(DossierSettings settings, OfficeDirectory directory, CommandValidator validator) {
        this.settings = settings;
        this.directory = directory;
        this.validator = validator;
    }

    /**
     * Checks a report.
     *
     * @param report the report as given
     * @return the report with its IBANs in electronic format
     * @throws SportelloException with the code of the first problem found
     */
    DossierReport check(DossierReport report) {
        validator.validate(report, "DossierReport");
        if (settings.kind(report.kind()).isEmpty()) {
            throw SportelloException.invalidField(ErrorCode.DOS_KIND_UNKNOWN, "kind", Map.of("kind", report.kind().code()));
        }
        office(report.office(), "office");
        if (report.outcome() != null && report.status().isBefore(DossierStatus.DECIDED)) {
            throw SportelloException.invalidField(ErrorCode.DOS_OUTCOME_TOO_EARLY, "outcome", Map.of());
        }
        distinct(report.measures(), Measure::id, "measures");
        distinct(report.payments(), Payment::id, "payments");
        List<Payment> payments = new ArrayList<>(report.payments().size());
        for (int i = 0; i < report.payments().size(); i++) {
            payments.add(method(report.payments().get(i), "payments[" + i + "].method"));
        }
        return new DossierReport(report.dossier(), report.sequence(), report.occurredAt(), report.kind(), report.owner(),
                report.office(), report.status(), report.statusNote(), report.outcome(), report.measures(), payments,
                report.personalData(), report.medicalReport());
    }

    private Payment method(Payment payment, String field) {
        if (payment.method() instanceof PaymentMethod.Account account) {
            return payment.withMethod(new PaymentMethod.Account(account.accountType(), Ibans.checked(account.iban(), field + ".iban")));
        }
        if (payment.method() instanceof PaymentMethod.Counter counter) {
            office(counter.office(), field + ".office");
        }
        return payment;
    }

    private void office(OfficeCode office, String field) {
        if (directory.office(office).isEmpty()) {
            throw SportelloException.invalidField(ErrorCode.DOS_OFFICE_UNKNOWN, field, Map.of("office", office.value()));
        }
    }

    private static <T> void distinct(List<T> items, Function<T, String> id, String field) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(id.apply(item))) {
                throw SportelloException.invalidField(ErrorCode.DOS_ITEM_DUPLICATE, field, Map.of("id", id.apply(item)));
            }
        }
    }
}
