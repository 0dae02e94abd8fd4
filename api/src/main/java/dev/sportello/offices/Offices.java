package dev.sportello.offices;

import dev.sportello.Principal;
import dev.sportello.UserId;
import dev.sportello.users.MunicipalityCode;

import java.time.LocalDate;
import java.util.List;

/**
 * Offices, the competent office of a user (R-USR-4) and office calendars: opening hours, national
 * holidays, the patron saint, ad-hoc closures.
 *
 * <p>Implementations are thread-safe.
 */
public interface Offices {
    /**
     * An office.
     *
     * @param principal the acting principal, not null
     * @param code      the office, not null
     * @return the office
     * @throws dev.sportello.NotFoundException with {@code OFF_OFFICE_UNKNOWN}
     */
    Office office(Principal principal, OfficeCode code);

    /**
     * The office competent for a municipality.
     *
     * @param principal    the acting principal, not null
     * @param municipality the municipality, not null
     * @return the office
     * @throws dev.sportello.NotFoundException with {@code OFF_MUNICIPALITY_UNKNOWN}
     */
    Office officeFor(Principal principal, MunicipalityCode municipality);

    /**
     * The office competent for a user: from the residence of citizens and intermediaries, from the
     * registered seat of companies. It follows from where the user lives, so only the user (or whoever acts
     * for them with a delegation that covers {@code OFFICE_READ}), the operators of that office and services
     * read it.
     *
     * @param principal the acting principal, not null
     * @param userId    the user, not null
     * @return the office
     * @throws dev.sportello.AccessDeniedException {@code ACCESS_NOT_OWNER} for another user,
     *         {@code ACCESS_WRONG_OFFICE} for an operator of another office
     * @throws dev.sportello.NotFoundException {@code USR_NOT_FOUND}
     */
    Office competentOffice(Principal principal, UserId userId);

    /**
     * The office calendar over a range of days, inclusive; at most 366 days.
     *
     * @param principal the acting principal, not null
     * @param code      the office, not null
     * @param from      the first day, not null
     * @param to        the last day, not null, not before {@code from}
     * @return one entry per day
     */
    List<CalendarDay> calendar(Principal principal, OfficeCode code, LocalDate from, LocalDate to);

    /**
     * The next days on which the office is open, starting with {@code from}.
     *
     * @param principal the acting principal, not null
     * @param code      the office, not null
     * @param from      the first day to consider, not null
     * @param count     how many open days, 1 to 60
     * @return the open days, in order
     */
    List<CalendarDay> nextOpeningDays(Principal principal, OfficeCode code, LocalDate from, int count);

    /**
     * Closes an office on a future day (supervisors of the office, or services).
     *
     * @param principal the acting principal, not null
     * @param command   the closure, not null
     * @return the closure
     */
    Closure closeDay(Principal principal, CloseDay command);

    /**
     * An operator from the office directory.
     *
     * @param principal the acting principal, not null
     * @param operator  the operator, not null
     * @return the operator
     * @throws dev.sportello.NotFoundException with {@code OFF_OPERATOR_UNKNOWN}
     */
    Operator operator(Principal principal, dev.sportello.OperatorId operator);
}
