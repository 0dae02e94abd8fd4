package dev.sportello.offices.spi;

import dev.sportello.OperatorId;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.users.MunicipalityCode;

import java.util.List;
import java.util.Optional;

/**
 * The integrator's data about offices: which offices exist, which municipality belongs to which office
 * (R-USR-4) and who works there. Read-only for the SDK.
 *
 * <p>Implementations are thread-safe.
 */
public interface OfficeDirectory {
    /**
     * An office.
     *
     * @param code the code, not null
     * @return the office, if known
     */
    Optional<Office> office(OfficeCode code);

    /**
     * The office competent for a municipality (by cadastral or ISTAT code, as the integrator keys it).
     *
     * @param municipality the municipality, not null
     * @return the office code, if mapped
     */
    Optional<OfficeCode> officeFor(MunicipalityCode municipality);

    /**
     * An operator.
     *
     * @param id the id, not null
     * @return the operator, if known
     */
    Optional<Operator> operator(OperatorId id);

    /**
     * The operators of an office.
     *
     * @param office the office, not null
     * @return the operators, never null
     */
    List<Operator> operators(OfficeCode office);

    /**
     * The booking calendars of an office, one per appointment topic. The default has none: the office
     * takes no appointments.
     *
     * @param office the office, not null
     * @return the calendars, never null
     */
    default List<BookingCalendar> calendars(OfficeCode office) {
        return List.of();
    }

    /**
     * Every office, for the checks the SDK's builder makes at start-up (a calendar that offers video
     * calls needs a meeting provider). The default lists none, and those checks are then made when a
     * calendar is first used.
     *
     * @return the offices, never null
     */
    default List<Office> offices() {
        return List.of();
    }
}
