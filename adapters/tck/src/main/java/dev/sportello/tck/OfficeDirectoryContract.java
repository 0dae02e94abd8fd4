package dev.sportello.tck;

import dev.sportello.OperatorId;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.users.MunicipalityCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link OfficeDirectory}: an adapter writes the TCK's offices (its own way) and reads them
 * back unchanged.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class OfficeDirectoryContract {

    /**
     * A directory holding exactly these offices, municipalities and operators.
     *
     * @param offices        the offices
     * @param municipalities municipality → office
     * @param operators      the operators
     * @param calendars      the booking calendars
     * @return the directory
     */
    protected abstract OfficeDirectory directoryWith(List<Office> offices, Map<MunicipalityCode, OfficeCode> municipalities,
                                                     List<Operator> operators, List<BookingCalendar> calendars);

    private final OfficeDirectory reference = TckOffices.directory();

    private OfficeDirectory copy() {
        List<OfficeCode> codes = List.of(TckOffices.ROMA, TckOffices.CATANZARO, TckOffices.LAMEZIA, TckOffices.CAGLIARI,
                TckOffices.AOSTA, TckOffices.BOLZANO);
        List<Office> offices = codes.stream().map(c -> reference.office(c).orElseThrow()).toList();
        Map<MunicipalityCode, OfficeCode> municipalities = new java.util.LinkedHashMap<>();
        for (String m : List.of("H501", "058091", "C352", "M208", "B354", "A326", "A952")) {
            municipalities.put(new MunicipalityCode(m), reference.officeFor(new MunicipalityCode(m)).orElseThrow());
        }
        List<Operator> operators = codes.stream().flatMap(c -> reference.operators(c).stream()).toList();
        List<BookingCalendar> calendars = codes.stream().flatMap(c -> reference.calendars(c).stream()).toList();
        return directoryWith(offices, municipalities, operators, calendars);
    }

    @Test
    void readsBackOfficesWithHoursZoneAndPatronSaint() {
        OfficeDirectory directory = copy();
        assertThat(directory.office(TckOffices.ROMA)).isEqualTo(reference.office(TckOffices.ROMA));
        assertThat(directory.office(TckOffices.BOLZANO).orElseThrow().patronSaint()).isNull();
        assertThat(directory.office(new OfficeCode("MILANO"))).isEmpty();
    }

    @Test
    void mapsMunicipalitiesByCadastralOrIstatCode() {
        OfficeDirectory directory = copy();
        assertThat(directory.officeFor(new MunicipalityCode("H501"))).contains(TckOffices.ROMA);
        assertThat(directory.officeFor(new MunicipalityCode("058091"))).contains(TckOffices.ROMA);
        assertThat(directory.officeFor(new MunicipalityCode("F205"))).isEmpty();
    }

    @Test
    void readsBackOperatorsWithRolesSkillsAndAvailability() {
        OfficeDirectory directory = copy();
        assertThat(directory.operator(TckOffices.ROMA_SIGN_LANGUAGE)).isEqualTo(reference.operator(TckOffices.ROMA_SIGN_LANGUAGE));
        assertThat(directory.operators(TckOffices.ROMA)).containsExactlyInAnyOrderElementsOf(reference.operators(TckOffices.ROMA));
        assertThat(directory.operator(new OperatorId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void readsBackBookingCalendarsWithHoursCapacitiesAndLevels() {
        OfficeDirectory directory = copy();
        assertThat(directory.calendars(TckOffices.ROMA)).containsExactlyInAnyOrderElementsOf(reference.calendars(TckOffices.ROMA));
        assertThat(directory.calendars(TckOffices.ROMA)).extracting(c -> c.topic().level())
                .contains(dev.sportello.appointments.InformationLevel.SECOND);
        assertThat(directory.calendars(TckOffices.CAGLIARI)).isEmpty();
    }
}
