package dev.sportello.adapters.memory;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.OfficeFigures;
import dev.sportello.requests.QueueQuery;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.RequestStatus;
import dev.sportello.requests.RequestSummary;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.spi.AttachmentStore;
import dev.sportello.requests.spi.RequestRecord;
import dev.sportello.requests.spi.RequestStore;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** In-memory requests, timelines and archives. */
final class MemoryRequestStores {
    private MemoryRequestStores() {
    }

    /** Keyset cursor {@code micros_uuid}. */
    static String cursor(Instant at, RequestId id) {
        return (at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000) + "_" + id;
    }

    static Object[] parseCursor(String cursor) {
        try {
            int sep = cursor.indexOf('_');
            long micros = Long.parseLong(cursor.substring(0, sep));
            return new Object[]{Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L),
                UUID.fromString(cursor.substring(sep + 1))};
        } catch (RuntimeException e) {
            throw SportelloException.invalidField(ErrorCode.PAGE_CURSOR_INVALID, "cursor", Map.of());
        }
    }

    static final class Requests implements RequestStore {
        private final MemoryData data;
        private final UndoLog undo;

        Requests(MemoryData data, UndoLog undo) {
            this.data = data;
            this.undo = undo;
        }

        private static MemoryData.OwnerKey idemKey(UserId owner, String key) {
            return new MemoryData.OwnerKey(owner, key);
        }

        @Override
        public void insert(RequestRecord r) {
            if (data.requests.containsKey(r.id()) || data.requestsByIdempotency.containsKey(idemKey(r.owner(), r.idempotencyKey()))
                    || data.requestProtocols.containsKey(r.protocol().value())) {
                throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "request",
                        "objectId", r.id().toString(), "expectedVersion", "none"));
            }
            undo.put(data.requests, r.id(), r);
            undo.put(data.requestsByIdempotency, idemKey(r.owner(), r.idempotencyKey()), r.id());
            undo.put(data.requestProtocols, r.protocol().value(), r.id());
        }

        @Override
        public void update(RequestRecord r, long expectedVersion) {
            RequestRecord current = data.requests.get(r.id());
            if (current == null || current.version() != expectedVersion) {
                throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "request",
                        "objectId", r.id().toString(), "expectedVersion", Long.toString(expectedVersion)));
            }
            undo.put(data.requests, r.id(), r);
        }

        @Override
        public Optional<RequestRecord> find(RequestId id) {
            return Optional.ofNullable(data.requests.get(id));
        }

        @Override
        public Optional<RequestRecord> findByIdempotencyKey(UserId owner, String key) {
            return Optional.ofNullable(data.requestsByIdempotency.get(idemKey(owner, key))).map(data.requests::get);
        }

        @Override
        public void appendTimeline(RequestId request, List<TimelineEntry> entries) {
            List<TimelineEntry> timeline = UndoLog.child(undo, data.timelines, request, ArrayList::new);
            int size = timeline.size();
            timeline.addAll(entries);
            ((ArrayList<TimelineEntry>) timeline).trimToSize();
            undo.onRollback(() -> timeline.subList(size, timeline.size()).clear());
        }

        @Override
        public List<TimelineEntry> timeline(RequestId request) {
            return List.copyOf(data.timelines.getOrDefault(request, List.of()));
        }

        @Override
        public Page<RequestSummary> search(UserId owner, RequestSearch s) {
            String subject = s.subjectContains() == null ? null : s.subjectContains().toLowerCase(Locale.ROOT);
            Predicate<RequestRecord> match = r -> r.owner().equals(owner)
                    && (s.company() == null || s.company().equals(r.company()))
                    && (subject == null || r.subject().toLowerCase(Locale.ROOT).contains(subject))
                    && (s.statuses().isEmpty() || s.statuses().contains(r.status()))
                    && (s.openedFrom() == null || !r.createdAt().isBefore(s.openedFrom()))
                    && (s.openedTo() == null || r.createdAt().isBefore(s.openedTo()))
                    && (s.updatedFrom() == null || !r.updatedAt().isBefore(s.updatedFrom()))
                    && (s.updatedTo() == null || r.updatedAt().isBefore(s.updatedTo()));
            Comparator<RequestRecord> order = Comparator.comparing(RequestRecord::updatedAt)
                    .thenComparing(r -> r.id().toString()).reversed();
            return page(data.requests.values().stream().filter(match), order, RequestRecord::updatedAt, true, s.page());
        }

        @Override
        public Page<RequestSummary> queue(QueueQuery q, Instant now) {
            List<RequestStatus> statuses = q.statuses().isEmpty()
                    ? List.of(RequestStatus.OPEN, RequestStatus.IN_CHARGE) : List.copyOf(q.statuses());
            Predicate<RequestRecord> match = r -> r.office().equals(q.office()) && statuses.contains(r.status())
                    && (q.topic() == null || q.topic().equals(r.topic()))
                    && (q.assignee() == null || q.assignee().equals(r.assignee()))
                    && (!q.unassigned() || r.assignee() == null)
                    && (q.olderThan() == null || r.createdAt().isBefore(now.minus(q.olderThan())));
            Comparator<RequestRecord> order = Comparator.comparing(RequestRecord::createdAt).thenComparing(r -> r.id().toString());
            return page(data.requests.values().stream().filter(match), order, RequestRecord::createdAt, false, q.page());
        }

        private static Page<RequestSummary> page(Stream<RequestRecord> rows, Comparator<RequestRecord> order,
                                                 java.util.function.Function<RequestRecord, Instant> key, boolean descending,
                                                 PageRequest page) {
            Stream<RequestRecord> filtered = rows;
            if (page.cursor() != null) {
                Object[] after = parseCursor(page.cursor());
                Instant at = (Instant) after[0];
                String id = after[1].toString();
                filtered = rows.filter(r -> {
                    int c = key.apply(r).compareTo(at);
                    if (c == 0) {
                        c = r.id().toString().compareTo(id);
                    }
                    return descending ? c < 0 : c > 0;
                });
            }
            List<RequestRecord> sorted = filtered.sorted(order).limit(page.size() + 1L).toList();
            String next = null;
            if (sorted.size() > page.size()) {
                sorted = sorted.subList(0, page.size());
                RequestRecord last = sorted.get(sorted.size() - 1);
                next = cursor(key.apply(last), last.id());
            }
            return new Page<>(sorted.stream().map(Requests::summary).toList(), next);
        }

        static RequestSummary summary(RequestRecord r) {
            return RequestSummary.builder().id(r.id()).protocol(r.protocol()).owner(r.owner()).company(r.company())
                    .topic(r.topic()).subject(r.subject()).office(r.office()).status(r.status()).assignee(r.assignee())
                    .awaitingUser(r.awaitingUser()).outcome(r.outcome()).createdAt(r.createdAt()).updatedAt(r.updatedAt())
                    .build();
        }

        @Override
        public OfficeFigures figures(OfficeCode office, Instant now) {
            Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
            for (RequestStatus status : RequestStatus.values()) {
                byStatus.put(status, 0L);
            }
            Map<String, Long> outcomes = new TreeMap<>();
            List<Duration> ages = new ArrayList<>();
            long awaiting = 0;
            for (RequestRecord r : data.requests.values()) {
                if (!r.office().equals(office)) {
                    continue;
                }
                byStatus.merge(r.status(), 1L, Long::sum);
                if (r.status() == RequestStatus.CLOSED) {
                    outcomes.merge(r.outcome(), 1L, Long::sum);
                } else {
                    ages.add(Duration.between(r.createdAt(), now));
                    awaiting += r.awaitingUser() ? 1 : 0;
                }
            }
            ages.sort(Comparator.naturalOrder());
            return new OfficeFigures(office, byStatus, awaiting, percentile(ages, 0.5), percentile(ages, 0.9),
                    ages.isEmpty() ? Duration.ZERO : ages.get(ages.size() - 1), outcomes);
        }

        /** Nearest-rank percentile, as {@code percentile_disc} computes it. */
        static Duration percentile(List<Duration> sorted, double p) {
            if (sorted.isEmpty()) {
                return Duration.ZERO;
            }
            int rank = (int) Math.ceil(p * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }
    }

    static final class Attachments implements AttachmentStore {
        private final MemoryData data;
        private final UndoLog undo;

        Attachments(MemoryData data, UndoLog undo) {
            this.data = data;
            this.undo = undo;
        }

        @Override
        public void put(ArchiveId id, RequestId request, byte[] zip, Instant at) {
            if (data.archives.containsKey(id)) {
                throw new IllegalArgumentException("duplicate archive " + id);
            }
            undo.put(data.archives, id, zip.clone());
        }

        @Override
        public Optional<byte[]> get(ArchiveId id) {
            return Optional.ofNullable(data.archives.get(id)).map(byte[]::clone);
        }
    }
}
