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
import dev.sportello.spi.InboxStore;
import dev.sportello.spi.MessageRecord;
import dev.sportello.spi.MessageStore;
import dev.sportello.spi.MessageTransition;

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
import java.util.stream.Collectors;

/** Messages with their history rows, and inbox notices. */
final class JdbcMessageStores {
    private JdbcMessageStores() {
    }

    static final class Messages implements MessageStore {
        private static final String COLUMNS = "id, recipient, channel, kind, language, purpose, status, skip_reason, "
                + "destination, sms_segments, sms_encoding, due_at, provider_id, attempts, created_at, updated_at";
        private static final String FINAL = "('DELIVERED', 'FAILED', 'EXPIRED', 'SKIPPED', 'CANCELLED')";
        private final Db db;

        Messages(Db db) {
            this.db = db;
        }

        @Override
        public void insert(List<MessageRecord> messages) {
            List<Object[]> rows = new ArrayList<>();
            List<Object[]> history = new ArrayList<>();
            for (MessageRecord m : messages) {
                rows.add(new Object[]{m.id().value(), m.recipient().value(), m.channel(), m.kind().code(), m.language(),
                    m.purpose(), m.status(), m.skipReason(), m.destination(), m.smsSegments(), m.smsEncoding(), m.dueAt(),
                    m.providerId(), m.attempts(), m.createdAt(), m.updatedAt()});
                for (int i = 0; i < m.history().size(); i++) {
                    StatusChange c = m.history().get(i);
                    history.add(new Object[]{m.id().value(), i + 1, c.status(), c.at(), c.detail()});
                }
            }
            db.batch("INSERT INTO sportello_messages (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
            db.batch("INSERT INTO sportello_message_history (message_id, seq, status, at, detail) VALUES (?, ?, ?, ?, ?)", history);
        }

        @Override
        public List<MessageId> transition(List<MessageTransition> transitions) {
            List<MessageTransition> expected = new ArrayList<>();
            List<MessageTransition> open = new ArrayList<>();
            transitions.forEach(t -> (t.expected() != null ? expected : open).add(t));
            List<MessageTransition> applied = new ArrayList<>();
            apply(expected, "status = ?", true, applied);
            apply(open, "status NOT IN " + FINAL, false, applied);
            List<Object[]> history = new ArrayList<>();
            for (MessageTransition t : applied) {
                history.add(new Object[]{t.id().value(), t.status(), t.at(), truncate(t.detail()), t.id().value()});
            }
            db.batch("INSERT INTO sportello_message_history (message_id, seq, status, at, detail) "
                    + "SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ? FROM sportello_message_history WHERE message_id = ?", history);
            return applied.stream().map(MessageTransition::id).toList();
        }

        private void apply(List<MessageTransition> transitions, String condition, boolean bindExpected,
                           List<MessageTransition> applied) {
            if (transitions.isEmpty()) {
                return;
            }
            List<Object[]> rows = new ArrayList<>();
            for (MessageTransition t : transitions) {
                List<Object> row = new ArrayList<>(List.of(t.status()));
                row.add(t.providerId());
                row.add(t.attempts() >= 0 ? t.attempts() : null);
                row.add(t.at());
                row.add(t.id().value());
                if (bindExpected) {
                    row.add(t.expected());
                }
                rows.add(row.toArray());
            }
            int[] counts = db.batch("UPDATE sportello_messages SET status = ?, provider_id = COALESCE(?, provider_id), "
                    + "attempts = COALESCE(?, attempts), updated_at = ? WHERE id = ? AND " + condition, rows);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0 || counts[i] == java.sql.Statement.SUCCESS_NO_INFO) {
                    applied.add(transitions.get(i));
                }
            }
        }

        private static String truncate(String detail) {
            return detail == null || detail.length() <= 600 ? detail : detail.substring(0, 600);
        }

        @Override
        public Optional<MessageRecord> find(MessageId id) {
            return withHistory(db.query("SELECT " + COLUMNS + " FROM sportello_messages WHERE id = ?", Messages::bare,
                    id.value())).stream().findFirst();
        }

        @Override
        public Optional<MessageRecord> findByProviderId(Channel channel, String providerId) {
            return withHistory(db.query("SELECT " + COLUMNS + " FROM sportello_messages WHERE channel = ? AND provider_id = ?",
                    Messages::bare, channel, providerId)).stream().findFirst();
        }

        @Override
        public Page<MessageRecord> forRecipient(UserId recipient, PageRequest page) {
            UUID before = Cursors.after(page.cursor());
            List<MessageRecord> rows = before == null
                    ? db.query("SELECT " + COLUMNS + " FROM sportello_messages WHERE recipient = ? ORDER BY id DESC LIMIT ?",
                            Messages::bare, recipient.value(), page.size() + 1)
                    : db.query("SELECT " + COLUMNS + " FROM sportello_messages WHERE recipient = ? AND id < ? "
                            + "ORDER BY id DESC LIMIT ?", Messages::bare, recipient.value(), before, page.size() + 1);
            Page<MessageRecord> bare = JdbcPages.of(rows, page.size(), m -> m.id().toString());
            return new Page<>(withHistory(bare.items()), bare.nextCursor());
        }

        @Override
        public List<MessageRecord> queued(UserId recipient, Channel channel) {
            return withHistory(db.query("SELECT " + COLUMNS + " FROM sportello_messages WHERE recipient = ? AND channel = ? "
                    + "AND status = 'QUEUED' ORDER BY id", Messages::bare, recipient.value(), channel));
        }

        private List<MessageRecord> withHistory(List<MessageRecord> messages) {
            if (messages.isEmpty()) {
                return messages;
            }
            String in = messages.stream().map(m -> "?").collect(Collectors.joining(", "));
            Map<UUID, List<StatusChange>> history = new HashMap<>();
            db.query("SELECT message_id, status, at, detail FROM sportello_message_history WHERE message_id IN (" + in
                    + ") ORDER BY message_id, seq", rs -> history.computeIfAbsent(Db.uuid(rs, "message_id"), k -> new ArrayList<>())
                    .add(new StatusChange(MessageStatus.valueOf(rs.getString("status")), Db.instant(rs, "at"), rs.getString("detail"))),
                    messages.stream().map(m -> m.id().value()).toArray());
            return messages.stream().map(m -> new MessageRecord(m.id(), m.recipient(), m.channel(), m.kind(), m.language(),
                    m.purpose(), m.status(), m.skipReason(), m.destination(), m.smsSegments(), m.smsEncoding(), m.dueAt(),
                    m.providerId(), m.attempts(), history.getOrDefault(m.id().value(), List.of()), m.createdAt(),
                    m.updatedAt())).toList();
        }

        private static MessageRecord bare(ResultSet rs) throws SQLException {
            String skip = rs.getString("skip_reason");
            String encoding = rs.getString("sms_encoding");
            return new MessageRecord(new MessageId(Db.uuid(rs, "id")), new UserId(Db.uuid(rs, "recipient")),
                    Channel.valueOf(rs.getString("channel")), new MessageKind(rs.getString("kind")),
                    Language.valueOf(rs.getString("language")), Purpose.valueOf(rs.getString("purpose")),
                    MessageStatus.valueOf(rs.getString("status")), skip == null ? null : SkipReason.valueOf(skip),
                    rs.getString("destination"), rs.getInt("sms_segments"), encoding == null ? null : SmsEncoding.valueOf(encoding),
                    Db.instant(rs, "due_at"), rs.getString("provider_id"), rs.getInt("attempts"), List.of(),
                    Db.instant(rs, "created_at"), Db.instant(rs, "updated_at"));
        }
    }

    static final class Inbox implements InboxStore {
        private static final String COLUMNS = "id, recipient, kind, title, body, content, created_at, read_at, expires_at";
        private static final String LIVE = "(expires_at IS NULL OR expires_at > ?)";
        private final Db db;

        Inbox(Db db) {
            this.db = db;
        }

        @Override
        public void insert(InboxNotice n) {
            db.update("INSERT INTO sportello_inbox (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", n.id().value(),
                    n.recipient().value(), n.kind().code(), n.title(), n.body(),
                    n.content() == null ? null : FlatCodec.encode(encode(n.content())), n.createdAt(), n.readAt(), n.expiresAt());
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
            return new InboxNotice(new NoticeId(Db.uuid(rs, "id")), new UserId(Db.uuid(rs, "recipient")),
                    new MessageKind(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
                    content == null ? null : decode(FlatCodec.decode(content)), Db.instant(rs, "created_at"),
                    Db.instant(rs, "read_at"), Db.instant(rs, "expires_at"));
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
