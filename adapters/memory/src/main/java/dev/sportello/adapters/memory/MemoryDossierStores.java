package dev.sportello.adapters.memory;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierSearch;
import dev.sportello.dossiers.DossierSummary;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.StatusChange;
import dev.sportello.dossiers.spi.DocumentContentStore;
import dev.sportello.dossiers.spi.DocumentStore;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.requests.RequestId;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory dossiers, document metadata and document content. */
final class MemoryDossierStores {
    private static final int CHUNK = 64 * 1024;

    private MemoryDossierStores() {
    }

    /**
     * Keyset cursor {@code micros(19 digits)_id}: the list is ordered by it, as text, which is the order of the update
     * time and then of the id's text, ordinal, as the SPI asks (the id is kept as it is: writing its {@code /} as
     * anything else would move it among the other characters).
     */
    static String cursor(Instant at, DossierId id) {
        return String.format("%019d", at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000) + "_" + id.value();
    }

    static final class Dossiers implements DossierStore {
        private final MemoryDossierData data;
        private final UndoLog undo;

        Dossiers(MemoryData data, UndoLog undo) {
            this.data = data.dossiers;
            this.undo = undo;
        }

        @Override
        public void insert(DossierRecord r) {
            if (data.dossiers.containsKey(r.id())) {
                throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "dossier",
                        "objectId", r.id().value(), "expectedVersion", "none"));
            }
            undo.put(data.dossiers, r.id(), r);
            undo.put(UndoLog.child(undo, data.dossiersByOwner, r.owner(), HashMap::new), r.id(), Boolean.TRUE);
        }

        @Override
        public void update(DossierRecord r, long expectedVersion) {
            DossierRecord current = data.dossiers.get(r.id());
            if (current == null || current.version() != expectedVersion) {
                throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "dossier",
                        "objectId", r.id().value(), "expectedVersion", Long.toString(expectedVersion)));
            }
            undo.put(data.dossiers, r.id(), r);
        }

        @Override
        public Optional<DossierRecord> find(DossierId id) {
            return Optional.ofNullable(data.dossiers.get(id));
        }

        @Override
        public Map<DossierId, DossierRecord> findAll(Collection<DossierId> ids) {
            Map<DossierId, DossierRecord> found = new HashMap<>();
            ids.forEach(id -> {
                DossierRecord r = data.dossiers.get(id);
                if (r != null) {
                    found.put(id, r);
                }
            });
            return found;
        }

        @Override
        public void appendTimeline(DossierId dossier, List<StatusChange> entries) {
            List<StatusChange> timeline = UndoLog.child(undo, data.timelines, dossier, ArrayList::new);
            int size = timeline.size();
            timeline.addAll(entries);
            undo.onRollback(() -> timeline.subList(size, timeline.size()).clear());
        }

        @Override
        public List<StatusChange> timeline(DossierId dossier) {
            return List.copyOf(data.timelines.getOrDefault(dossier, List.of()));
        }

        @Override
        public void putMeasures(DossierId dossier, List<Measure> measures) {
            Map<String, Measure> table = UndoLog.child(undo, data.measures, dossier, HashMap::new);
            measures.forEach(m -> undo.put(table, m.id(), m));
        }

        @Override
        public List<Measure> measures(DossierId dossier) {
            return data.measures.getOrDefault(dossier, Map.of()).values().stream()
                    .sorted(Comparator.comparing(Measure::date).thenComparing(Measure::id)).toList();
        }

        @Override
        public Map<String, Measure> findMeasures(DossierId dossier, Set<String> ids) {
            return subset(data.measures.getOrDefault(dossier, Map.of()), ids);
        }

        @Override
        public void putPayments(DossierId dossier, List<Payment> payments) {
            Map<String, Payment> table = UndoLog.child(undo, data.payments, dossier, HashMap::new);
            payments.forEach(p -> undo.put(table, p.id(), p));
        }

        @Override
        public List<Payment> payments(DossierId dossier) {
            return data.payments.getOrDefault(dossier, Map.of()).values().stream()
                    .sorted(Comparator.comparing(Payment::date).thenComparing(Payment::id).reversed()).toList();
        }

        @Override
        public Map<String, Payment> findPayments(DossierId dossier, Set<String> ids) {
            return subset(data.payments.getOrDefault(dossier, Map.of()), ids);
        }

        private static <T> Map<String, T> subset(Map<String, T> table, Set<String> ids) {
            Map<String, T> found = new HashMap<>();
            ids.forEach(id -> {
                T item = table.get(id);
                if (item != null) {
                    found.put(id, item);
                }
            });
            return found;
        }

        @Override
        public void linkRequest(DossierId dossier, RequestId request) {
            List<RequestId> links = UndoLog.child(undo, data.requests, dossier, ArrayList::new);
            if (!links.contains(request)) {
                links.add(request);
                undo.onRollback(() -> links.remove(request));
            }
        }

        @Override
        public List<RequestId> requests(DossierId dossier) {
            return List.copyOf(data.requests.getOrDefault(dossier, List.of()));
        }

        @Override
        public Page<DossierSummary> search(UserId owner, DossierSearch s) {
            if (s.page().cursor() != null && !s.page().cursor().matches("\\d{19}_[A-Za-z0-9][A-Za-z0-9._/-]{0,63}")) {
                throw SportelloException.invalidField(ErrorCode.PAGE_CURSOR_INVALID, "cursor", Map.of());
            }
            Page<DossierRecord> page = Paging.page(data.dossiersByOwner.getOrDefault(owner, Map.of()).keySet().stream()
                    .map(data.dossiers::get).filter(r -> (s.kinds().isEmpty() || s.kinds().contains(r.kind()))
                            && (s.statuses().isEmpty() || s.statuses().contains(r.status()))),
                    r -> cursor(r.updatedAt(), r.id()), true, s.page());
            return new Page<>(page.items().stream().map(MemoryDossierStores::summary).toList(), page.nextCursor());
        }

        @Override
        public void putPersonalData(UserId owner, PersonalData personal) {
            undo.put(data.personalData, owner, personal);
        }

        @Override
        public Optional<PersonalData> personalData(UserId owner) {
            return Optional.ofNullable(data.personalData.get(owner));
        }
    }

    static DossierSummary summary(DossierRecord r) {
        return new DossierSummary(r.id(), r.kind(), r.office(), r.status(), r.statusNote(),
                r.outcome() == null ? null : r.outcome().code(), r.lastChangeAt(), r.updatedAt());
    }

    static final class Documents implements DocumentStore {
        private static final Comparator<DossierDocument> NEWEST = Comparator.comparing(DossierDocument::issuedOn)
                .thenComparing(d -> d.dossier().value()).thenComparing(d -> d.id().value()).reversed();
        private final MemoryDossierData data;
        private final UndoLog undo;

        Documents(MemoryData data, UndoLog undo) {
            this.data = data.dossiers;
            this.undo = undo;
        }

        @Override
        public void put(DossierDocument document) {
            undo.put(UndoLog.child(undo, data.documents, document.dossier(), LinkedHashMap::new), document.id().value(), document);
        }

        @Override
        public Optional<DossierDocument> find(DossierId dossier, DocumentId id) {
            return Optional.ofNullable(data.documents.getOrDefault(dossier, Map.of()).get(id.value()));
        }

        @Override
        public List<DossierDocument> list(DossierId dossier) {
            return data.documents.getOrDefault(dossier, Map.of()).values().stream().sorted(NEWEST).toList();
        }

        @Override
        public List<DossierDocument> listOfOwner(UserId owner) {
            return data.dossiersByOwner.getOrDefault(owner, Map.of()).keySet().stream()
                    .flatMap(d -> data.documents.getOrDefault(d, Map.of()).values().stream()).sorted(NEWEST).toList();
        }
    }

    static final class Contents implements DocumentContentStore {
        private final MemoryDossierData data;
        private final UndoLog undo;

        Contents(MemoryData data, UndoLog undo) {
            this.data = data.dossiers;
            this.undo = undo;
        }

        @Override
        public long write(DossierId dossier, DocumentId id, InputStream content) throws IOException {
            List<byte[]> chunks = new ArrayList<>();
            long size = 0;
            while (true) {
                byte[] chunk = content.readNBytes(CHUNK);
                if (chunk.length == 0) {
                    break;
                }
                chunks.add(chunk);
                size += chunk.length;
            }
            undo.put(data.contents, dossier.value() + "#" + id.value(), List.copyOf(chunks));
            return size;
        }

        @Override
        public boolean read(DossierId dossier, DocumentId id, OutputStream out) throws IOException {
            List<byte[]> chunks = data.contents.get(dossier.value() + "#" + id.value());
            if (chunks == null) {
                return false;
            }
            for (byte[] chunk : chunks) {
                out.write(chunk);
            }
            return true;
        }
    }
}
