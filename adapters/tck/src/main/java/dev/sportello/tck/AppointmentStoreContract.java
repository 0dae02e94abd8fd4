package dev.sportello.tck;

import dev.sportello.ConflictException;
import dev.sportello.OperatorId;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Assistance;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityCheck;
import dev.sportello.appointments.IdentityDocumentType;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.appointments.spi.WaitlistRecord;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Stores;
import dev.sportello.users.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of the appointment store: appointments and the waitlist.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class AppointmentStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final OfficeCode ROMA = TckOffices.ROMA;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private static final TopicCode PENSION_INFO = new TopicCode("PENSION_INFO");
    private static final TopicCode CERTIFICATES = new TopicCode("CERTIFICATES");

    static AppointmentRecord appointment(UserId owner, String key, Instant start) {
        AppointmentId id = new AppointmentId(UUID.randomUUID());
        return AppointmentRecord.builder().id(id).owner(owner).bookedBy(owner).office(ROMA).topic(PENSION_INFO)
                .mode(ContactMode.VIDEO_CALL).start(start).end(start.plus(Duration.ofMinutes(30))).zone(Office.ROME)
                .day(start.atZone(Office.ROME).toLocalDate()).status(AppointmentStatus.BOOKED).idempotencyKey(key)
                .joinLink("https://meet.example.invalid/room/" + id).admissionCodeHash("hash-of-the-code")
                .createdAt(T0).updatedAt(T0).version(0).build();
    }

    /** The next version of an appointment, as the core saves it. */
    private static AppointmentRecord next(AppointmentRecord r, UnaryOperator<AppointmentRecord.Builder> changes, Instant at) {
        return changes.apply(r.toBuilder()).updatedAt(at).version(r.version() + 1).build();
    }

    private static WaitlistRecord waiting(UserId owner, ContactMode mode, LocalDate day, Interpretation interpretation,
                                          Instant at) {
        return WaitlistRecord.builder().id(new WaitlistEntryId(UUID.randomUUID())).owner(owner).office(ROMA)
                .topic(CERTIFICATES).mode(mode).day(day).interpretation(interpretation).status(WaitlistStatus.WAITING)
                .createdAt(at).updatedAt(at).version(0).build();
    }

    private static WaitlistRecord next(WaitlistRecord w, UnaryOperator<WaitlistRecord.Builder> changes, Instant at) {
        return changes.apply(w.toBuilder()).updatedAt(at).version(w.version() + 1).build();
    }

    private void insert(AppointmentRecord... records) {
        tx((Stores s) -> {
            for (AppointmentRecord r : records) {
                s.get(AppointmentStore.class).insert(r);
            }
            return null;
        });
    }

    @Test
    void roundTripsAnAppointmentWithItsIdentityChecksAndAssistance() {
        UserId owner = new UserId(UUID.randomUUID());
        OperatorId operator = TckOffices.ROMA_SIGN_LANGUAGE;
        AppointmentRecord booked = appointment(owner, "key-00000001", Instant.parse("2026-11-24T09:00:00Z"));
        insert(booked);
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).find(booked.id()))).contains(booked);
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).findByIdempotencyKey(owner, "key-00000001"))).contains(booked);
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).findByIdempotencyKey(new UserId(UUID.randomUUID()), "key-00000001")))
                .isEmpty();
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).find(new AppointmentId(UUID.randomUUID())))).isEmpty();

        IdentityCheck user = new IdentityCheck(IdentityDocumentType.ELECTRONIC_IDENTITY_CARD, "CA*****AB",
                LocalDate.of(2021, 3, 1), LocalDate.of(2031, 3, 1), true, operator, T0.plusSeconds(60));
        IdentityCheck assistant = new IdentityCheck(IdentityDocumentType.PASSPORT, "YA****12", LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1), true, operator, T0.plusSeconds(120));
        AppointmentRecord admitted = next(booked, b -> b.status(AppointmentStatus.IN_PROGRESS).operator(operator)
                .waitingSince(T0).identityCheck(user)
                .assistance(new Assistance(T0.plusSeconds(90), owner, "Giulia Rossi", assistant, T0.plusSeconds(120)))
                .admissionAttempts(2), T0.plusSeconds(120));
        tx((Stores s) -> {
            s.get(AppointmentStore.class).update(admitted, 0);
            return null;
        });
        AppointmentRecord read = tx((Stores s) -> s.get(AppointmentStore.class).find(booked.id())).orElseThrow();
        assertThat(read).isEqualTo(admitted);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.assistance().check()).isEqualTo(assistant);

        AppointmentRecord consentOnly = next(read, b -> b.assistance(new Assistance(T0, operator, null, null, null)), T0);
        AppointmentRecord callback = AppointmentRecord.builder().id(new AppointmentId(UUID.randomUUID())).owner(owner)
                .bookedBy(owner).office(ROMA).topic(PENSION_INFO).mode(ContactMode.PHONE_CALLBACK).start(booked.start())
                .end(booked.end()).zone(Office.ROME).day(DAY).interpretation(Interpretation.SIGN_LANGUAGE)
                .operator(operator).status(AppointmentStatus.BOOKED).idempotencyKey("key-00000002")
                .callbackNumber(new PhoneNumber("+393471234567")).createdAt(T0).updatedAt(T0).version(0).build();
        tx((Stores s) -> {
            s.get(AppointmentStore.class).update(consentOnly, 1);
            s.get(AppointmentStore.class).insert(callback);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).find(booked.id()))).contains(consentOnly);
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).find(callback.id()))).contains(callback);
    }

    @Test
    void anIdempotencyKeyIsUniquePerOwnerAndStaleUpdatesConflict() {
        UserId owner = new UserId(UUID.randomUUID());
        AppointmentRecord first = appointment(owner, "key-00000003", Instant.parse("2026-11-24T09:00:00Z"));
        insert(first, appointment(new UserId(UUID.randomUUID()), "key-00000003", first.start()));
        assertThatThrownBy(() -> insert(appointment(owner, "key-00000003", first.start().plusSeconds(1800))))
                .isInstanceOf(ConflictException.class);
        AppointmentRecord cancelled = next(first, b -> b.status(AppointmentStatus.CANCELLED).cancelReason("no longer needed"), T0);
        tx((Stores s) -> {
            s.get(AppointmentStore.class).update(cancelled, 0);
            return null;
        });
        assertThatThrownBy(() -> tx((Stores s) -> {
            s.get(AppointmentStore.class).update(next(first, b -> b.status(AppointmentStatus.WAITING), T0), 0);
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).find(first.id()))).contains(cancelled);
    }

    @Test
    void anAgendaListsADayInStartOrderAndFollowsAReschedule() {
        UserId owner = new UserId(UUID.randomUUID());
        AppointmentRecord late = appointment(owner, "key-00000004", Instant.parse("2026-11-24T10:30:00Z"));
        AppointmentRecord early = appointment(new UserId(UUID.randomUUID()), "key-00000005", Instant.parse("2026-11-24T08:00:00Z"));
        AppointmentRecord nextDay = appointment(owner, "key-00000006", Instant.parse("2026-11-25T08:00:00Z"));
        insert(late, nextDay, early);
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).onDay(ROMA, DAY))).extracting(AppointmentRecord::id)
                .containsExactly(early.id(), late.id());
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).onDay(TckOffices.CAGLIARI, DAY))).isEmpty();

        Instant moved = Instant.parse("2026-11-25T09:00:00Z");
        tx((Stores s) -> {
            s.get(AppointmentStore.class).update(next(late, b -> b.start(moved).end(moved.plusSeconds(1800))
                    .day(DAY.plusDays(1)).sequence(1), T0), 0);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).onDay(ROMA, DAY))).extracting(AppointmentRecord::id)
                .containsExactly(early.id());
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).onDay(ROMA, DAY.plusDays(1)))).extracting(AppointmentRecord::id)
                .containsExactly(nextDay.id(), late.id());
    }

    @Test
    void anOwnersAppointmentsPageLatestFirstWithoutGapsOrRepeats() {
        UserId owner = new UserId(UUID.randomUUID());
        List<AppointmentRecord> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // two share a start, so the id breaks the tie
            all.add(appointment(owner, "key-1000000" + i, Instant.parse("2026-11-24T08:00:00Z").plusSeconds(1800L * (i / 2 * 2))));
        }
        insert(all.toArray(AppointmentRecord[]::new));
        insert(appointment(new UserId(UUID.randomUUID()), "key-20000000", Instant.parse("2026-11-24T08:00:00Z")));
        List<AppointmentId> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(3);
        int pages = 0;
        while (true) {
            PageRequest current = page;
            Page<AppointmentRecord> p = tx((Stores s) -> s.get(AppointmentStore.class).ofOwner(owner, current));
            p.items().forEach(r -> seen.add(r.id()));
            pages++;
            if (!p.hasNext()) {
                break;
            }
            page = page.after(p);
        }
        List<AppointmentId> expected = all.stream()
                .sorted(Comparator.comparing(AppointmentRecord::start).thenComparing(r -> r.id().toString()).reversed())
                .map(AppointmentRecord::id).toList();
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void theWaitingRoomListsTheLongestWaitingFirst() {
        AppointmentRecord first = appointment(new UserId(UUID.randomUUID()), "key-00000007", Instant.parse("2026-11-24T09:00:00Z"));
        AppointmentRecord second = appointment(new UserId(UUID.randomUUID()), "key-00000008", Instant.parse("2026-11-24T08:30:00Z"));
        AppointmentRecord booked = appointment(new UserId(UUID.randomUUID()), "key-00000009", Instant.parse("2026-11-24T08:30:00Z"));
        insert(first, second, booked);
        tx((Stores s) -> {
            s.get(AppointmentStore.class).update(next(second, b -> b.status(AppointmentStatus.WAITING)
                    .waitingSince(T0.plusSeconds(20)), T0), 0);
            s.get(AppointmentStore.class).update(next(first, b -> b.status(AppointmentStatus.WAITING)
                    .waitingSince(T0.plusSeconds(10)), T0), 0);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).waiting(ROMA))).extracting(AppointmentRecord::id)
                .containsExactly(first.id(), second.id());
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).waiting(TckOffices.CAGLIARI))).isEmpty();
    }

    @Test
    void theWaitlistQueuesFirstComeFirstAndChecksVersions() {
        UserId a = new UserId(UUID.randomUUID());
        UserId b = new UserId(UUID.randomUUID());
        UserId c = new UserId(UUID.randomUUID());
        WaitlistRecord first = waiting(a, ContactMode.IN_PERSON, DAY, Interpretation.NONE, T0);
        WaitlistRecord second = waiting(b, ContactMode.IN_PERSON, DAY, Interpretation.NONE, T0.plusSeconds(5));
        WaitlistRecord otherMode = waiting(c, ContactMode.VIDEO_CALL, DAY, Interpretation.SIGN_LANGUAGE, T0.plusSeconds(1));
        WaitlistRecord otherDay = waiting(a, ContactMode.IN_PERSON, DAY.plusDays(1), Interpretation.NONE, T0.plusSeconds(2));
        tx((Stores s) -> {
            for (WaitlistRecord w : List.of(second, otherMode, first, otherDay)) {
                s.get(AppointmentStore.class).insertWaitlist(w);
            }
            return null;
        });
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).queue(ROMA, CERTIFICATES, ContactMode.IN_PERSON, DAY, 10)))
                .extracting(WaitlistRecord::id).containsExactly(first.id(), second.id());
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).queue(ROMA, CERTIFICATES, ContactMode.IN_PERSON, DAY, 1)))
                .extracting(WaitlistRecord::id).containsExactly(first.id());

        Instant slot = Instant.parse("2026-11-24T08:00:00Z");
        WaitlistRecord offered = next(first, w -> w.status(WaitlistStatus.OFFERED).offeredStart(slot)
                .offerExpiresAt(T0.plusSeconds(7200)).heldOperator(TckOffices.ROMA_SIGN_LANGUAGE), T0.plusSeconds(60));
        tx((Stores s) -> {
            s.get(AppointmentStore.class).updateWaitlist(offered, 0);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).findWaitlist(first.id()))).contains(offered);
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).queue(ROMA, CERTIFICATES, ContactMode.IN_PERSON, DAY, 10)))
                .extracting(WaitlistRecord::id).containsExactly(second.id());
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).waitlistOnDay(ROMA, DAY))).extracting(WaitlistRecord::id)
                .containsExactly(first.id(), otherMode.id(), second.id());
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).waitlistOf(a))).extracting(WaitlistRecord::id)
                .containsExactly(otherDay.id(), first.id());
        assertThatThrownBy(() -> tx((Stores s) -> {
            s.get(AppointmentStore.class).updateWaitlist(next(first, w -> w.status(WaitlistStatus.LEFT), T0), 0);
            return null;
        })).isInstanceOf(ConflictException.class);

        AppointmentId booked = new AppointmentId(UUID.randomUUID());
        WaitlistRecord accepted = next(offered, w -> w.status(WaitlistStatus.ACCEPTED).offerExpiresAt(null).appointment(booked)
                .heldOperator(null), T0.plusSeconds(90));
        tx((Stores s) -> {
            s.get(AppointmentStore.class).updateWaitlist(accepted, 1);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).findWaitlist(first.id()))).contains(accepted);
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).waitlistOnDay(ROMA, DAY))).extracting(WaitlistRecord::id)
                .containsExactly(otherMode.id(), second.id());
        assertThat(tx((Stores s) -> s.get(AppointmentStore.class).findWaitlist(new WaitlistEntryId(UUID.randomUUID())))).isEmpty();
    }
}
