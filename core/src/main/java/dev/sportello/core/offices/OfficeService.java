package dev.sportello.core.offices;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.kernel.Access;
import dev.sportello.core.kernel.Checks;
import dev.sportello.core.kernel.Kernel;
import dev.sportello.core.kernel.Tx;
import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.CloseDay;
import dev.sportello.offices.Closure;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Offices;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.spi.OfficeDirectory;
import dev.sportello.spi.UserRecord;
import dev.sportello.users.MunicipalityCode;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Offices, competent office and calendars.
 *
 * <p>Thread-safe.
 */
public final class OfficeService implements Offices {
    private final Kernel kernel;
    private final OfficeDirectory directory;
    private final List<DayClosedListener> listeners = new CopyOnWriteArrayList<>();

    /**
     * Creates the service.
     *
     * @param kernel    the kernel
     * @param directory the office directory
     */
    public OfficeService(Kernel kernel, OfficeDirectory directory) {
        this.kernel = kernel;
        this.directory = directory;
    }

    /**
     * Registers a listener for closures.
     *
     * @param listener the listener
     */
    public void onDayClosed(DayClosedListener listener) {
        listeners.add(listener);
    }

    /** The office directory. */
    public OfficeDirectory directory() {
        return directory;
    }

    /**
     * An office from the directory.
     *
     * @param code the code
     * @return the office
     * @throws dev.sportello.NotFoundException with {@code OFF_OFFICE_UNKNOWN}
     */
    public Office require(OfficeCode code) {
        return directory.office(code).orElseThrow(() ->
                SportelloException.of(ErrorCode.OFF_OFFICE_UNKNOWN, Map.of("office", code.value())));
    }

    /**
     * The office competent for a municipality.
     *
     * @param municipality the municipality
     * @return the office
     */
    public Office requireFor(MunicipalityCode municipality) {
        OfficeCode code = directory.officeFor(municipality).orElseThrow(() -> SportelloException.of(
                ErrorCode.OFF_MUNICIPALITY_UNKNOWN, Map.of("municipality", municipality.value())));
        return require(code);
    }

    /**
     * An operator from the directory.
     *
     * @param id the operator
     * @return the operator
     */
    public Operator requireOperator(OperatorId id) {
        return directory.operator(id).orElseThrow(() ->
                SportelloException.of(ErrorCode.OFF_OPERATOR_UNKNOWN, Map.of("operatorId", id.toString())));
    }

    /**
     * The calendar of an office, read inside a transaction.
     *
     * @param tx     the transaction
     * @param office the office
     * @param from   first day
     * @param to     last day
     * @return one entry per day
     */
    public List<CalendarDay> calendar(Tx tx, Office office, LocalDate from, LocalDate to) {
        Map<LocalDate, Closure> closures = tx.stores().closures().between(office.code(), from, to).stream()
                .collect(Collectors.toMap(Closure::date, Function.identity()));
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(OfficeCalendar.day(office, day, closures));
        }
        return days;
    }

    @Override
    public Office office(Principal principal, OfficeCode code) {
        return kernel.execute(principal, Operation.OFFICE_READ, null, tx -> require(Checks.notNull(code, "office", "code")));
    }

    @Override
    public Office officeFor(Principal principal, MunicipalityCode municipality) {
        return kernel.execute(principal, Operation.OFFICE_READ, null,
                tx -> requireFor(Checks.notNull(municipality, "officeFor", "municipality")));
    }

    @Override
    public Office competentOffice(Principal principal, UserId userId) {
        Checks.notNull(userId, "competentOffice", "userId");
        return kernel.execute(principal, Operation.OFFICE_READ, null, tx -> {
            UserRecord user = tx.stores().users().find(userId).orElseThrow(() ->
                    SportelloException.of(ErrorCode.USR_NOT_FOUND, Map.of("userId", userId.toString())));
            if (!(principal.actor() instanceof OperatorId)) {
                Access.requireOwnerOrService(principal, userId, "user", userId);
            }
            return requireFor(user.municipality());
        });
    }

    @Override
    public List<CalendarDay> calendar(Principal principal, OfficeCode code, LocalDate from, LocalDate to) {
        Checks.notNull(code, "calendar", "code");
        Checks.notNull(from, "calendar", "from");
        Checks.notNull(to, "calendar", "to");
        Checks.argument(!to.isBefore(from) && ChronoUnit.DAYS.between(from, to) < 366, "calendar", "to", "Range",
                "must be on or after 'from' and within 366 days of it");
        return kernel.execute(principal, Operation.OFFICE_READ, null, tx -> calendar(tx, require(code), from, to));
    }

    @Override
    public List<CalendarDay> nextOpeningDays(Principal principal, OfficeCode code, LocalDate from, int count) {
        Checks.notNull(code, "nextOpeningDays", "code");
        Checks.notNull(from, "nextOpeningDays", "from");
        Checks.argument(count >= 1 && count <= 60, "nextOpeningDays", "count", "Range", "must be between 1 and 60");
        return kernel.execute(principal, Operation.OFFICE_READ, null, tx -> {
            Office office = require(code);
            List<CalendarDay> open = new ArrayList<>();
            LocalDate start = from;
            while (open.size() < count && start.isBefore(from.plusYears(2))) {
                for (CalendarDay day : calendar(tx, office, start, start.plusDays(30))) {
                    if (day.open() && open.size() < count) {
                        open.add(day);
                    }
                }
                start = start.plusDays(31);
            }
            return List.copyOf(open);
        });
    }

    @Override
    public Closure closeDay(Principal principal, CloseDay command) {
        return kernel.execute(principal, Operation.OFFICE_CLOSE_DAY, command, tx -> {
            Office office = require(command.office());
            requireSupervisorOrService(principal, office.code());
            LocalDate today = LocalDate.ofInstant(tx.now(), office.zone());
            if (!command.date().isAfter(today)) {
                throw SportelloException.of(ErrorCode.OFF_CLOSURE_NOT_IN_FUTURE,
                        Map.of("office", office.code().value(), "date", command.date().toString()));
            }
            Closure closure = new Closure(office.code(), command.date(), command.reason().strip(), principal.actor(), tx.now());
            tx.stores().closures().add(closure);
            tx.audit("OFFICE_DAY_CLOSED", "office", office.code().value() + "/" + command.date());
            tx.event("office.day-closed", "office", office.code().value(), Map.of("date", command.date().toString()));
            for (DayClosedListener listener : listeners) {
                listener.dayClosed(tx, closure);
            }
            return closure;
        });
    }

    @Override
    public Operator operator(Principal principal, OperatorId operator) {
        return kernel.execute(principal, Operation.OFFICE_READ, null,
                tx -> requireOperator(Checks.notNull(operator, "operator", "operator")));
    }

    /**
     * Fails unless the principal is a service or a supervisor of the office.
     *
     * @param principal the principal
     * @param office    the office
     */
    public void requireSupervisorOrService(Principal principal, OfficeCode office) {
        if (principal.actor() instanceof ServiceId) {
            return;
        }
        OperatorId id = Access.requireOperator(principal, Operation.OFFICE_CLOSE_DAY);
        Operator operator = requireOperator(id);
        if (!operator.office().equals(office)) {
            throw SportelloException.of(ErrorCode.ACCESS_WRONG_OFFICE, Map.of("operatorId", id.toString(),
                    "office", office.value(), "objectType", "office", "objectId", office.value()));
        }
        if (!operator.has(OperatorRole.SUPERVISOR)) {
            throw Access.roleRequired(Operation.OFFICE_CLOSE_DAY, "the SUPERVISOR role");
        }
    }
}
