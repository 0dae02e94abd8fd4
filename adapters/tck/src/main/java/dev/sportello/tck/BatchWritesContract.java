package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.ConflictException;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.ServiceId;
import dev.sportello.UserId;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.appointments.spi.BookingLookup;
import dev.sportello.appointments.spi.BookingReads;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.notifications.spi.MessageRecord;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.offices.Closure;
import dev.sportello.offices.spi.ClosureStore;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.CounterKey;
import dev.sportello.spi.CounterStore;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.Stores;
import dev.sportello.spi.WriteBatch;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.spi.ConsentStore;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of a command's one flush ({@link Stores#flushAll}: appends, new and moved audit heads, then
 * bounded increments in order) and of a booking's one read ({@link AppointmentStore#forBooking}): an
 * adapter that writes or reads them in fewer round trips must give exactly what the single stores give.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the race test starts its own threads.
 */
public abstract class BatchWritesContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final ServiceId PORTAL = new ServiceId("portal");
    /** More rows per kind than an adapter would send as one multi-row {@code VALUES} (the JDBC adapter: 16). */
    private static final int MANY = 40;

    private static CounterKey key(String what) {
        return CounterKey.of("tck.batch", what, UUID.randomUUID().toString());
    }

    private static AuditEntry entry(String objectId) {
        return AuditEntry.builder().id(UUID.randomUUID().toString()).at(T0).actor(PORTAL).action("APPOINTMENT_BOOKED")
                .objectType("appointment").objectId(objectId).outcome(AuditEntry.Outcome.SUCCEEDED).build().chainedAfter("");
    }

    private static OutboxEntry outbox() {
        return OutboxEntry.builder().id(UUID.randomUUID().toString()).kind(OutboxKind.EVENT).type("tck.batch")
                .payload(Map.of("k", "v")).dueAt(T0).createdAt(T0).updatedAt(T0).build();
    }

    private static AppointmentRecord appointment(UserId owner) {
        return AppointmentStoreContract.appointment(owner, "batch-" + UUID.randomUUID(), T0.plusSeconds(86_400));
    }

    @Test
    void writesTheAppointmentTheAppendsTheNewHeadAndTheIncrementsTogether() {
        AppointmentRecord a = appointment(new UserId(UUID.randomUUID()));
        AuditEntry audit = entry(a.id().toString());
        AuditStore.Stream stream = new AuditStore.Stream("appointment", a.id().toString());
        CounterKey active = key("active");
        CounterKey seat = key("seat");
        OutboxEntry event = outbox();
        WriteBatch batch = WriteBatch.builder().add(AppointmentStore.class, a).add(OutboxStore.class, event)
                .add(AuditStore.class, audit).newHead(stream, audit.hash()).increment(active, 5).increment(seat, 1).build();
        assertThat(tx((Stores s) -> s.flushAll(batch))).isEqualTo(-1);

        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).find(a.id()))).contains(a);
        assertThat(tx((Stores s) -> s.get(OutboxStore.class).find(event.id()))).isPresent();
        assertThat(tx((Stores s) -> s.get(AuditStore.class).forObject("appointment", a.id().toString(),
                PageRequest.first(10)).items())).containsExactly(audit);
        assertThat(tx((Stores s) -> s.get(AuditStore.class).findHead("appointment", a.id().toString()))).contains(audit.hash());
        assertThat(tx((Stores s) -> s.get(CounterStore.class).values(List.of(active, seat))))
                .isEqualTo(Map.of(active, 1L, seat, 1L));
    }

    @Test
    void theFirstRefusedIncrementIsNamedAndTheCommandRollsBackWhole() {
        CounterKey active = key("active");
        CounterKey seat = key("seat");
        tx(s -> s.get(CounterStore.class).tryIncrement(seat, 1));
        AppointmentRecord a = appointment(new UserId(UUID.randomUUID()));
        WriteBatch batch = WriteBatch.builder().add(AppointmentStore.class, a).increment(active, 5).increment(seat, 1).build();
        AtomicInteger refused = new AtomicInteger(-2);
        assertThatThrownBy(() -> tx(s -> {
            refused.set(s.flushAll(batch));
            throw new IllegalStateException("the core rolls back a refused increment");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(refused).hasValue(1);
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).find(a.id()))).isEmpty();
        assertThat(tx((Stores s) -> s.get(CounterStore.class).values(List.of(active, seat))))
                .isEqualTo(Map.of(active, 0L, seat, 1L));
        CounterKey never = key("never");
        assertThat(tx((Stores s) -> s.flushAll(WriteBatch.builder().increment(active, 5).increment(never, 0).build())))
                .isEqualTo(1);
        assertThat(tx((Stores s) -> s.get(CounterStore.class).values(List.of(never)))).isEqualTo(Map.of(never, 0L));
    }

    @Test
    void aNewHeadOnAStreamThatHasOneIsAConflictAndWritesNothing() {
        String objectId = UUID.randomUUID().toString();
        tx(s -> {
            AuditStore audit = s.get(AuditStore.class);
            audit.lockHead("appointment", objectId);
            audit.moveHead("appointment", objectId, "earlier");
            return null;
        });
        AuditEntry second = entry(objectId);
        OutboxEntry event = outbox();
        WriteBatch batch = WriteBatch.builder().add(OutboxStore.class, event).add(AuditStore.class, second)
                .newHead(new AuditStore.Stream("appointment", objectId), second.hash()).build();
        assertThatThrownBy(() -> tx(s -> s.flushAll(batch))).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));
        assertThat(tx((Stores s) -> s.get(AuditStore.class).findHead("appointment", objectId))).contains("earlier");
        assertThat(tx((Stores s) -> s.get(OutboxStore.class).find(event.id()))).isEmpty();
    }

    @Test
    void movedHeadsMoveTheHeadsTheTransactionLocked() {
        String objectId = UUID.randomUUID().toString();
        AuditStore.Stream stream = new AuditStore.Stream("request", objectId);
        tx(s -> {
            AuditStore audit = s.get(AuditStore.class);
            assertThat(audit.lockHeads(List.of(stream))).isEqualTo(Map.of(stream, ""));
            return s.flushAll(WriteBatch.builder().movedHead(stream, "h1").build());
        });
        assertThat(tx((Stores s) -> s.get(AuditStore.class).findHead("request", objectId))).contains("h1");
    }

    @Test
    void manyRowsOfEachKindReadBackAsTheSingleStoresWouldWriteThem() {
        UserId user = new UserId(UUID.randomUUID());
        WriteBatch.Builder builder = WriteBatch.builder();
        List<AppointmentRecord> appointments = new ArrayList<>();
        List<AuditEntry> audits = new ArrayList<>();
        List<OutboxEntry> events = new ArrayList<>();
        List<InboxNotice> notices = new ArrayList<>();
        List<MessageRecord> messages = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            AppointmentRecord a = appointment(user);
            AuditEntry audit = entry(a.id().toString());
            OutboxEntry event = outbox().toBuilder().payload(Map.of("text", "riga " + i + " , : ' \" \\ {x} \u00e8")).build();
            InboxNotice notice = InboxNotice.builder().id(new NoticeId(UUID.randomUUID())).recipient(user)
                    .kind(RequestMessageKinds.REGISTERED).title("Avviso " + i).body("Testo, con \"virgolette\" e {graffe}")
                    .createdAt(T0.plusSeconds(i)).expiresAt(i % 2 == 0 ? null : T0.plusSeconds(86_400)).build();
            MessageRecord message = MessageStoresContract.queued(new MessageId(UUID.randomUUID()), user,
                    i % 2 == 0 ? Channel.SMS : Channel.EMAIL);
            appointments.add(a);
            audits.add(audit);
            events.add(event);
            notices.add(notice);
            messages.add(message);
            builder.add(AppointmentStore.class, a).add(AuditStore.class, audit).add(OutboxStore.class, event)
                    .add(InboxStore.class, notice).add(MessageStore.class, message)
                    .newHead(new AuditStore.Stream("appointment", a.id().toString()), audit.hash());
        }
        WriteBatch batch = builder.build();
        assertThat(tx((Stores s) -> s.flushAll(batch))).isEqualTo(-1);

        for (int i = 0; i < MANY; i++) {
            AppointmentRecord a = appointments.get(i);
            int at = i;
            assertThat(tx((Stores s) -> s.get(AppointmentStore.class).find(a.id()))).contains(a);
            assertThat(tx((Stores s) -> s.get(AuditStore.class).forObject("appointment", a.id().toString(),
                    PageRequest.first(10)).items())).containsExactly(audits.get(at));
            assertThat(tx((Stores s) -> s.get(AuditStore.class).findHead("appointment", a.id().toString())))
                    .contains(audits.get(at).hash());
            assertThat(tx((Stores s) -> s.get(OutboxStore.class).find(events.get(at).id())).orElseThrow().payload())
                    .isEqualTo(events.get(at).payload());
            assertThat(tx((Stores s) -> s.get(InboxStore.class).find(notices.get(at).id()))).contains(notices.get(at));
            assertThat(tx((Stores s) -> s.get(MessageStore.class).find(messages.get(at).id()))).contains(messages.get(at));
        }
    }

    @Test
    void manyMovedHeadsMoveTogether() {
        List<AuditStore.Stream> streams = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            streams.add(new AuditStore.Stream("request", UUID.randomUUID().toString()));
        }
        tx(s -> {
            s.get(AuditStore.class).lockHeads(streams);
            WriteBatch.Builder moves = WriteBatch.builder();
            streams.forEach(stream -> moves.movedHead(stream, "h-" + stream.objectId()));
            return s.flushAll(moves.build());
        });
        for (AuditStore.Stream stream : streams) {
            assertThat(tx((Stores s) -> s.get(AuditStore.class).findHead("request", stream.objectId())))
                    .contains("h-" + stream.objectId());
        }
    }

    @Test
    void theBookingReadGivesWhatTheSingleStoresGive() {
        UserRecord user = UserStoreContract.citizen(T0);
        AppointmentRecord a = AppointmentStoreContract.appointment(user.id(), "key-1", T0.plusSeconds(86_400));
        LocalDate day = a.day();
        Closure closure = new Closure(a.office(), day, "Sciopero", PORTAL, T0);
        tx(s -> {
            s.get(UserStore.class).insert(user);
            s.get(ConsentStore.class).append(new ConsentEvent(user.id(), Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN, T0, user.id(), null));
            s.get(ConsentStore.class).append(new ConsentEvent(user.id(), Channel.EMAIL, ConsentChoice.CHANNEL_OPT_OUT,
                    T0.plusSeconds(1), PORTAL, null));
            s.get(ClosureStore.class).add(closure);
            s.get(AppointmentStore.class).insert(a);
            return null;
        });
        BookingReads read = tx(s -> s.get(AppointmentStore.class).forBooking(new BookingLookup(user.id(), "key-1", a.office(),
                day), s));
        BookingReads single = tx(s -> new BookingReads(s.get(AppointmentStore.class).findByIdempotencyKey(user.id(), "key-1"),
                s.get(UserStore.class).find(user.id()), s.get(ConsentStore.class).history(user.id()),
                s.get(ClosureStore.class).between(a.office(), day, day)));
        assertThat(read).isEqualTo(single);
        assertThat(read.earlier()).contains(a);
        assertThat(read.owner().orElseThrow().contacts()).hasSize(2);
        assertThat(read.consents()).hasSize(2);
        assertThat(read.closures()).containsExactly(closure);

        BookingReads nothing = tx(s -> s.get(AppointmentStore.class).forBooking(new BookingLookup(new UserId(UUID.randomUUID()),
                "key-1", a.office(), day.plusDays(1)), s));
        assertThat(nothing).isEqualTo(new BookingReads(java.util.Optional.empty(), java.util.Optional.empty(), List.of(),
                List.of()));
    }

    @Test
    void racingFlushesNeverPassTheLastIncrementsLimit() throws Exception {
        CounterKey seat = key("seat");
        int seats = 3;
        AtomicInteger booked = new AtomicInteger();
        Races.run(24, i -> {
            AppointmentRecord a = appointment(new UserId(UUID.randomUUID()));
            WriteBatch batch = WriteBatch.builder().add(AppointmentStore.class, a).increment(key("active"), 5)
                    .increment(seat, seats).build();
            try {
                tx(s -> {
                    if (s.flushAll(batch) >= 0) {
                        throw new IllegalStateException("full");
                    }
                    return null;
                });
                booked.incrementAndGet();
            } catch (IllegalStateException full) {
                // rolled back, as the core does
            }
        });
        assertThat(booked).hasValue(seats);
        assertThat(tx((Stores s) -> s.get(CounterStore.class).values(List.of(seat)))).isEqualTo(Map.of(seat, (long) seats));
    }
}
