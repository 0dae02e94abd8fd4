package dev.sportello.tck;

import dev.sportello.ConflictException;
import dev.sportello.OperatorId;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Assistance;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityCheck;
import dev.sportello.appointments.IdentityDocumentType;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.AppointmentRecord;
import dev.sportello.spi.Stores;
import dev.sportello.spi.WaitlistRecord;
import dev.sportello.users.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contract of the appointment store: appointments and the waitlist. */
public abstract class AppointmentStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final OfficeCode ROMA = TckOffices.ROMA;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    static AppointmentRecord appointment(UserId owner, String key, Instant start) {
        AppointmentId id = new AppointmentId(UUID.randomUUID());
        return new AppointmentRecord(id, owner, owner, ROMA, "PENSION_INFO", ContactMode.VIDEO_CALL, start,
                start.plus(Duration.ofMinutes(30)), Office.ROME, start.atZone(Office.ROME).toLocalDate(), false, null,
                AppointmentStatus.BOOKED, key, "https://meet.example.invalid/room/" + id, null, "hash-of-the-code", 0, 0,
                null, null, null, null, null, null, T0, T0, 0);
    }

    private void insert(AppointmentRecord... records) {
        tx((Stores s) -> {
            for (AppointmentRecord r : records) {
                s.appointments().insert(r);
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
        assertThat(tx((Stores s) -> s.appointments().find(booked.id()))).contains(booked);
        assertThat(tx((Stores s) -> s.appointments().findByIdempotencyKey(owner, "key-00000001"))).contains(booked);
        assertThat(tx((Stores s) -> s.appointments().findByIdempotencyKey(new UserId(UUID.randomUUID()), "key-00000001")))
                .isEmpty();
        assertThat(tx((Stores s) -> s.appointments().find(new AppointmentId(UUID.randomUUID())))).isEmpty();

        IdentityCheck user = new IdentityCheck(IdentityDocumentType.ELECTRONIC_IDENTITY_CARD, "CA*****AB",
                LocalDate.of(2021, 3, 1), LocalDate.of(2031, 3, 1), true, operator, T0.plusSeconds(60));
        IdentityCheck assistant = new IdentityCheck(IdentityDocumentType.PASSPORT, "YA****12", LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1), true, operator, T0.plusSeconds(120));
        AppointmentRecord admitted = booked.with(b -> {
            b.status = AppointmentStatus.IN_PROGRESS;
            b.operator = operator;
            b.waitingSince = T0;
            b.identityCheck = user;
            b.assistance = new Assistance(T0.plusSeconds(90), owner, "Giulia Rossi", assistant, T0.plusSeconds(120));
            b.admissionAttempts = 2;
        }, T0.plusSeconds(120));
        tx((Stores s) -> {
            s.appointments().update(admitted, 0);
            return null;
        });
        AppointmentRecord read = tx((Stores s) -> s.appointments().find(booked.id())).orElseThrow();
        assertThat(read).isEqualTo(admitted);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.assistance().check()).isEqualTo(assistant);

        AppointmentRecord consentOnly = read.with(b -> b.assistance = new Assistance(T0, operator, null, null, null), T0);
        AppointmentRecord callback = new AppointmentRecord(new AppointmentId(UUID.randomUUID()), owner, owner, ROMA,
                "PENSION_INFO", ContactMode.PHONE_CALLBACK, booked.start(), booked.end(), Office.ROME, DAY, false, null,
                AppointmentStatus.BOOKED, "key-00000002", null, new PhoneNumber("+393471234567"), null, 0, 0, null, null,
                null, null, null, null, T0, T0, 0);
        tx((Stores s) -> {
            s.appointments().update(consentOnly, 1);
            s.appointments().insert(callback);
            return null;
        });
        assertThat(tx((Stores s) -> s.appointments().find(booked.id()))).contains(consentOnly);
        assertThat(tx((Stores s) -> s.appointments().find(callback.id()))).contains(callback);
    }

    @Test
    void anIdempotencyKeyIsUniquePerOwnerAndStaleUpdatesConflict() {
        UserId owner = new UserId(UUID.randomUUID());
        AppointmentRecord first = appointment(owner, "key-00000003", Instant.parse("2026-11-24T09:00:00Z"));
        insert(first, appointment(new UserId(UUID.randomUUID()), "key-00000003", first.start()));
        assertThatThrownBy(() -> insert(appointment(owner, "key-00000003", first.start().plusSeconds(1800))))
                .isInstanceOf(ConflictException.class);
        AppointmentRecord cancelled = first.with(b -> b.status = AppointmentStatus.CANCELLED, T0);
        tx((Stores s) -> {
            s.appointments().update(cancelled, 0);
            return null;
        });
        assertThatThrownBy(() -> tx((Stores s) -> {
            s.appointments().update(first.with(b -> b.status = AppointmentStatus.WAITING, T0), 0);
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThat(tx((Stores s) -> s.appointments().find(first.id()))).contains(cancelled);
    }

    @Test
    void anAgendaListsADayInStartOrderAndFollowsAReschedule() {
        UserId owner = new UserId(UUID.randomUUID());
        AppointmentRecord late = appointment(owner, "key-00000004", Instant.parse("2026-11-24T10:30:00Z"));
        AppointmentRecord early = appointment(new UserId(UUID.randomUUID()), "key-00000005", Instant.parse("2026-11-24T08:00:00Z"));
        AppointmentRecord nextDay = appointment(owner, "key-00000006", Instant.parse("2026-11-25T08:00:00Z"));
        insert(late, nextDay, early);
        assertThat(tx((Stores s) -> s.appointments().onDay(ROMA, DAY))).extracting(AppointmentRecord::id)
                .containsExactly(early.id(), late.id());
        assertThat(tx((Stores s) -> s.appointments().onDay(TckOffices.CAGLIARI, DAY))).isEmpty();

        Instant moved = Instant.parse("2026-11-25T09:00:00Z");
        tx((Stores s) -> {
            s.appointments().update(late.with(b -> {
                b.start = moved;
                b.end = moved.plusSeconds(1800);
                b.day = DAY.plusDays(1);
                b.sequence = 1;
            }, T0), 0);
            return null;
        });
        assertThat(tx((Stores s) -> s.appointments().onDay(ROMA, DAY))).extracting(AppointmentRecord::id)
                .containsExactly(early.id());
        assertThat(tx((Stores s) -> s.appointments().onDay(ROMA, DAY.plusDays(1)))).extracting(AppointmentRecord::id)
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
            Page<AppointmentRecord> p = tx((Stores s) -> s.appointments().ofOwner(owner, current));
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
            s.appointments().update(second.with(b -> {
                b.status = AppointmentStatus.WAITING;
                b.waitingSince = T0.plusSeconds(20);
            }, T0), 0);
            s.appointments().update(first.with(b -> {
                b.status = AppointmentStatus.WAITING;
                b.waitingSince = T0.plusSeconds(10);
            }, T0), 0);
            return null;
        });
        assertThat(tx((Stores s) -> s.appointments().waiting(ROMA))).extracting(AppointmentRecord::id)
                .containsExactly(first.id(), second.id());
        assertThat(tx((Stores s) -> s.appointments().waiting(TckOffices.CAGLIARI))).isEmpty();
    }

    @Test
    void theWaitlistQueuesFirstComeFirstAndChecksVersions() {
        UserId a = new UserId(UUID.randomUUID());
        UserId b = new UserId(UUID.randomUUID());
        UserId c = new UserId(UUID.randomUUID());
        WaitlistRecord first = WaitlistRecord.waiting(new WaitlistEntryId(UUID.randomUUID()), a, ROMA, "CERTIFICATES",
                ContactMode.IN_PERSON, DAY, false, T0);
        WaitlistRecord second = WaitlistRecord.waiting(new WaitlistEntryId(UUID.randomUUID()), b, ROMA, "CERTIFICATES",
                ContactMode.IN_PERSON, DAY, false, T0.plusSeconds(5));
        WaitlistRecord otherMode = WaitlistRecord.waiting(new WaitlistEntryId(UUID.randomUUID()), c, ROMA, "CERTIFICATES",
                ContactMode.VIDEO_CALL, DAY, true, T0.plusSeconds(1));
        WaitlistRecord otherDay = WaitlistRecord.waiting(new WaitlistEntryId(UUID.randomUUID()), a, ROMA, "CERTIFICATES",
                ContactMode.IN_PERSON, DAY.plusDays(1), false, T0.plusSeconds(2));
        tx((Stores s) -> {
            for (WaitlistRecord w : List.of(second, otherMode, first, otherDay)) {
                s.appointments().insertWaitlist(w);
            }
            return null;
        });
        assertThat(tx((Stores s) -> s.appointments().queue(ROMA, "CERTIFICATES", ContactMode.IN_PERSON, DAY, 10)))
                .extracting(WaitlistRecord::id).containsExactly(first.id(), second.id());
        assertThat(tx((Stores s) -> s.appointments().queue(ROMA, "CERTIFICATES", ContactMode.IN_PERSON, DAY, 1)))
                .extracting(WaitlistRecord::id).containsExactly(first.id());

        Instant slot = Instant.parse("2026-11-24T08:00:00Z");
        WaitlistRecord offered = first.next(WaitlistStatus.OFFERED, slot, T0.plusSeconds(7200), null,
                TckOffices.ROMA_SIGN_LANGUAGE, T0.plusSeconds(60));
        tx((Stores s) -> {
            s.appointments().updateWaitlist(offered, 0);
            return null;
        });
        assertThat(tx((Stores s) -> s.appointments().findWaitlist(first.id()))).contains(offered);
        assertThat(tx((Stores s) -> s.appointments().queue(ROMA, "CERTIFICATES", ContactMode.IN_PERSON, DAY, 10)))
                .extracting(WaitlistRecord::id).containsExactly(second.id());
        assertThat(tx((Stores s) -> s.appointments().waitlistOnDay(ROMA, DAY))).extracting(WaitlistRecord::id)
                .containsExactly(first.id(), otherMode.id(), second.id());
        assertThat(tx((Stores s) -> s.appointments().waitlistOf(a))).extracting(WaitlistRecord::id)
                .containsExactly(otherDay.id(), first.id());
        assertThatThrownBy(() -> tx((Stores s) -> {
            s.appointments().updateWaitlist(first.next(WaitlistStatus.LEFT, null, null, null, null, T0), 0);
            return null;
        })).isInstanceOf(ConflictException.class);

        AppointmentId booked = new AppointmentId(UUID.randomUUID());
        WaitlistRecord accepted = offered.next(WaitlistStatus.ACCEPTED, slot, null, booked, null, T0.plusSeconds(90));
        tx((Stores s) -> {
            s.appointments().updateWaitlist(accepted, 1);
            return null;
        });
        assertThat(tx((Stores s) -> s.appointments().findWaitlist(first.id()))).contains(accepted);
        assertThat(tx((Stores s) -> s.appointments().waitlistOnDay(ROMA, DAY))).extracting(WaitlistRecord::id)
                .containsExactly(otherMode.id(), second.id());
        assertThat(tx((Stores s) -> s.appointments().findWaitlist(new WaitlistEntryId(UUID.randomUUID())))).isEmpty();
    }
}
