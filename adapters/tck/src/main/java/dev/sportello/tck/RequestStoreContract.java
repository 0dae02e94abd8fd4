package dev.sportello.tck;

import dev.sportello.ConflictException;
import dev.sportello.OperatorId;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.AttachmentInfo;
import dev.sportello.requests.ProtocolNumber;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestStatus;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.Visibility;
import dev.sportello.requests.spi.AttachmentStore;
import dev.sportello.requests.spi.RequestRecord;
import dev.sportello.requests.spi.RequestStore;
import dev.sportello.spi.Stores;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of the request and attachment stores.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class RequestStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    static RequestRecord request(UserId owner, String key, List<AttachmentInfo> attachments) {
        RequestId id = new RequestId(UUID.randomUUID());
        return RequestRecord.builder().id(id)
                .protocol(new ProtocolNumber("ROMA-TIBURTINO-2026-" + id.toString().substring(0, 6)))
                .owner(owner).submittedBy(owner).company(TestData.registrationNumber())
                .topic(TopicCode.CONTRIBUTORY_REGULARITY).subject("Regolarità contributiva")
                .fields(Map.of("period", "2026-01/2026-03")).text("Chiedo il DURC").office(new OfficeCode("ROMA-TIBURTINO"))
                .status(RequestStatus.OPEN).idempotencyKey(key).fingerprint("f".repeat(64)).attachments(attachments)
                .createdAt(T0).updatedAt(T0).version(0).build();
    }

    @Test
    void roundTripsARequestWithItsManifestEntriesAndArchive() {
        UserId owner = new UserId(UUID.randomUUID());
        ArchiveId archive = new ArchiveId(UUID.randomUUID());
        RequestRecord record = request(owner, "key-00000001", List.of(
                new AttachmentInfo(archive, "a.pdf", 10, "a".repeat(64), "application/pdf"),
                new AttachmentInfo(archive, "b.png", 20, "b".repeat(64), "image/png")));
        byte[] zip = {1, 2, 3, 4, 5};
        tx((Stores s) -> {
            s.get(RequestStore.class).insert(record);
            s.get(AttachmentStore.class).put(archive, record.id(), zip, T0);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(RequestStore.class).find(record.id()))).contains(record);
        assertThat(tx((Stores s) -> s.get(RequestStore.class).findByIdempotencyKey(owner, "key-00000001"))).contains(record);
        assertThat(tx((Stores s) -> s.get(RequestStore.class).findByIdempotencyKey(new UserId(UUID.randomUUID()), "key-00000001"))).isEmpty();
        assertThat(tx((Stores s) -> s.get(AttachmentStore.class).get(archive))).hasValueSatisfying(b -> assertThat(b).isEqualTo(zip));
        assertThat(tx((Stores s) -> s.get(AttachmentStore.class).get(new ArchiveId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void anIdempotencyKeyIsUniquePerOwner() {
        UserId owner = new UserId(UUID.randomUUID());
        tx((Stores s) -> {
            s.get(RequestStore.class).insert(request(owner, "key-00000002", List.of()));
            s.get(RequestStore.class).insert(request(new UserId(UUID.randomUUID()), "key-00000002", List.of()));
            return null;
        });
        assertThatThrownBy(() -> tx((Stores s) -> {
            s.get(RequestStore.class).insert(request(owner, "key-00000002", List.of()));
            return null;
        })).isInstanceOf(ConflictException.class);
    }

    @Test
    void updatesCheckTheVersionAndOnlyAddAttachments() {
        UserId owner = new UserId(UUID.randomUUID());
        RequestRecord record = request(owner, "key-00000003", List.of());
        tx((Stores s) -> {
            s.get(RequestStore.class).insert(record);
            return null;
        });
        ArchiveId archive = new ArchiveId(UUID.randomUUID());
        RequestRecord changed = record.toBuilder().status(RequestStatus.IN_CHARGE)
                .assignee(OperatorId.of("00000000-0000-7000-8000-000000000001")).awaitingUser(true)
                .attachments(List.of(new AttachmentInfo(archive, "c.jpg", 5, "c".repeat(64), "image/jpeg")))
                .updatedAt(T0.plusSeconds(5)).version(1).build();
        tx((Stores s) -> {
            s.get(RequestStore.class).update(changed, 0);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(RequestStore.class).find(record.id()))).contains(changed);
        assertThatThrownBy(() -> tx((Stores s) -> {
            s.get(RequestStore.class).update(changed, 0);
            return null;
        })).isInstanceOf(ConflictException.class);
    }

    @Test
    void timelinesAreAppendOnlyAndOrdered() {
        RequestId id = new RequestId(UUID.randomUUID());
        UserId owner = new UserId(UUID.randomUUID());
        List<TimelineEntry> first = List.of(
                new TimelineEntry(TimelineKind.SUBMITTED, T0, owner, null, null, Visibility.USER, null, Map.of("topic", "GENERIC")),
                new TimelineEntry(TimelineKind.REGISTERED, T0, owner, null, null, Visibility.USER, null, Map.of("protocol", "P-1")));
        TimelineEntry note = new TimelineEntry(TimelineKind.INTERNAL_NOTE, T0.plusSeconds(1),
                OperatorId.of("00000000-0000-7000-8000-000000000002"), null, "Verificare F24", Visibility.OFFICE_ONLY,
                new ArchiveId(UUID.randomUUID()), Map.of());
        tx((Stores s) -> {
            s.get(RequestStore.class).appendTimeline(id, first);
            s.get(RequestStore.class).appendTimeline(id, List.of(note));
            return null;
        });
        assertThat(tx((Stores s) -> s.get(RequestStore.class).timeline(id))).containsExactly(first.get(0), first.get(1), note);
    }
}
