package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.OperatorId;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.PartyId;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.AttachmentInfo;
import dev.sportello.requests.OfficeFigures;
import dev.sportello.requests.ProtocolNumber;
import dev.sportello.requests.QueueQuery;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.RequestStatus;
import dev.sportello.requests.RequestSummary;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.Visibility;
import dev.sportello.requests.spi.AttachmentStore;
import dev.sportello.requests.spi.RequestRecord;
import dev.sportello.requests.spi.RequestStore;
import dev.sportello.users.CompanyRegistrationNumber;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Requests, timelines and archives on tables. */
final class JdbcRequestStores {
    private JdbcRequestStores() {
    }

    static final class Requests implements RequestStore {
        private static final String COLUMNS = "id, protocol, owner_id, submitted_by, company, dossier, topic, subject, fields, "
                + "body, office, status, assignee, awaiting_user, outcome, outcome_text, idempotency_key, fingerprint, "
                + "created_at, updated_at, version";
        private static final String SUMMARY = "id, protocol, owner_id, company, topic, subject, office, status, assignee, "
                + "awaiting_user, outcome, created_at, updated_at";
        private final Db db;

        Requests(Db db) {
            this.db = db;
        }

        @Override
        public void insert(RequestRecord r) {
            try {
                db.update("INSERT INTO sportello_requests (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        r.id().value(), r.protocol().value(), r.owner().value(), r.submittedBy().asText(),
                        r.company() == null ? null : r.company().value(), r.dossier(), r.topic().code(), r.subject(),
                        FlatCodec.encode(r.fields()), r.text(), r.office().value(), r.status(),
                        r.assignee() == null ? null : r.assignee().value(), r.awaitingUser(), r.outcome(), r.outcomeText(),
                        r.idempotencyKey(), r.fingerprint(), r.createdAt(), r.updatedAt(), r.version());
            } catch (JdbcFailure e) {
                if (e.isDuplicateKey()) {
                    throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "request",
                            "objectId", r.id().toString(), "expectedVersion", "none"));
                }
                throw e;
            }
            insertAttachments(r.id(), 0, r.attachments());
        }

        private void insertAttachments(RequestId id, int from, List<AttachmentInfo> attachments) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < attachments.size(); i++) {
                AttachmentInfo a = attachments.get(i);
                rows.add(new Object[]{id.value(), i, a.archive().value(), a.name(), a.size(), a.sha256(), a.contentType()});
            }
            db.batch("INSERT INTO sportello_request_attachments (request_id, position, archive_id, name, size, sha256, "
                    + "content_type) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        }

        @Override
        public void update(RequestRecord r, long expectedVersion) {
            int known = db.one("SELECT COUNT(*) FROM sportello_request_attachments WHERE request_id = ?",
                    rs -> rs.getInt(1), r.id().value()).orElse(0);
            int rows = db.update("UPDATE sportello_requests SET office = ?, status = ?, assignee = ?, awaiting_user = ?, "
                    + "outcome = ?, outcome_text = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?",
                    r.office().value(), r.status(), r.assignee() == null ? null : r.assignee().value(), r.awaitingUser(),
                    r.outcome(), r.outcomeText(), r.updatedAt(), r.version(), r.id().value(), expectedVersion);
            if (rows == 0) {
                throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "request",
                        "objectId", r.id().toString(), "expectedVersion", Long.toString(expectedVersion)));
            }
            insertAttachments(r.id(), known, r.attachments());
        }

        @Override
        public Optional<RequestRecord> find(RequestId id) {
            return load("id = ?", id.value());
        }

        @Override
        public Optional<RequestRecord> findByIdempotencyKey(UserId owner, String key) {
            return load("owner_id = ? AND idempotency_key = ?", owner.value(), key);
        }

        private Optional<RequestRecord> load(String where, Object... params) {
            Optional<RequestRecord> bare = db.one("SELECT " + COLUMNS + " FROM sportello_requests WHERE " + where,
                    Requests::record, params);
            return bare.map(r -> r.toBuilder().attachments(attachments(r.id())).build());
        }

        private List<AttachmentInfo> attachments(RequestId id) {
            return db.query("SELECT archive_id, name, size, sha256, content_type FROM sportello_request_attachments "
                    + "WHERE request_id = ? ORDER BY position", rs -> new AttachmentInfo(new ArchiveId(Db.uuid(rs, "archive_id")),
                    rs.getString("name"), rs.getLong("size"), rs.getString("sha256"), rs.getString("content_type")), id.value());
        }

        @Override
        public void appendTimeline(RequestId request, List<TimelineEntry> entries) {
            List<Object[]> rows = new ArrayList<>();
            for (TimelineEntry e : entries) {
                rows.add(new Object[]{request.value(), e.kind(), e.at(), e.actor().asText(),
                    e.onBehalfOf() == null ? null : e.onBehalfOf().value(), e.text(), e.internal(),
                    e.archive() == null ? null : e.archive().value(), FlatCodec.encode(e.data())});
            }
            db.batch("INSERT INTO sportello_request_timeline (request_id, kind, at, actor, on_behalf_of, text, internal, "
                    + "archive_id, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        }

        @Override
        public List<TimelineEntry> timeline(RequestId request) {
            return db.query("SELECT kind, at, actor, on_behalf_of, text, internal, archive_id, data FROM "
                    + "sportello_request_timeline WHERE request_id = ? ORDER BY seq", rs -> {
                        UUID onBehalfOf = Db.uuid(rs, "on_behalf_of");
                        UUID archive = Db.uuid(rs, "archive_id");
                        return new TimelineEntry(TimelineKind.valueOf(rs.getString("kind")), Db.instant(rs, "at"),
                                PartyId.parse(rs.getString("actor")), onBehalfOf == null ? null : new UserId(onBehalfOf),
                                rs.getString("text"), rs.getBoolean("internal") ? Visibility.OFFICE_ONLY : Visibility.USER, archive == null ? null : new ArchiveId(archive),
                                FlatCodec.decode(rs.getString("data")));
                    }, request.value());
        }

        @Override
        public Page<RequestSummary> search(UserId owner, RequestSearch s) {
            StringBuilder sql = new StringBuilder("SELECT " + SUMMARY + " FROM sportello_requests WHERE owner_id = ?");
            List<Object> params = new ArrayList<>(List.of(owner.value()));
            if (s.company() != null) {
                sql.append(" AND company = ?");
                params.add(s.company().value());
            }
            if (s.subjectContains() != null && !s.subjectContains().isBlank()) {
                sql.append(" AND LOWER(subject) LIKE ? ESCAPE '!'");
                params.add("%" + s.subjectContains().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%");
            }
            statuses(sql, params, new ArrayList<>(s.statuses()));
            range(sql, params, "created_at", s.openedFrom(), s.openedTo());
            range(sql, params, "updated_at", s.updatedFrom(), s.updatedTo());
            if (s.page().cursor() != null) {
                Object[] after = parseCursor(s.page().cursor());
                sql.append(" AND (updated_at < ? OR updated_at = ? AND id < ?)");
                params.addAll(List.of(after[0], after[0], after[1]));
            }
            sql.append(" ORDER BY updated_at DESC, id DESC LIMIT ?");
            params.add(s.page().size() + 1);
            return page(db.query(sql.toString(), Requests::summary, params.toArray()), s.page(), RequestSummary::updatedAt);
        }

        @Override
        public Page<RequestSummary> queue(QueueQuery q, Instant now) {
            StringBuilder sql = new StringBuilder("SELECT " + SUMMARY + " FROM sportello_requests WHERE office = ?");
            List<Object> params = new ArrayList<>(List.of(q.office().value()));
            if (q.statuses().isEmpty()) {
                sql.append(" AND status <> 'CLOSED'");
            } else {
                statuses(sql, params, new ArrayList<>(q.statuses()));
            }
            if (q.topic() != null) {
                sql.append(" AND topic = ?");
                params.add(q.topic().code());
            }
            if (q.assignee() != null) {
                sql.append(" AND assignee = ?");
                params.add(q.assignee().value());
            }
            if (q.unassigned()) {
                sql.append(" AND assignee IS NULL");
            }
            if (q.olderThan() != null) {
                sql.append(" AND created_at < ?");
                params.add(now.minus(q.olderThan()));
            }
            if (q.page().cursor() != null) {
                Object[] after = parseCursor(q.page().cursor());
                sql.append(" AND (created_at > ? OR created_at = ? AND id > ?)");
                params.addAll(List.of(after[0], after[0], after[1]));
            }
            sql.append(" ORDER BY created_at, id LIMIT ?");
            params.add(q.page().size() + 1);
            return page(db.query(sql.toString(), Requests::summary, params.toArray()), q.page(), RequestSummary::createdAt);
        }

        private static void statuses(StringBuilder sql, List<Object> params, List<RequestStatus> statuses) {
            if (!statuses.isEmpty()) {
                sql.append(" AND status IN (").append(String.join(", ", java.util.Collections.nCopies(statuses.size(), "?")))
                        .append(')');
                params.addAll(statuses);
            }
        }

        private static void range(StringBuilder sql, List<Object> params, String column, Instant from, Instant to) {
            if (from != null) {
                sql.append(" AND ").append(column).append(" >= ?");
                params.add(from);
            }
            if (to != null) {
                sql.append(" AND ").append(column).append(" < ?");
                params.add(to);
            }
        }

        private static Page<RequestSummary> page(List<RequestSummary> rows, PageRequest page,
                                                 java.util.function.Function<RequestSummary, Instant> key) {
            if (rows.size() <= page.size()) {
                return new Page<>(rows, null);
            }
            List<RequestSummary> items = rows.subList(0, page.size());
            RequestSummary last = items.get(items.size() - 1);
            Instant at = key.apply(last);
            return new Page<>(items, (at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000) + "_" + last.id());
        }

        private static Object[] parseCursor(String cursor) {
            try {
                int sep = cursor.indexOf('_');
                long micros = Long.parseLong(cursor.substring(0, sep));
                return new Object[]{Cursors.time(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000),
                        Math.floorMod(micros, 1_000_000) * 1_000L)), Cursors.id(cursor.substring(sep + 1))};
            } catch (RuntimeException e) {
                throw SportelloException.invalidField(ErrorCode.PAGE_CURSOR_INVALID, "cursor", Map.of());
            }
        }

        @Override
        public OfficeFigures figures(OfficeCode office, Instant now) {
            Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
            for (RequestStatus status : RequestStatus.values()) {
                byStatus.put(status, 0L);
            }
            db.query("SELECT status, COUNT(*) FROM sportello_requests WHERE office = ? GROUP BY status",
                    rs -> byStatus.put(RequestStatus.valueOf(rs.getString(1)), rs.getLong(2)), office.value());
            Map<String, Long> outcomes = new TreeMap<>();
            db.query("SELECT outcome, COUNT(*) FROM sportello_requests WHERE office = ? AND status = 'CLOSED' GROUP BY outcome",
                    rs -> outcomes.put(rs.getString(1), rs.getLong(2)), office.value());
            long awaiting = db.one("SELECT COUNT(*) FROM sportello_requests WHERE office = ? AND status <> 'CLOSED' "
                    + "AND awaiting_user", rs -> rs.getLong(1), office.value()).orElse(0L);
            Instant[] ages = db.one("SELECT PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY created_at DESC), "
                    + "PERCENTILE_DISC(0.9) WITHIN GROUP (ORDER BY created_at DESC), MIN(created_at) "
                    + "FROM sportello_requests WHERE office = ? AND status <> 'CLOSED'", rs -> new Instant[]{
                        instantAt(rs, 1), instantAt(rs, 2), instantAt(rs, 3)}, office.value()).orElseThrow();
            return new OfficeFigures(office, byStatus, awaiting, age(now, ages[0]), age(now, ages[1]), age(now, ages[2]), outcomes);
        }

        private static Instant instantAt(ResultSet rs, int column) throws SQLException {
            java.time.OffsetDateTime value = rs.getObject(column, java.time.OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }

        private static Duration age(Instant now, Instant createdAt) {
            return createdAt == null ? Duration.ZERO : Duration.between(createdAt, now);
        }

        private static RequestSummary summary(ResultSet rs) throws SQLException {
            UUID assignee = Db.uuid(rs, "assignee");
            String company = rs.getString("company");
            return RequestSummary.builder().id(new RequestId(Db.uuid(rs, "id")))
                    .protocol(new ProtocolNumber(rs.getString("protocol"))).owner(new UserId(Db.uuid(rs, "owner_id")))
                    .company(company == null ? null : new CompanyRegistrationNumber(company))
                    .topic(new TopicCode(rs.getString("topic"))).subject(rs.getString("subject"))
                    .office(new OfficeCode(rs.getString("office"))).status(RequestStatus.valueOf(rs.getString("status")))
                    .assignee(assignee == null ? null : new OperatorId(assignee)).awaitingUser(rs.getBoolean("awaiting_user"))
                    .outcome(rs.getString("outcome")).createdAt(Db.instant(rs, "created_at"))
                    .updatedAt(Db.instant(rs, "updated_at")).build();
        }

        private static RequestRecord record(ResultSet rs) throws SQLException {
            UUID assignee = Db.uuid(rs, "assignee");
            String company = rs.getString("company");
            return RequestRecord.builder().id(new RequestId(Db.uuid(rs, "id")))
                    .protocol(new ProtocolNumber(rs.getString("protocol"))).owner(new UserId(Db.uuid(rs, "owner_id")))
                    .submittedBy(PartyId.parse(rs.getString("submitted_by")))
                    .company(company == null ? null : new CompanyRegistrationNumber(company)).dossier(rs.getString("dossier"))
                    .topic(new TopicCode(rs.getString("topic"))).subject(rs.getString("subject"))
                    .fields(FlatCodec.decode(rs.getString("fields"))).text(rs.getString("body"))
                    .office(new OfficeCode(rs.getString("office"))).status(RequestStatus.valueOf(rs.getString("status")))
                    .assignee(assignee == null ? null : new OperatorId(assignee)).awaitingUser(rs.getBoolean("awaiting_user"))
                    .outcome(rs.getString("outcome")).outcomeText(rs.getString("outcome_text"))
                    .idempotencyKey(rs.getString("idempotency_key")).fingerprint(rs.getString("fingerprint"))
                    .createdAt(Db.instant(rs, "created_at")).updatedAt(Db.instant(rs, "updated_at"))
                    .version(rs.getLong("version")).build();
        }
    }

    static final class Archives implements AttachmentStore {
        private final Db db;

        Archives(Db db) {
            this.db = db;
        }

        @Override
        public void put(ArchiveId id, RequestId request, byte[] zip, Instant at) {
            db.update("INSERT INTO sportello_archives (id, request_id, content, created_at) VALUES (?, ?, ?, ?)",
                    id.value(), request.value(), zip, at);
        }

        @Override
        public Optional<byte[]> get(ArchiveId id) {
            return db.one("SELECT content FROM sportello_archives WHERE id = ?", rs -> rs.getBytes(1), id.value());
        }
    }
}
