package dev.sportello.adapters.memory;

import dev.sportello.AuditEntry;
import dev.sportello.DelegationId;
import dev.sportello.UserId;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.spi.MessageRecord;
import dev.sportello.offices.Closure;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.spi.UserRecord;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Every table of the in-memory storage. Each group of tables is guarded by its own lock (see {@link MemoryStorage});
 * the counters, locked per key, are a concurrent map.
 */
final class MemoryData {
    final Map<UserId, UserRecord> users = new HashMap<>();
    /** Users by the canonical form of their fiscal code. */
    final Map<String, UserId> usersByFiscalCode = new HashMap<>();
    final Map<String, UserId> usersByRegistrationNumber = new HashMap<>();
    final Map<UserId, List<ConsentEvent>> consents = new HashMap<>();
    final Map<String, NavigableMap<String, AuditEntry>> auditByObject = new HashMap<>();
    /** The hash of each audit stream's last entry. */
    final Map<String, String> auditHeads = new HashMap<>();
    final Map<String, OutboxEntry> outbox = new HashMap<>();
    /** Claimable entries: PENDING by due time, and IN_FLIGHT by lease expiry, then by id. */
    final NavigableMap<MemoryOutboxStore.DueKey, String> outboxPending = new TreeMap<>();
    final NavigableMap<MemoryOutboxStore.DueKey, String> outboxInFlight = new TreeMap<>();
    final Map<dev.sportello.dossiers.DossierId, dev.sportello.medical.spi.MedicalReportRecord> medicalReports = new HashMap<>();
    final Map<dev.sportello.medical.spi.GuideTally, Long> guideTallies = new HashMap<>();
    final Map<dev.sportello.attestation.AttestationId, dev.sportello.attestation.spi.AttestationRecord> attestations =
            new java.util.LinkedHashMap<>();
    /** One entry, {@code "entries"}: the status-list entries allocated. */
    final Map<String, Long> attestationEntries = new HashMap<>();
    final Map<dev.sportello.spi.CounterKey, Long> counters = new java.util.concurrent.ConcurrentHashMap<>();
    final Map<String, NavigableMap<LocalDate, Closure>> closures = new HashMap<>();
    final Map<DelegationId, dev.sportello.delegation.spi.DelegationRecord> delegations = new HashMap<>();
    final Map<MessageId, MessageRecord> messages = new HashMap<>();
    final Map<String, MessageId> messagesByProviderId = new HashMap<>();
    /** Each recipient's messages, by id (hashed: reads sort, writes are the hot path). */
    final Map<UserId, Map<MessageId, MessageId>> messagesByRecipient = new HashMap<>();
    final Map<NoticeId, InboxNotice> inbox = new HashMap<>();
    /** Each recipient's inbox notices, by id (hashed: reads sort, writes are the hot path). */
    final Map<UserId, Map<NoticeId, NoticeId>> inboxByRecipient = new HashMap<>();
    final Map<String, Long> engagement = new TreeMap<>();
    final Map<dev.sportello.requests.RequestId, dev.sportello.requests.spi.RequestRecord> requests = new HashMap<>();
    /** Requests by owner and idempotency key: a small record, not a concatenated string (memory per request). */
    final Map<OwnerKey, dev.sportello.requests.RequestId> requestsByIdempotency = new HashMap<>();
    final Map<String, dev.sportello.requests.RequestId> requestProtocols = new HashMap<>();
    final Map<dev.sportello.requests.RequestId, List<dev.sportello.requests.TimelineEntry>> timelines = new HashMap<>();
    final Map<dev.sportello.requests.ArchiveId, byte[]> archives = new HashMap<>();
    final Map<dev.sportello.appointments.AppointmentId, dev.sportello.appointments.spi.AppointmentRecord> appointments = new HashMap<>();
    final Map<String, dev.sportello.appointments.AppointmentId> appointmentsByIdempotency = new HashMap<>();
    final Map<UserId, Map<dev.sportello.appointments.AppointmentId, Boolean>> appointmentsByOwner = new HashMap<>();
    final Map<String, Map<dev.sportello.appointments.AppointmentId, Boolean>> appointmentsByOfficeDay = new HashMap<>();
    final Map<dev.sportello.appointments.WaitlistEntryId, dev.sportello.appointments.spi.WaitlistRecord> waitlist = new HashMap<>();
    final Map<dev.sportello.notifications.DeviceId, dev.sportello.notifications.spi.DeviceRecord> devices = new HashMap<>();
    final Map<String, dev.sportello.notifications.DeviceId> devicesByToken = new HashMap<>();
    final Map<UserId, Map<dev.sportello.notifications.DeviceId, Boolean>> devicesByUser = new HashMap<>();
    final MemoryFeedbackStore.Tables feedback = new MemoryFeedbackStore.Tables();
    final MemoryDossierData dossiers = new MemoryDossierData();
    final MemoryFragileStore.Tables fragile = new MemoryFragileStore.Tables();

    /** An owner's key (idempotency key), as an index key. */
    record OwnerKey(UserId owner, String key) {
    }
}
