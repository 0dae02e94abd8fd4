package dev.sportello.adapters.jdbc;

import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.UserId;
import dev.sportello.notifications.Amount;
import dev.sportello.notifications.CallToAction;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.ProactiveContent;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.Section;
import dev.sportello.notifications.SkipReason;
import dev.sportello.notifications.SmsEncoding;
import dev.sportello.notifications.StatusChange;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.notifications.spi.MessageRecord;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.notifications.spi.MessageTransition;
import dev.sportello.spi.OutboxCompletion;
import dev.sportello.spi.OutboxStore;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Messages with their history rows, and inbox notices. */
final class JdbcMessageStores {
    private JdbcMessageStores() {
    }

    static final class Messages implements MessageStore {
        static final String COLUMNS = "id, recipient, channel, kind, language, purpose, status, skip_reason, "
                + "destination, sms_segments, sms_encoding, due_at, provider_id, attempts, created_at, updated_at, history";
        private static final String FINAL = "('DELIVERED', 'FAILED', 'EXPIRED', 'SKIPPED', 'CANCELLED')";
        private final Db db;

        Messages(Db db) {
            this.db = db;
        }

        @Override
        public void appendAll(List<MessageRecord> messages) {
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> providers = new ArrayList<>();
            for (MessageRecord m : messages) {
                rows.add(row(m));
                if (m.providerId() != null) {
                    providers.add(new Object[]{m.channel(), m.providerId(), m.id().value()});
                }
            }
            db.batch("INSERT INTO sportello_messages (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            rememberProviders(providers);
        }

        /** The parameters of a message's row, in {@link #COLUMNS} order. */
        static Object[] row(MessageRecord m) {
            return new Object[]{m.id().value(), m.recipient().value(), m.channel(), m.kind().code(), m.language(),
                m.purpose(), m.status(), m.skipReason(), m.destination(), m.smsSegments(), m.smsEncoding(), m.dueAt(),
                m.providerId(), m.attempts(), m.createdAt(), m.updatedAt(), HistoryText.of(m.history())};
        }

        private void rememberProviders(List<Object[]> providers) {
            if (providers.isEmpty()) {
                return;
            }
            if (db.dialect == Dialect.POSTGRESQL) {
                db.update("INSERT INTO sportello_message_providers (channel, provider_id, message_id) "
                        + "SELECT * FROM unnest(?::text[], ?::text[], ?::uuid[]) ON CONFLICT DO NOTHING",
                        db.array("text", providers.stream().map(p -> ((Enum<?>) p[0]).name()).toArray()),
                        db.array("text", providers.stream().map(p -> p[1]).toArray()),
                        db.array("uuid", providers.stream().map(p -> p[2]).toArray()));
                return;
            }
            for (Object[] p : providers) {
                db.update("MERGE INTO sportello_message_providers KEY (channel, provider_id) VALUES (?, ?, ?)", p);
            }
        }

        @Override
        public List<MessageId> transition(List<MessageTransition> transitions) {
            if (transitions.isEmpty()) {
                return List.of();
            }
            Map<UUID, Channel> channels = new HashMap<>();
            List<MessageTransition> applied = db.dialect == Dialect.POSTGRESQL
                    ? applyAtOnce(transitions, channels) : applyOneByOne(transitions);
            List<Object[]> providers = new ArrayList<>();
            for (MessageTransition t : applied) {
                if (t.providerId() != null) {
                    Channel channel = channels.containsKey(t.id().value()) ? channels.get(t.id().value())
                            : db.one("SELECT channel FROM sportello_messages WHERE id = ?",
                                    rs -> Channel.valueOf(rs.getString(1)), t.id().value()).orElseThrow();
                    providers.add(new Object[]{channel, t.providerId(), t.id().value()});
                }
            }
            rememberProviders(providers);
            return applied.stream().map(MessageTransition::id).toList();
        }

        static String entry(MessageTransition t) {
            return HistoryText.line(new StatusChange(t.status(), t.at(), t.detail()), false);
        }

        /** PostgreSQL: the whole batch in one statement ({@link JdbcDeliveries}); elsewhere, the default's two calls. */
        @Override
        public List<String> completeDeliveries(OutboxStore outbox, List<OutboxCompletion> completions,
                                               List<MessageTransition> transitions, Instant now) {
            if (db.dialect != Dialect.POSTGRESQL || completions.isEmpty() || !(outbox instanceof JdbcOutboxStore o)
                    || o.db != db || !JdbcDeliveries.fits(completions, transitions)) {
                return MessageStore.super.completeDeliveries(outbox, completions, transitions, now);
            }
            return JdbcDeliveries.complete(db, completions, transitions, now);
        }

        /** H2: one conditional UPDATE per transition, in one batch. */
        private List<MessageTransition> applyOneByOne(List<MessageTransition> transitions) {
            List<Object[]> rows = new ArrayList<>();
            for (MessageTransition t : transitions) {
                rows.add(new Object[]{t.status(), t.providerId(), t.attempts() >= 0 ? t.attempts() : null, t.at(), entry(t),
                    t.id().value(), t.expected() == null ? "" : t.expected().name(), t.expected() == null ? "open" : ""});
            }
            int[] counts = db.batch("UPDATE sportello_messages SET status = ?, provider_id = COALESCE(?, provider_id), "
                    + "attempts = COALESCE(?, attempts), updated_at = ?, history = history || ? WHERE id = ? AND "
                    + "(status = ? OR ? = 'open' AND status NOT IN " + FINAL + ")", rows);
            List<MessageTransition> applied = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0 || counts[i] == java.sql.Statement.SUCCESS_NO_INFO) {
                    applied.add(transitions.get(i));
                }
            }
            return applied;
        }

        /**
         * PostgreSQL: transitions that share their status, expectation, attempts, instant and history line
         * (in a dispatcher batch, nearly all) go in one statement per group; only the provider ids differ
         * row by row. The returned rows tell which applied, and their channel.
         */
        private List<MessageTransition> applyAtOnce(List<MessageTransition> transitions, Map<UUID, Channel> channels) {
            record Group(MessageStatus status, MessageStatus expected, int attempts, Instant at, String entry) {
            }
            Map<Group, List<MessageTransition>> groups = new java.util.LinkedHashMap<>();
            for (MessageTransition t : transitions) {
                groups.computeIfAbsent(new Group(t.status(), t.expected(), t.attempts(), t.at(), entry(t)),
                        g -> new ArrayList<>()).add(t);
            }
            for (Map.Entry<Group, List<MessageTransition>> e : groups.entrySet()) {
                Group g = e.getKey();
                List<MessageTransition> members = e.getValue();
                Object[] ids = members.stream().map(t -> t.id().value()).toArray();
                Object[] providers = members.stream().map(MessageTransition::providerId).toArray();
                List<Object> params = new ArrayList<>(List.of(g.status()));
                StringBuilder sql = new StringBuilder("UPDATE sportello_messages m SET status = ?");
                if (g.attempts() >= 0) {
                    sql.append(", attempts = ?");
                    params.add(g.attempts());
                }
                sql.append(", updated_at = ?, history = m.history || ?, provider_id = COALESCE(v.provider_id, m.provider_id) "
                        + "FROM unnest(?::uuid[], ?::text[]) AS v(id, provider_id) WHERE m.id = v.id AND ");
                params.add(g.at());
                params.add(g.entry());
                params.add(db.array("uuid", ids));
                params.add(db.array("text", providers));
                if (g.expected() != null) {
                    sql.append("m.status = ?");
                    params.add(g.expected());
                } else {
                    sql.append("m.status NOT IN ").append(FINAL);
                }
                sql.append(" RETURNING m.id, m.channel");
                db.query(sql.toString(), rs -> channels.put(Db.uuid(rs, "id"), Channel.valueOf(rs.getString("channel"))),
                        params.toArray());
            }
            List<MessageTransition> applied = new ArrayList<>();
            for (MessageTransition t : transitions) {
                if (channels.containsKey(t.id().value())) {
                    applied.add(t);
                }
            }
            return applied;
        }

        @Override
        public Optional<MessageRecord> find(MessageId id) {
            return db.one("SELECT " + COLUMNS + " FROM sportello_messages WHERE id = ?", Messages::message, id.value());
        }

        @Override
        public Optional<MessageRecord> findByProviderId(Channel channel, String providerId) {
            return db.one("SELECT m." + COLUMNS.replace(", ", ", m.") + " FROM sportello_message_providers p JOIN "
                    + "sportello_messages m ON m.id = p.message_id WHERE p.channel = ? AND p.provider_id = ?",
                    Messages::message, channel, providerId);
        }

        @Override
        public Page<MessageRecord> forRecipient(UserId recipient, PageRequest page) {
            UUID before = Cursors.after(page.cursor());
            List<MessageRecord> rows = before == null
                    ? db.query("SELECT " + COLUMNS + " FROM sportello_messages WHERE recipient = ? ORDER BY id DESC LIMIT ?",
                            Messages::message, recipient.value(), page.size() + 1)
                    : db.query("SELECT " + COLUMNS + " FROM sportello_messages WHERE recipient = ? AND id < ? "
                            + "ORDER BY id DESC LIMIT ?", Messages::message, recipient.value(), before, page.size() + 1);
            return JdbcPages.of(rows, page.size(), m -> m.id().toString());
        }

        @Override
        public List<MessageRecord> queued(UserId recipient, Channel channel) {
            return db.query("SELECT " + COLUMNS + " FROM sportello_messages WHERE recipient = ? AND channel = ? "
                    + "AND status = 'QUEUED' ORDER BY id", Messages::message, recipient.value(), channel);
        }

        private static MessageRecord message(ResultSet rs) throws SQLException {
            String skip = rs.getString("skip_reason");
            String encoding = rs.getString("sms_encoding");
            return MessageRecord.builder().id(new MessageId(Db.uuid(rs, "id"))).recipient(new UserId(Db.uuid(rs, "recipient")))
                    .channel(Channel.valueOf(rs.getString("channel"))).kind(new MessageKind(rs.getString("kind")))
                    .language(Language.valueOf(rs.getString("language"))).purpose(Purpose.valueOf(rs.getString("purpose")))
                    .status(MessageStatus.valueOf(rs.getString("status"))).skipReason(skip == null ? null : SkipReason.valueOf(skip))
                    .destination(rs.getString("destination")).smsSegments(rs.getInt("sms_segments"))
                    .smsEncoding(encoding == null ? null : SmsEncoding.valueOf(encoding)).dueAt(Db.instant(rs, "due_at"))
                    .providerId(rs.getString("provider_id")).attempts(rs.getInt("attempts"))
                    .history(HistoryText.parse(rs.getString("history"))).createdAt(Db.instant(rs, "created_at"))
                    .updatedAt(Db.instant(rs, "updated_at")).build();
        }
    }

    static final class Inbox implements InboxStore {
        static final String COLUMNS = "id, recipient, kind, title, body, content, created_at, read_at, expires_at";
        private static final String LIVE = "(expires_at IS NULL OR expires_at > ?)";
        private final Db db;

        Inbox(Db db) {
            this.db = db;
        }

        @Override
        public void insert(InboxNotice n) {
            appendAll(List.of(n));
        }

        @Override
        public void appendAll(List<InboxNotice> notices) {
            db.batch("INSERT INTO sportello_inbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    notices.stream().map(Inbox::row).toList());
        }

        /** The parameters of a notice's row, in {@link #COLUMNS} order. */
        static Object[] row(InboxNotice n) {
            return new Object[]{n.id().value(), n.recipient().value(), n.kind().code(), n.title(), n.body(),
                n.content() == null ? null : FlatCodec.encode(encode(n.content())), n.createdAt(), n.readAt(), n.expiresAt()};
        }

        @Override
        public Optional<InboxNotice> find(NoticeId id) {
            return db.one("SELECT " + COLUMNS + " FROM sportello_inbox WHERE id = ?", Inbox::notice, id.value());
        }

        @Override
        public Page<InboxNotice> list(UserId recipient, Instant now, PageRequest page) {
            UUID before = Cursors.after(page.cursor());
            List<InboxNotice> rows = before == null
                    ? db.query("SELECT " + COLUMNS + " FROM sportello_inbox WHERE recipient = ? AND " + LIVE
                            + " ORDER BY id DESC LIMIT ?", Inbox::notice, recipient.value(), now, page.size() + 1)
                    : db.query("SELECT " + COLUMNS + " FROM sportello_inbox WHERE recipient = ? AND " + LIVE
                            + " AND id < ? ORDER BY id DESC LIMIT ?", Inbox::notice, recipient.value(), now, before, page.size() + 1);
            return JdbcPages.of(rows, page.size(), n -> n.id().toString());
        }

        @Override
        public long unread(UserId recipient, Instant now) {
            return db.one("SELECT COUNT(*) FROM sportello_inbox WHERE recipient = ? AND read_at IS NULL AND " + LIVE,
                    rs -> rs.getLong(1), recipient.value(), now).orElse(0L);
        }

        @Override
        public void markRead(NoticeId id, Instant at) {
            db.update("UPDATE sportello_inbox SET read_at = ? WHERE id = ? AND read_at IS NULL", at, id.value());
        }

        @Override
        public void dropContent(NoticeId id) {
            db.update("UPDATE sportello_inbox SET body = '', content = NULL WHERE id = ?", id.value());
        }

        private static InboxNotice notice(ResultSet rs) throws SQLException {
            String content = rs.getString("content");
            return InboxNotice.builder().id(new NoticeId(Db.uuid(rs, "id"))).recipient(new UserId(Db.uuid(rs, "recipient")))
                    .kind(new MessageKind(rs.getString("kind"))).title(rs.getString("title")).body(rs.getString("body"))
                    .content(content == null ? null : decode(FlatCodec.decode(content))).createdAt(Db.instant(rs, "created_at"))
                    .readAt(Db.instant(rs, "read_at")).expiresAt(Db.instant(rs, "expires_at")).build();
        }

        static Map<String, String> encode(ProactiveContent content) {
            Map<String, String> map = new HashMap<>();
            map.put("g", content.greeting());
            for (int i = 0; i < content.sections().size(); i++) {
                Section s = content.sections().get(i);
                map.put("s." + i + ".h", s.heading());
                for (int j = 0; j < s.paragraphs().size(); j++) {
                    map.put("s." + i + ".p." + j, s.paragraphs().get(j));
                }
                for (int j = 0; j < s.amounts().size(); j++) {
                    Amount a = s.amounts().get(j);
                    map.put("s." + i + ".a." + j + ".l", a.label());
                    map.put("s." + i + ".a." + j + ".v", a.value().toPlainString());
                    if (a.period() != null) {
                        map.put("s." + i + ".a." + j + ".p", a.period());
                    }
                }
            }
            for (int i = 0; i < content.callsToAction().size(); i++) {
                CallToAction c = content.callsToAction().get(i);
                map.put("c." + i + ".id", c.id());
                map.put("c." + i + ".l", c.label());
                map.put("c." + i + ".u", c.url());
                if (c.requiredEntitlement() != null) {
                    map.put("c." + i + ".e", c.requiredEntitlement());
                }
            }
            return map;
        }

        static ProactiveContent decode(Map<String, String> map) {
            List<Section> sections = new ArrayList<>();
            for (int i = 0; map.containsKey("s." + i + ".h"); i++) {
                List<String> paragraphs = new ArrayList<>();
                for (int j = 0; map.containsKey("s." + i + ".p." + j); j++) {
                    paragraphs.add(map.get("s." + i + ".p." + j));
                }
                List<Amount> amounts = new ArrayList<>();
                for (int j = 0; map.containsKey("s." + i + ".a." + j + ".l"); j++) {
                    String p = "s." + i + ".a." + j;
                    amounts.add(new Amount(map.get(p + ".l"), new BigDecimal(map.get(p + ".v")), map.get(p + ".p")));
                }
                sections.add(new Section(map.get("s." + i + ".h"), paragraphs, amounts));
            }
            List<CallToAction> calls = new ArrayList<>();
            for (int i = 0; map.containsKey("c." + i + ".id"); i++) {
                String p = "c." + i;
                calls.add(new CallToAction(map.get(p + ".id"), map.get(p + ".l"), map.get(p + ".u"), map.get(p + ".e")));
            }
            return new ProactiveContent(map.get("g"), sections, calls);
        }
    }
}
