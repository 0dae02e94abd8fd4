package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.ContactId;
import dev.sportello.users.ContactKind;
import dev.sportello.users.FiscalCode;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserKind;
import dev.sportello.users.spi.ContactRecord;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;
import dev.sportello.users.spi.Verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

final class JdbcUserStore implements UserStore {
    private static final String COLUMNS = "id, kind, fiscal_code, name, registration_number, municipality, language, "
            + "version, created_at, updated_at";
    private final Db db;

    JdbcUserStore(Db db) {
        this.db = db;
    }

    @Override
    public void insert(UserRecord u) {
        try {
            db.update("INSERT INTO sportello_users (" + COLUMNS + ", fiscal_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    u.id().value(), u.kind(), u.fiscalCode().value(), u.name(),
                    u.registrationNumber() == null ? null : u.registrationNumber().value(), u.municipality().value(),
                    u.language(), u.version(), u.createdAt(), u.updatedAt(), fiscalKey(u.fiscalCode()));
        } catch (JdbcFailure e) {
            if (e.isDuplicateKey()) {
                throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION,
                        Map.of("objectType", "user", "objectId", u.id().toString(), "expectedVersion", "none"));
            }
            throw e;
        }
        insertContacts(u);
    }

    private void insertContacts(UserRecord u) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < u.contacts().size(); i++) {
            ContactRecord c = u.contacts().get(i);
            Verification v = c.verification();
            rows.add(new Object[]{c.id().value(), u.id().value(), i, c.kind(), c.value(), c.verifiedAt(),
                v == null ? null : v.codeHash(), v == null ? null : v.expiresAt(), v == null ? null : v.attemptsLeft(),
                c.createdAt()});
        }
        db.batch("INSERT INTO sportello_contact_points (id, user_id, position, kind, address, verified_at, code_hash, "
                + "code_expires_at, attempts_left, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    @Override
    public void update(UserRecord u, long expectedVersion) {
        int rows = db.update("UPDATE sportello_users SET name = ?, municipality = ?, language = ?, version = ?, "
                        + "updated_at = ? WHERE id = ? AND version = ? AND fiscal_code = ?", u.name(), u.municipality().value(),
                u.language(), u.version(), u.updatedAt(), u.id().value(), expectedVersion, u.fiscalCode().value());
        if (rows == 0) {
            boolean exists = db.one("SELECT 1 FROM sportello_users WHERE id = ?", rs -> 1, u.id().value()).isPresent();
            if (!exists) {
                throw SportelloException.of(ErrorCode.USR_NOT_FOUND, Map.of("userId", u.id().toString()));
            }
            throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "user",
                    "objectId", u.id().toString(), "expectedVersion", Long.toString(expectedVersion)));
        }
        db.update("DELETE FROM sportello_contact_points WHERE user_id = ?", u.id().value());
        insertContacts(u);
    }

    @Override
    public Optional<UserRecord> find(UserId id) {
        return load("id = ?", id.value());
    }

    @Override
    public Optional<UserRecord> findByFiscalCode(FiscalCode fiscalCode) {
        return load("fiscal_key = ?", fiscalKey(fiscalCode));
    }

    /**
     * The unique key of a fiscal code: a tax code's canonical form without its check character (which
     * follows from the rest, and which migration V6 could not compute in SQL), or a company's 11 digits.
     */
    static String fiscalKey(FiscalCode code) {
        return code instanceof TaxCode ? code.canonical().substring(0, 15) : code.value();
    }

    @Override
    public Optional<UserRecord> findByRegistrationNumber(CompanyRegistrationNumber number) {
        return load("registration_number = ?", number.value());
    }

    /** The user and its contact points in one round trip: a left join, one row per contact point. */
    @Override
    public Map<UserId, UserRecord> findAll(Collection<UserId> ids) {
        if (db.dialect != Dialect.POSTGRESQL || ids.size() < 2) {
            return UserStore.super.findAll(ids);
        }
        Map<UserId, UserRecord> found = new LinkedHashMap<>();
        loadAll("id = ANY(?)", db.array("uuid", ids.stream().map(UserId::value).distinct().toArray()))
                .forEach(user -> found.put(user.id(), user));
        return found;
    }

    private Optional<UserRecord> load(String where, Object key) {
        return loadAll(where, key).stream().findFirst();
    }

    /** The columns of a user with one contact point per row, for {@link #assemble}. */
    static final String SELECT = "SELECT " + Arrays.stream(COLUMNS.split(", ")).map(c -> "u." + c)
            .collect(Collectors.joining(", ")) + ", c.id AS c_id, c.kind AS c_kind, c.address AS c_address, "
            + "c.verified_at AS c_verified_at, c.code_hash AS c_code_hash, c.code_expires_at AS c_code_expires_at, "
            + "c.attempts_left AS c_attempts_left, c.created_at AS c_created_at FROM sportello_users u "
            + "LEFT JOIN sportello_contact_points c ON c.user_id = u.id WHERE u.";
    /** The order of {@link #SELECT}'s rows. */
    static final String ORDER = " ORDER BY u.id, c.position";

    /** Users with their contact points, one statement. */
    private List<UserRecord> loadAll(String where, Object key) {
        return assemble(db.query(SELECT + where + ORDER, JdbcUserStore::row, key));
    }

    /** One row of {@link #SELECT}: the user and a contact point (or null). */
    static Object[] row(ResultSet rs) throws SQLException {
        return new Object[]{user(rs), contact(rs)};
    }

    /** Users from rows of {@link #SELECT}, each with its contact points in order. */
    static List<UserRecord> assemble(List<?> rows) {
        Map<UserId, UserRecord> users = new LinkedHashMap<>();
        Map<UserId, List<ContactRecord>> contacts = new HashMap<>();
        for (Object item : rows) {
            Object[] row = (Object[]) item;
            UserRecord u = (UserRecord) row[0];
            users.putIfAbsent(u.id(), u);
            List<ContactRecord> of = contacts.computeIfAbsent(u.id(), id -> new ArrayList<>());
            if (row[1] != null) {
                of.add((ContactRecord) row[1]);
            }
        }
        List<UserRecord> loaded = new ArrayList<>(users.size());
        users.forEach((id, u) -> loaded.add(u.toBuilder().contacts(List.copyOf(contacts.get(id))).build()));
        return loaded;
    }

    private static ContactRecord contact(ResultSet rs) throws SQLException {
        UUID id = Db.uuid(rs, "c_id");
        if (id == null) {
            return null;
        }
        String hash = rs.getString("c_code_hash");
        Verification v = hash == null ? null : new Verification(hash, Db.instant(rs, "c_code_expires_at"),
                rs.getInt("c_attempts_left"));
        return new ContactRecord(new ContactId(id), ContactKind.valueOf(rs.getString("c_kind")), rs.getString("c_address"),
                Db.instant(rs, "c_verified_at"), v, Db.instant(rs, "c_created_at"));
    }

    private static UserRecord user(ResultSet rs) throws SQLException {
        String number = rs.getString("registration_number");
        return UserRecord.builder().id(new UserId(Db.uuid(rs, "id"))).kind(UserKind.valueOf(rs.getString("kind")))
                .fiscalCode(FiscalCode.parse(rs.getString("fiscal_code"), "fiscalCode")).name(rs.getString("name"))
                .registrationNumber(number == null ? null : new CompanyRegistrationNumber(number))
                .municipality(new MunicipalityCode(rs.getString("municipality"))).language(Language.valueOf(rs.getString("language")))
                .version(rs.getLong("version")).createdAt(Db.instant(rs, "created_at")).updatedAt(Db.instant(rs, "updated_at"))
                .build();
    }
}
