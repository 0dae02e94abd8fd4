package dev.sportello.adapters.jdbc;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.OperatorId;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.appointments.AppointmentTopic;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.InformationLevel;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.offices.Skill;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.users.MunicipalityCode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The office directory in the tables {@code sportello_offices}, {@code sportello_office_municipalities},
 * {@code sportello_operators} and {@code sportello_booking_calendars}, which the integrator fills (or
 * writes with {@link #put}). Reads are cached for a configurable time, since directory data changes
 * rarely and is read on every command.
 *
 * <p>Thread-safe.
 */
public final class JdbcOfficeDirectory implements OfficeDirectory {
    private final DataSource dataSource;
    private final Dialect dialect;
    private final long ttlNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Object value, long loadedAt) {
    }

    private JdbcOfficeDirectory(DataSource dataSource, Dialect dialect, Duration ttl) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * A directory over the tables, caching reads for a while.
     *
     * @param dataSource the data source of a migrated {@link JdbcStorage}
     * @param cacheFor   how long a read stays valid, zero (no cache) to one day
     * @return the directory
     * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} for a null data source or a
     *                                             null, negative or longer cache time
     */
    public static JdbcOfficeDirectory of(DataSource dataSource, Duration cacheFor) {
        if (dataSource == null) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "dataSource", Map.of("reason", "required"));
        }
        if (cacheFor == null || cacheFor.isNegative() || cacheFor.compareTo(Duration.ofDays(1)) > 0) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "cacheFor", Map.of("reason", "zero to one day"));
        }
        try (Connection connection = dataSource.getConnection()) {
            return new JdbcOfficeDirectory(dataSource, Dialect.of(connection), cacheFor);
        } catch (SQLException e) {
            throw SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("adapter", "jdbc"), List.of(), e);
        }
    }

    /**
     * Writes an office and the municipalities it is competent for (replacing earlier data).
     *
     * @param office         the office
     * @param municipalities its municipalities
     */
    public void put(Office office, Collection<MunicipalityCode> municipalities) {
        Arguments.required(office, "JdbcOfficeDirectory", "office");
        List<MunicipalityCode> codes = Arguments.list(municipalities == null ? null : new java.util.ArrayList<>(municipalities),
                "JdbcOfficeDirectory", "municipalities");
        write(db -> {
            db.update("DELETE FROM sportello_office_municipalities WHERE office = ?", office.code().value());
            if (db.update("UPDATE sportello_offices SET name = ?, zone = ?, opening_hours = ?, patron_saint = ? WHERE code = ?",
                    office.name(), office.zone().getId(), WeeklyHoursText.format(office.openingHours()),
                    office.patronSaint() == null ? null : office.patronSaint().toString(), office.code().value()) == 0) {
                db.update("INSERT INTO sportello_offices (code, name, zone, opening_hours, patron_saint) VALUES (?, ?, ?, ?, ?)",
                        office.code().value(), office.name(), office.zone().getId(), WeeklyHoursText.format(office.openingHours()),
                        office.patronSaint() == null ? null : office.patronSaint().toString());
            }
            for (MunicipalityCode municipality : codes) {
                db.update("DELETE FROM sportello_office_municipalities WHERE municipality = ?", municipality.value());
                db.update("INSERT INTO sportello_office_municipalities (municipality, office) VALUES (?, ?)",
                        municipality.value(), office.code().value());
            }
        });
    }

    /**
     * Writes an operator (replacing earlier data).
     *
     * @param operator the operator, of an office already written
     */
    public void put(Operator operator) {
        write(db -> {
            db.update("DELETE FROM sportello_operators WHERE id = ?", operator.id().value());
            db.update("INSERT INTO sportello_operators (id, office, name, roles, skills, availability) VALUES (?, ?, ?, ?, ?, ?)",
                    operator.id().value(), operator.office().value(), operator.name(), names(operator.roles()),
                    names(operator.skills()), WeeklyHoursText.format(operator.availability()));
        });
    }

    /**
     * Writes the booking calendar of an office for a topic (replacing earlier data).
     *
     * @param calendar the calendar, of an office already written
     */
    public void put(BookingCalendar calendar) {
        write(db -> {
            db.update("DELETE FROM sportello_booking_calendars WHERE office = ? AND topic = ?", calendar.office().value(),
                    calendar.topic().code().code());
            db.update("INSERT INTO sportello_booking_calendars (office, topic, title, level, hours, slot_minutes, capacity, "
                    + "notice_minutes, horizon_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", calendar.office().value(),
                    calendar.topic().code().code(), calendar.topic().title(), calendar.topic().level(),
                    WeeklyHoursText.format(calendar.hours()), (int) calendar.slotLength().toMinutes(),
                    capacity(calendar.capacity()), (int) calendar.minimumNotice().toMinutes(), calendar.horizonDays());
        });
    }

    private static String capacity(Map<ContactMode, Integer> capacity) {
        return capacity.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    private static Map<ContactMode, Integer> capacity(String text) {
        Map<ContactMode, Integer> capacity = new EnumMap<>(ContactMode.class);
        if (!text.isBlank()) {
            for (String part : text.split(",")) {
                int eq = part.indexOf('=');
                capacity.put(ContactMode.valueOf(part.substring(0, eq)), Integer.parseInt(part.substring(eq + 1)));
            }
        }
        return capacity;
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private void write(java.util.function.Consumer<Db> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                work.accept(new Db(connection, dialect));
                connection.commit();
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("adapter", "jdbc"), List.of(), e);
        }
        cache.clear();
    }

    @SuppressWarnings("unchecked")
    private <T> T read(String key, Function<Db, T> query) {
        long now = System.nanoTime();
        Cached cached = cache.get(key);
        if (cached != null && now - cached.loadedAt() < ttlNanos) {
            return (T) cached.value();
        }
        try (Connection connection = dataSource.getConnection()) {
            T value = query.apply(new Db(connection, dialect));
            if (ttlNanos > 0) {
                cache.put(key, new Cached(value, now));
            }
            return value;
        } catch (SQLException e) {
            throw SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("adapter", "jdbc"), List.of(), e);
        } catch (JdbcFailure e) {
            throw SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("adapter", "jdbc"), List.of(), e.sql());
        }
    }

    @Override
    public Optional<Office> office(OfficeCode code) {
        return read("office:" + code.value(), db -> db.one("SELECT code, name, zone, opening_hours, patron_saint "
                + "FROM sportello_offices WHERE code = ?", JdbcOfficeDirectory::office, code.value()));
    }

    @Override
    public List<Office> offices() {
        return read("offices", db -> db.query("SELECT code, name, zone, opening_hours, patron_saint FROM sportello_offices "
                + "ORDER BY code", JdbcOfficeDirectory::office));
    }

    @Override
    public Optional<OfficeCode> officeFor(MunicipalityCode municipality) {
        return read("municipality:" + municipality.value(), db -> db.one("SELECT office FROM sportello_office_municipalities "
                + "WHERE municipality = ?", rs -> new OfficeCode(rs.getString(1)), municipality.value()));
    }

    @Override
    public Optional<Operator> operator(OperatorId id) {
        return read("operator:" + id, db -> db.one("SELECT id, office, name, roles, skills, availability "
                + "FROM sportello_operators WHERE id = ?", JdbcOfficeDirectory::operator, id.value()));
    }

    @Override
    public List<Operator> operators(OfficeCode office) {
        return read("operators:" + office.value(), db -> db.query("SELECT id, office, name, roles, skills, availability "
                + "FROM sportello_operators WHERE office = ? ORDER BY id", JdbcOfficeDirectory::operator, office.value()));
    }

    @Override
    public List<BookingCalendar> calendars(OfficeCode office) {
        return read("calendars:" + office.value(), db -> db.query("SELECT office, topic, title, level, hours, slot_minutes, "
                + "capacity, notice_minutes, horizon_days FROM sportello_booking_calendars WHERE office = ? ORDER BY topic",
                JdbcOfficeDirectory::calendar, office.value()));
    }

    private static BookingCalendar calendar(ResultSet rs) throws SQLException {
        return new BookingCalendar(new OfficeCode(rs.getString("office")), new AppointmentTopic(new TopicCode(rs.getString("topic")),
                rs.getString("title"), InformationLevel.valueOf(rs.getString("level"))),
                WeeklyHoursText.parse(rs.getString("hours")), Duration.ofMinutes(rs.getInt("slot_minutes")),
                capacity(rs.getString("capacity")), Duration.ofMinutes(rs.getInt("notice_minutes")), rs.getInt("horizon_days"));
    }

    private static Office office(ResultSet rs) throws SQLException {
        String patron = rs.getString("patron_saint");
        return new Office(new OfficeCode(rs.getString("code")), rs.getString("name"), ZoneId.of(rs.getString("zone")),
                WeeklyHoursText.parse(rs.getString("opening_hours")), patron == null ? null : MonthDay.parse(patron));
    }

    private static Operator operator(ResultSet rs) throws SQLException {
        return new Operator(new OperatorId(Db.uuid(rs, "id")), new OfficeCode(rs.getString("office")), rs.getString("name"),
                parse(rs.getString("roles"), OperatorRole.class), parse(rs.getString("skills"), Skill.class),
                WeeklyHoursText.parse(rs.getString("availability")));
    }

    private static <E extends Enum<E>> Set<E> parse(String text, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (!text.isBlank()) {
            Arrays.stream(text.split(",")).map(name -> Enum.valueOf(type, name)).forEach(set::add);
        }
        return set;
    }
}
