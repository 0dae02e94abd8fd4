package dev.sportello.adapters.memory;

import dev.sportello.Channel;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.UserId;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.StatusChange;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.notifications.spi.MessageRecord;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.notifications.spi.MessageTransition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory messages and inbox. */
final class MemoryMessageStores {
    private MemoryMessageStores() {
    }

    static final class Messages implements MessageStore {
        private final MemoryData data;
        private final UndoLog undo;

        Messages(MemoryData data, UndoLog undo) {
            this.data = data;
            this.undo = undo;
        }

        @Override
        public void appendAll(List<MessageRecord> messages) {
            for (MessageRecord m : messages) {
                if (data.messages.containsKey(m.id())) {
                    throw new IllegalArgumentException("duplicate message id " + m.id());
                }
                undo.put(data.messages, m.id(), m);
                Map<MessageId, MessageId> mine = UndoLog.child(undo, data.messagesByRecipient, m.recipient(), HashMap::new);
                undo.put(mine, m.id(), m.id());
                if (m.providerId() != null) {
                    undo.put(data.messagesByProviderId, m.channel() + "|" + m.providerId(), m.id());
                }
            }
        }

        @Override
        public List<MessageId> transition(List<MessageTransition> transitions) {
            List<MessageId> changed = new ArrayList<>();
            for (MessageTransition t : transitions) {
                MessageRecord m = data.messages.get(t.id());
                if (m == null || (t.expected() != null ? m.status() != t.expected() : m.status().isFinal())) {
                    continue;
                }
                List<StatusChange> history = new ArrayList<>(m.history());
                history.add(new StatusChange(t.status(), t.at(), t.detail()));
                String providerId = t.providerId() != null ? t.providerId() : m.providerId();
                MessageRecord next = m.toBuilder().status(t.status()).providerId(providerId)
                        .attempts(t.attempts() >= 0 ? t.attempts() : m.attempts()).history(history).updatedAt(t.at()).build();
                undo.put(data.messages, m.id(), next);
                if (t.providerId() != null) {
                    undo.put(data.messagesByProviderId, m.channel() + "|" + t.providerId(), m.id());
                }
                changed.add(m.id());
            }
            return changed;
        }

        @Override
        public Optional<MessageRecord> find(MessageId id) {
            return Optional.ofNullable(data.messages.get(id));
        }

        @Override
        public Optional<MessageRecord> findByProviderId(Channel channel, String providerId) {
            return Optional.ofNullable(data.messagesByProviderId.get(channel + "|" + providerId)).map(data.messages::get);
        }

        @Override
        public Page<MessageRecord> forRecipient(UserId recipient, PageRequest page) {
            Map<MessageId, MessageId> mine = data.messagesByRecipient.getOrDefault(recipient, Map.of());
            return Paging.page(mine.values().stream().map(data.messages::get), m -> m.id().toString(), true, page);
        }

        @Override
        public List<MessageRecord> queued(UserId recipient, Channel channel) {
            Map<MessageId, MessageId> mine = data.messagesByRecipient.getOrDefault(recipient, Map.of());
            return mine.values().stream().map(data.messages::get)
                    .filter(m -> m.channel() == channel && m.status() == MessageStatus.QUEUED)
                    .sorted(java.util.Comparator.comparing(m -> m.id().toString())).toList();
        }
    }

    static final class Inbox implements InboxStore {
        private final MemoryData data;
        private final UndoLog undo;

        Inbox(MemoryData data, UndoLog undo) {
            this.data = data;
            this.undo = undo;
        }

        @Override
        public void insert(InboxNotice notice) {
            if (data.inbox.containsKey(notice.id())) {
                throw new IllegalArgumentException("duplicate notice id " + notice.id());
            }
            undo.put(data.inbox, notice.id(), notice);
            Map<NoticeId, NoticeId> mine = UndoLog.child(undo, data.inboxByRecipient, notice.recipient(), HashMap::new);
            undo.put(mine, notice.id(), notice.id());
        }

        @Override
        public Optional<InboxNotice> find(NoticeId id) {
            return Optional.ofNullable(data.inbox.get(id));
        }

        @Override
        public Page<InboxNotice> list(UserId recipient, Instant now, PageRequest page) {
            Map<NoticeId, NoticeId> mine = data.inboxByRecipient.getOrDefault(recipient, Map.of());
            return Paging.page(mine.values().stream().map(data.inbox::get).filter(n -> live(n, now)),
                    n -> n.id().toString(), true, page);
        }

        @Override
        public long unread(UserId recipient, Instant now) {
            Map<NoticeId, NoticeId> mine = data.inboxByRecipient.getOrDefault(recipient, Map.of());
            return mine.values().stream().map(data.inbox::get).filter(n -> live(n, now) && !n.read()).count();
        }

        private static boolean live(InboxNotice n, Instant now) {
            return n.expiresAt() == null || now.isBefore(n.expiresAt());
        }

        @Override
        public void markRead(NoticeId id, Instant at) {
            InboxNotice n = data.inbox.get(id);
            if (n != null && n.readAt() == null) {
                undo.put(data.inbox, id, n.toBuilder().readAt(at).build());
            }
        }

        @Override
        public void dropContent(NoticeId id) {
            InboxNotice n = data.inbox.get(id);
            if (n != null) {
                undo.put(data.inbox, id, n.toBuilder().body("").content(null).build());
            }
        }
    }
}
