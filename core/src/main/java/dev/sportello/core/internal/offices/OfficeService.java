package dev.sportello.core.internal.offices;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.HookType;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.CloseDay;
import dev.sportello.offices.Closure;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.OfficeEvents;
import dev.sportello.offices.Offices;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.offices.spi.ClosureStore;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Offices, the competent office (R-USR-4) and calendars, with ad-hoc closures; a closure fires
 * {@link #DAY_CLOSED} in its command's transaction, so the areas that book on that day react to it.
 *
 * <p>Thread-safe.
 */
public final class OfficeService implements Offices {
    /** An office closed a day; listeners run in the closing command's transaction. */
    public static final HookType<Closure> DAY_CLOSED = new HookType<>("office.day-closed");

    private final Kernel kernel;
    private final ObjectAccess access;
    private final OfficeDirectory directory;

    /**
     * Creates the service.
     *
     * @param kernel    the kernel
     * @param access    the access checks
     * @param directory the office directory
     */
    public OfficeService(Kernel kernel, ObjectAccess access, OfficeDirectory directory) {
        this.kernel = kernel;
        this.access = access;
        this.directory = directory;
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
     * The office competent for a municipality (R-USR-4).
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
     * The calendar of an office, read inside a transaction.
     *
     * @param tx     the transaction
     * @param office the office
     * @param from   first day
     * @param to     last day
     * @return one entry per day
     */
    public List<CalendarDay> calendar(Tx tx, Office office, LocalDate from, LocalDate to) {
        Map<LocalDate, Closure> closures = tx.store(ClosureStore.class).between(office.code(), from, to).stream()
                .collect(Collectors.toMap(Closure::date, Function.identity()));
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(OfficeCalendar.day(office, day, closures));
        }
        return days;
    }

    @Override
    public Office office(Principal principal, OfficeCode code) {
        Checks.notNull(code, "office", "code");
        return kernel.execute(principal, Operation.OFFICE_READ, tx -> require(code));
    }

    @Override
    public Office officeFor(Principal principal, MunicipalityCode municipality) {
        Checks.notNull(municipality, "officeFor", "municipality");
        return kernel.execute(principal, Operation.OFFICE_READ, tx -> requireFor(municipality));
    }

    @Override
    public Office competentOffice(Principal principal, UserId userId) {
        Checks.notNull(userId, "competentOffice", "userId");
        return kernel.execute(principal, Operation.OFFICE_READ, tx -> {
            UserRecord user = tx.store(UserStore.class).find(userId).orElseThrow(() ->
                    SportelloException.of(ErrorCode.USR_NOT_FOUND, Map.of("userId", userId.toString())));
            Office competent = requireFor(user.municipality());
            // the competent office follows from the residence: the user's, their office's, a service's to read
            access.require(principal, Operation.OFFICE_READ, new ObjectAccess.Bound(userId, userId, competent.code()),
                    ObjectAccess.Rule.ANYONE);
            return competent;
        });
    }

    @Override
    public List<CalendarDay> calendar(Principal principal, OfficeCode code, LocalDate from, LocalDate to) {
        Checks.notNull(code, "calendar", "code");
        Checks.date(from, "calendar", "from");
        Checks.date(to, "calendar", "to");
        Checks.argument(!to.isBefore(from) && ChronoUnit.DAYS.between(from, to) < 366, "calendar", "to", "Range",
                "must be on or after 'from' and within 366 days of it");
        return kernel.execute(principal, Operation.OFFICE_READ, tx -> calendar(tx, require(code), from, to));
    }

    @Override
    public List<CalendarDay> nextOpeningDays(Principal principal, OfficeCode code, LocalDate from, int count) {
        Checks.notNull(code, "nextOpeningDays", "code");
        Checks.date(from, "nextOpeningDays", "from");
        Checks.argument(count >= 1 && count <= 60, "nextOpeningDays", "count", "Range", "must be between 1 and 60");
        Checks.argument(from.getYear() > 1900 && from.getYear() < 9000, "nextOpeningDays", "from", "Range",
                "must be a date between the years 1901 and 8999");
        return kernel.execute(principal, Operation.OFFICE_READ, tx -> {
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
            access.requireOfficeStaff(principal, Operation.OFFICE_CLOSE_DAY, office.code(), OperatorRole.SUPERVISOR);
            LocalDate today = LocalDate.ofInstant(tx.now(), office.zone());
            if (!command.date().isAfter(today)) {
                throw SportelloException.of(ErrorCode.OFF_CLOSURE_NOT_IN_FUTURE,
                        Map.of("office", office.code().value(), "date", command.date().toString()));
            }
            Closure closure = new Closure(office.code(), command.date(), command.reason().strip(), principal.actor(), tx.now());
            tx.store(ClosureStore.class).add(closure);
            tx.audit("OFFICE_DAY_CLOSED", closure);
            tx.event(OfficeEvents.DAY_CLOSED, office.code(), Map.of("date", command.date().toString()));
            kernel.hooks().fire(tx, DAY_CLOSED, closure);
            return closure;
        });
    }

    @Override
    public Operator operator(Principal principal, OperatorId operator) {
        Checks.notNull(operator, "operator", "operator");
        return kernel.execute(principal, Operation.OFFICE_READ, tx -> access.operator(operator));
    }
}
