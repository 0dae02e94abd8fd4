package dev.sportello.tck;

import dev.sportello.spi.Stores;
import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.ConflictException;
import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.ServiceId;
import dev.sportello.UserId;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationId;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.notifications.MessageKind;
import dev.sportello.offices.Closure;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.EngagementTally;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ConsentEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Contract of the consent, audit, closure, delegation and engagement stores. */
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
            events.forEach(s.consents()::append);
            return null;
        });
        assertThat(tx((Stores s) -> s.consents().history(user))).containsExactlyElementsOf(events);
        assertThat(tx((Stores s) -> s.consents().history(delegate))).isEmpty();
    }

    @Test
    void auditEntriesArePagedPerObjectInIdOrder() {
        String objectId = UUID.randomUUID().toString();
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(new AuditEntry(UUID.randomUUID().toString(), T0.plusSeconds(i), PORTAL, null, "ACTION_" + i,
                    "request", objectId, i == 4 ? AuditEntry.Outcome.DENIED : AuditEntry.Outcome.SUCCEEDED,
                    i == 4 ? ErrorCode.ACCESS_NOT_OWNER : null));
        }
        entries.add(new AuditEntry(UUID.randomUUID().toString(), T0, PORTAL, null, "OTHER", "request", "x", AuditEntry.Outcome.SUCCEEDED, null));
        tx(s -> {
            s.audit().append(entries);
            return null;
        });
        List<AuditEntry> expected = entries.subList(0, 5).stream()
                .sorted(java.util.Comparator.comparing(AuditEntry::id)).toList();
        Page<AuditEntry> first = tx(s -> s.audit().forObject("request", objectId, PageRequest.first(3)));
        assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 3));
        Page<AuditEntry> second = tx(s -> s.audit().forObject("request", objectId, PageRequest.first(3).after(first)));
        assertThat(second.items()).containsExactlyElementsOf(expected.subList(3, 5));
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void aForeignCursorIsRejected() {
        assertThatThrownBy(() -> tx(s -> s.audit().forObject("request", "x", new PageRequest(3, "'; drop table x;--"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PAGE_CURSOR_INVALID));
    }

    @Test
    void closuresAreUniquePerOfficeAndDay() {
        OfficeCode office = new OfficeCode("T" + Long.toHexString(System.nanoTime()).toUpperCase());
        Closure strike = new Closure(office, LocalDate.of(2026, 12, 3), "Sciopero", PORTAL, T0);
        Closure works = new Closure(office, LocalDate.of(2026, 12, 10), "Lavori", PORTAL, T0);
        tx(s -> {
            s.closures().add(works);
            s.closures().add(strike);
            return null;
        });
        assertThatThrownBy(() -> tx(s -> {
            s.closures().add(new Closure(office, strike.date(), "Again", PORTAL, T0));
            return null;
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OFF_ALREADY_CLOSED));
        assertThat(tx((Stores s) -> s.closures().between(office, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))))
                .containsExactly(strike, works);
        assertThat(tx((Stores s) -> s.closures().between(office, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 9)))).isEmpty();
    }

    @Test
    void delegationsAreFoundOnlyWhileValid() {
        UserId company = new UserId(UUID.randomUUID());
        UserId intermediary = new UserId(UUID.randomUUID());
        Delegation mandate = new Delegation(new DelegationId(UUID.randomUUID()), DelegationKind.MANDATE, company,
                intermediary, T0, T0.plusSeconds(3600), null, PORTAL, T0, 0);
        tx(s -> {
            s.delegations().insert(mandate);
            return null;
        });
        assertThat(tx((Stores s) -> s.delegations().find(mandate.id()))).contains(mandate);
        assertThat(tx((Stores s) -> s.delegations().findValid(company, intermediary, T0.plusSeconds(10)))).contains(mandate);
        assertThat(tx((Stores s) -> s.delegations().findValid(company, intermediary, T0.plusSeconds(3600)))).isEmpty();
        assertThat(tx((Stores s) -> s.delegations().findValid(intermediary, company, T0.plusSeconds(10)))).isEmpty();
        Delegation revoked = new Delegation(mandate.id(), mandate.kind(), company, intermediary, mandate.validFrom(),
                mandate.validUntil(), T0.plusSeconds(20), PORTAL, T0, 1);
        tx(s -> {
            s.delegations().update(revoked, 0);
            return null;
        });
        assertThat(tx((Stores s) -> s.delegations().findValid(company, intermediary, T0.plusSeconds(30)))).isEmpty();
        assertThat(tx((Stores s) -> s.delegations().involving(intermediary))).containsExactly(revoked);
        assertThatThrownBy(() -> tx(s -> {
            s.delegations().update(revoked, 0);
            return null;
        })).isInstanceOf(ConflictException.class);
    }

    @Test
    void engagementCountersAddUpPerDayKindAndCallToAction() {
        MessageKind kind = new MessageKind("K" + Long.toHexString(System.nanoTime()).toUpperCase());
        LocalDate day = LocalDate.of(2026, 11, 23);
        tx(s -> {
            s.engagement().increment(day, kind, "");
            s.engagement().increment(day, kind, "");
            s.engagement().increment(day, kind, "qr-code");
            s.engagement().increment(day.plusDays(1), kind, "");
            return null;
        });
        List<EngagementTally> tallies = tx(s -> s.engagement().between(day, day)).stream()
                .filter(t -> t.kind().equals(kind)).toList();
        assertThat(tallies).containsExactlyInAnyOrder(new EngagementTally(day, kind, "", 2),
                new EngagementTally(day, kind, "qr-code", 1));
    }
}
