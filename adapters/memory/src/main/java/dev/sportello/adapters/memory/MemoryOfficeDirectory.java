package dev.sportello.adapters.memory;

import dev.sportello.Arguments;
import dev.sportello.OperatorId;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.users.MunicipalityCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An office directory held in memory, built once from the integrator's data (offices, municipalities,
 * operators and booking calendars).
 *
 * <p>Immutable once built; thread-safe.
 */
public final class MemoryOfficeDirectory implements OfficeDirectory {
    private final Map<OfficeCode, Office> offices;
    private final Map<MunicipalityCode, OfficeCode> municipalities;
    private final Map<OperatorId, Operator> operators;
    private final Map<OfficeCode, List<BookingCalendar>> calendars;

    private MemoryOfficeDirectory(Builder builder) {
        this.offices = Map.copyOf(builder.offices);
        this.municipalities = Map.copyOf(builder.municipalities);
        this.operators = Map.copyOf(builder.operators);
        Map<OfficeCode, List<BookingCalendar>> byOffice = new LinkedHashMap<>();
        builder.calendars.values().forEach(c -> byOffice.computeIfAbsent(c.office(), k -> new java.util.ArrayList<>()).add(c));
        Map<OfficeCode, List<BookingCalendar>> frozen = new LinkedHashMap<>();
        byOffice.forEach((office, list) -> frozen.put(office, List.copyOf(list)));
        this.calendars = Map.copyOf(frozen);
    }

    /** A builder for a directory. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<Office> office(OfficeCode code) {
        return Optional.ofNullable(offices.get(code));
    }

    @Override
    public List<Office> offices() {
        return List.copyOf(offices.values());
    }

    @Override
    public Optional<OfficeCode> officeFor(MunicipalityCode municipality) {
        return Optional.ofNullable(municipalities.get(municipality));
    }

    @Override
    public Optional<Operator> operator(OperatorId id) {
        return Optional.ofNullable(operators.get(id));
    }

    @Override
    public List<Operator> operators(OfficeCode office) {
        return operators.values().stream().filter(o -> o.office().equals(office))
                .sorted(java.util.Comparator.comparing(o -> o.id().toString())).toList();
    }

    @Override
    public List<BookingCalendar> calendars(OfficeCode office) {
        return calendars.getOrDefault(office, List.of());
    }

    /** Collects offices, municipalities, operators and booking calendars; not thread-safe. */
    public static final class Builder {
        private final Map<OfficeCode, Office> offices = new LinkedHashMap<>();
        private final Map<MunicipalityCode, OfficeCode> municipalities = new LinkedHashMap<>();
        private final Map<OperatorId, Operator> operators = new LinkedHashMap<>();
        private final Map<String, BookingCalendar> calendars = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds an office with the municipalities it is competent for.
         *
         * @param office         the office, not null
         * @param municipalities its municipalities (cadastral or ISTAT codes), not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} for a null office, array or
         *                                             element, {@code USR_MUNICIPALITY_CODE_FORMAT} for a bad code
         */
        public Builder office(Office office, String... municipalities) {
            Arguments.required(office, "MemoryOfficeDirectory", "office");
            Arguments.required(municipalities, "MemoryOfficeDirectory", "municipalities");
            offices.put(office.code(), office);
            for (String municipality : municipalities) {
                this.municipalities.put(new MunicipalityCode(municipality), office.code());
            }
            return this;
        }

        /**
         * Adds an operator of a known office.
         *
         * @param operator the operator, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException ({@code VALUE_REQUIRED}, {@code VALUE_INVALID} for an
         *                                             operator of an office not added first)
         */
        public Builder operator(Operator operator) {
            Arguments.required(operator, "MemoryOfficeDirectory", "operator");
            if (!offices.containsKey(operator.office())) {
                throw Arguments.invalid("MemoryOfficeDirectory", "operator", "its office is not in the directory");
            }
            operators.put(operator.id(), operator);
            return this;
        }

        /**
         * Adds (or replaces) the booking calendar of a known office for a topic.
         *
         * @param calendar the calendar, not null
         * @return this builder
         * @throws dev.sportello.InvalidInputException ({@code VALUE_REQUIRED}, {@code VALUE_INVALID} for a
         *                                             calendar of an office not added first)
         */
        public Builder calendar(BookingCalendar calendar) {
            Arguments.required(calendar, "MemoryOfficeDirectory", "calendar");
            if (!offices.containsKey(calendar.office())) {
                throw Arguments.invalid("MemoryOfficeDirectory", "calendar", "its office is not in the directory");
            }
            calendars.put(calendar.office().value() + "|" + calendar.topic().code(), calendar);
            return this;
        }

        /** The directory. */
        public MemoryOfficeDirectory build() {
            return new MemoryOfficeDirectory(this);
        }
    }
}
