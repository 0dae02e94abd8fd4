package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.ConflictException;
import dev.sportello.DelegationId;
import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.ServiceId;
import dev.sportello.UserId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.spi.EngagementStore;
import dev.sportello.notifications.spi.EngagementTally;
import dev.sportello.offices.Closure;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.spi.ClosureStore;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.Stores;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.spi.ConsentStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of the consent, audit, closure and engagement stores (delegations: {@link DelegationStoreContract}).
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class RecordStoresContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final ServiceId PORTAL = new ServiceId("portal");

    @Test
    void consentHistoryKeepsEveryEventInOrder() {
        UserId user = new UserId(UUID.randomUUID());
        UserId delegate = new UserId(UUID.randomUUID());
        List<ConsentEvent> events = List.of(
                new ConsentEvent(user, Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN, T0, user, null),
                new ConsentEvent(user, Channel.EMAIL, ConsentChoice.CHANNEL_OPT_OUT, T0, delegate, user),
                new ConsentEvent(user, Channel.SMS, ConsentChoice.PROACTIVE_WITHDRAWAL, T0.plusSeconds(1), PORTAL, null));
        tx(s -> {
            events.forEach(s.get(ConsentStore.class)::append);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(ConsentStore.class).history(user))).containsExactlyElementsOf(events);
        assertThat(tx((Stores s) -> s.get(ConsentStore.class).history(delegate))).isEmpty();
    }

    @Test
    void auditEntriesArePagedPerObjectInIdOrder() {
        String objectId = UUID.randomUUID().toString();
        UserId onBehalfOf = new UserId(UUID.randomUUID());
        DelegationId delegation = new DelegationId(UUID.randomUUID());
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(AuditEntry.builder().id(UUID.randomUUID().toString()).at(T0.plusSeconds(i)).actor(PORTAL)
                    .onBehalfOf(i == 3 ? onBehalfOf : null).delegation(i == 3 ? delegation : null)
                    .action("ACTION_" + i).objectType("request").objectId(objectId)
                    .outcome(i == 4 ? AuditEntry.Outcome.DENIED : AuditEntry.Outcome.SUCCEEDED)
                    .errorCode(i == 4 ? ErrorCode.ACCESS_NOT_OWNER : null).build());
        }
        entries.add(AuditEntry.builder().id(UUID.randomUUID().toString()).at(T0).actor(PORTAL).action("OTHER")
                .objectType("request").objectId("x").outcome(AuditEntry.Outcome.SUCCEEDED).build());
        tx(s -> {
            s.get(AuditStore.class).appendAll(entries);
            return null;
        });
        List<AuditEntry> expected = entries.subList(0, 5).stream()
                .sorted(java.util.Comparator.comparing(AuditEntry::id)).toList();
        Page<AuditEntry> first = tx(s -> s.get(AuditStore.class).forObject("request", objectId, PageRequest.first(3)));
        assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 3));
        Page<AuditEntry> second = tx(s -> s.get(AuditStore.class).forObject("request", objectId, PageRequest.first(3).after(first)));
        assertThat(second.items()).containsExactlyElementsOf(expected.subList(3, 5));
        assertThat(second.hasNext()).isFalse();
        AuditEntry delegated = entries.get(3);
        assertThat(expected).contains(delegated);
        assertThat(delegated.delegation()).as("the delegation an act relied on is kept").isEqualTo(delegation);
        assertThat(delegated.onBehalfOf()).isEqualTo(onBehalfOf);
    }

    @Test
    void aForeignCursorIsRejected() {
        assertThatThrownBy(() -> tx(s -> s.get(AuditStore.class).forObject("request", "x", new PageRequest(3, "'; drop table x;--"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PAGE_CURSOR_INVALID));
    }

    @Test
    void closuresAreUniquePerOfficeAndDay() {
        OfficeCode office = new OfficeCode("T" + Long.toHexString(System.nanoTime()).toUpperCase());
        Closure strike = new Closure(office, LocalDate.of(2026, 12, 3), "Sciopero", PORTAL, T0);
        Closure works = new Closure(office, LocalDate.of(2026, 12, 10), "Lavori", PORTAL, T0);
        tx(s -> {
            s.get(ClosureStore.class).add(works);
            s.get(ClosureStore.class).add(strike);
            return null;
        });
        assertThatThrownBy(() -> tx(s -> {
            s.get(ClosureStore.class).add(new Closure(office, strike.date(), "Again", PORTAL, T0));
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OFF_ALREADY_CLOSED));
        assertThat(tx((Stores s) -> s.get(ClosureStore.class).between(office, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))))
                .containsExactly(strike, works);
        assertThat(tx((Stores s) -> s.get(ClosureStore.class).between(office, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 9)))).isEmpty();
    }

    @Test
    void engagementCountersAddUpPerDayKindAndCallToAction() {
        MessageKind kind = new MessageKind("K" + Long.toHexString(System.nanoTime()).toUpperCase());
        LocalDate day = LocalDate.of(2026, 11, 23);
        tx(s -> {
            s.get(EngagementStore.class).increment(day, kind, "");
            s.get(EngagementStore.class).increment(day, kind, "");
            s.get(EngagementStore.class).increment(day, kind, "qr-code");
            s.get(EngagementStore.class).increment(day.plusDays(1), kind, "");
            return null;
        });
        List<EngagementTally> tallies = tx(s -> s.get(EngagementStore.class).between(day, day)).stream()
                .filter(t -> t.kind().equals(kind)).toList();
        assertThat(tallies).containsExactlyInAnyOrder(new EngagementTally(day, kind, "", 2),
                new EngagementTally(day, kind, "qr-code", 1));
    }
}
