package dev.sportello.tck;

import dev.sportello.ConflictException;
import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.OperatorId;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.ServiceId;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.feedback.FeedbackArea;
import dev.sportello.feedback.FeedbackId;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.SuggestionChange;
import dev.sportello.feedback.SuggestionState;
import dev.sportello.feedback.spi.FeedbackRecord;
import dev.sportello.feedback.spi.FeedbackStore;
import dev.sportello.feedback.spi.RatingTally;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.RequestId;
import dev.sportello.spi.Stores;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of the feedback store (R-DOS-6): round trips of every target with the suggestion's text unaltered,
 * the once key unique (a second rating is refused and leaves nothing), stale versions, the triage history
 * growing in order, the suggestions' queue (states, office, keyset paging, forged cursors), the tallies per
 * area, office and month, and rollback.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class FeedbackStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00.123456Z");
    private static final OfficeCode ROMA = new OfficeCode("ROMA-TIBURTINO");
    private static final OfficeCode CAGLIARI = new OfficeCode("CAGLIARI");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private static FeedbackRecord.Builder rating(FeedbackTarget target, OfficeCode office, int rating, String suggestion,
                                                 Instant at) {
        UserId owner = new UserId(UUID.randomUUID());
        String key = switch (target.area()) {
            case SERVICE -> "service:" + owner + ":" + YearMonth.from(at.atZone(java.time.ZoneOffset.UTC));
            case REQUESTS -> "request:" + ((FeedbackTarget.ClosedRequest) target).request();
            case APPOINTMENTS -> "appointment:" + ((FeedbackTarget.CompletedAppointment) target).appointment();
        };
        return FeedbackRecord.builder().id(new FeedbackId(UUID.randomUUID())).target(target).owner(owner).givenBy(owner)
                .office(office).rating(rating).suggestion(suggestion).onceKey(key)
                .month(YearMonth.from(at.atZone(java.time.ZoneOffset.UTC))).givenAt(at)
                .state(suggestion == null ? null : SuggestionState.NEW).changes(List.of()).version(0);
    }

    private static FeedbackTarget request() {
        return new FeedbackTarget.ClosedRequest(new RequestId(UUID.randomUUID()));
    }

    private void insert(FeedbackRecord... records) {
        tx(s -> {
            for (FeedbackRecord r : records) {
                s.get(FeedbackStore.class).insert(r);
            }
            return null;
        });
    }

    private Optional<FeedbackRecord> find(FeedbackId id) {
        return tx(s -> s.get(FeedbackStore.class).find(id));
    }

    private Page<FeedbackRecord> queue(OfficeCode office, Set<SuggestionState> states, PageRequest page) {
        return tx(s -> s.get(FeedbackStore.class).suggestions(office, states, page));
    }

    @Test
    void everyTargetRoundTripsWithItsSuggestionUnaltered() {
        String text = "  Più orari il sabato 👍\n\tgrazie — “Sportello” ";
        FeedbackRecord service = rating(new FeedbackTarget.WholeService(), null, 4, null, T0).build();
        FeedbackRecord request = rating(request(), ROMA, 2, text, T0).build();
        FeedbackRecord appointment = rating(new FeedbackTarget.CompletedAppointment(new AppointmentId(UUID.randomUUID())),
                CAGLIARI, 5, "😀".repeat(2_000), T0).build();
        insert(service, request, appointment);
        assertThat(find(service.id())).contains(service);
        assertThat(find(request.id())).contains(request);
        assertThat(find(request.id()).orElseThrow().suggestion()).isEqualTo(text);
        assertThat(find(appointment.id())).contains(appointment);
        assertThat(tx((Stores s) -> s.get(FeedbackStore.class).findByOnceKey(request.onceKey()))).contains(request);
        assertThat(tx((Stores s) -> s.get(FeedbackStore.class).findByOnceKey("request:" + UUID.randomUUID()))).isEmpty();
        assertThat(find(new FeedbackId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aSecondRatingWithTheSameOnceKeyIsRefusedAndLeavesNothing() {
        FeedbackTarget target = request();
        FeedbackRecord first = rating(target, ROMA, 3, null, T0).build();
        insert(first);
        FeedbackRecord second = rating(target, ROMA, 1, "di nuovo", T0.plusSeconds(5)).build();
        assertThatThrownBy(() -> insert(second)).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION);
        assertThat(find(second.id())).isEmpty();
        assertThat(find(first.id())).contains(first);
        assertThatThrownBy(() -> insert(first.toBuilder().onceKey("request:" + UUID.randomUUID()).build()))
                .as("the same id").isInstanceOf(ConflictException.class);
    }

    @Test
    void triageChangesAppendInOrderAndAStaleVersionIsRefused() {
        FeedbackRecord r = rating(request(), ROMA, 2, "Più chiarezza nelle risposte", T0).build();
        insert(r);
        SuggestionChange read = new SuggestionChange(SuggestionState.READ, new OperatorId(UUID.randomUUID()), T0.plusSeconds(60));
        SuggestionChange taken = new SuggestionChange(SuggestionState.TAKEN_UP, new ServiceId("backoffice"),
                T0.plusSeconds(120));
        FeedbackRecord v1 = r.toBuilder().state(SuggestionState.READ).changes(List.of(read)).version(1).build();
        tx(s -> {
            s.get(FeedbackStore.class).update(v1, 0);
            return null;
        });
        FeedbackRecord v2 = v1.toBuilder().state(SuggestionState.TAKEN_UP).changes(List.of(read, taken)).version(2).build();
        tx(s -> {
            s.get(FeedbackStore.class).update(v2, 1);
            return null;
        });
        assertThat(find(r.id())).contains(v2);
        assertThatThrownBy(() -> tx(s -> {
            s.get(FeedbackStore.class).update(v2.toBuilder().state(SuggestionState.DISMISSED).version(2).build(), 1);
            return null;
        })).isInstanceOf(ConflictException.class);
        assertThat(find(r.id())).contains(v2);
    }

    @Test
    void theQueueListsSuggestionsOldestFirstByStateAndOfficeWithKeysetPages() {
        List<FeedbackRecord> roma = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            roma.add(rating(request(), ROMA, 1 + i, "suggerimento " + i, T0.plusSeconds(10L * (5 - i))).build());
        }
        FeedbackRecord sameInstant = rating(request(), ROMA, 3, "stesso istante", roma.get(4).givenAt()).build();
        FeedbackRecord cagliari = rating(request(), CAGLIARI, 3, "Cagliari", T0).build();
        FeedbackRecord noOffice = rating(new FeedbackTarget.WholeService(), null, 5, "senza sede", T0.plusSeconds(1)).build();
        FeedbackRecord withoutText = rating(request(), ROMA, 4, null, T0).build();
        FeedbackRecord dismissed = rating(request(), ROMA, 1, "respinto", T0).state(SuggestionState.DISMISSED).build();
        List<FeedbackRecord> all = new ArrayList<>(roma);
        all.addAll(List.of(sameInstant, cagliari, noOffice, withoutText, dismissed));
        insert(all.toArray(FeedbackRecord[]::new));

        Set<SuggestionState> open = EnumSet.of(SuggestionState.NEW, SuggestionState.READ);
        List<FeedbackRecord> expected = new ArrayList<>(roma);
        expected.add(sameInstant);
        expected.sort(java.util.Comparator.comparing(FeedbackRecord::givenAt).thenComparing(r -> r.id().toString()));
        List<FeedbackRecord> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        int pages = 0;
        while (page != null) {
            Page<FeedbackRecord> p = queue(ROMA, open, page);
            assertThat(p.items()).hasSizeLessThanOrEqualTo(2);
            seen.addAll(p.items());
            page = page.after(p);
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(3);
        assertThat(queue(null, open, PageRequest.first(50)).items()).as("every office, and none")
                .hasSize(8).contains(cagliari, noOffice).doesNotContain(withoutText, dismissed);
        assertThat(queue(ROMA, EnumSet.of(SuggestionState.DISMISSED), PageRequest.first(50)).items())
                .containsExactly(dismissed);
        assertThat(queue(new OfficeCode("AOSTA"), open, PageRequest.first(50)).items()).isEmpty();
    }

    @Test
    void aForgedCursorIsRefused() {
        insert(rating(request(), ROMA, 1, "x", T0).build());
        for (String forged : List.of("nonsense", "123", "abc_" + UUID.randomUUID(), "1_1-1-1-1-1",
                "999999999999999999_" + UUID.randomUUID(), "-99999999999999999_" + UUID.randomUUID(), "_")) {
            assertThatThrownBy(() -> queue(ROMA, EnumSet.of(SuggestionState.NEW), new PageRequest(10, forged)))
                    .as(forged).isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.PAGE_CURSOR_INVALID);
        }
    }

    @Test
    void talliesCountAndSumPerAreaOfficeAndMonth() {
        Instant december = Instant.parse("2026-12-02T10:00:00Z");
        insert(rating(request(), ROMA, 5, null, T0).build(),
                rating(request(), ROMA, 2, "testo", T0.plusSeconds(3)).build(),
                rating(new FeedbackTarget.WholeService(), ROMA, 4, null, T0).build(),
                rating(new FeedbackTarget.WholeService(), null, 3, null, T0).build(),
                rating(request(), CAGLIARI, 1, null, T0).build(),
                rating(request(), ROMA, 4, null, december).build(),
                rating(request(), ROMA, 4, null, Instant.parse("2027-01-02T10:00:00Z")).build());
        List<RatingTally> all = tx((Stores s) -> s.get(FeedbackStore.class).tallies(null, NOVEMBER, YearMonth.of(2026, 12)));
        assertThat(all).containsExactlyInAnyOrder(
                new RatingTally(FeedbackArea.REQUESTS, ROMA, NOVEMBER, 2, 7),
                new RatingTally(FeedbackArea.SERVICE, ROMA, NOVEMBER, 1, 4),
                new RatingTally(FeedbackArea.SERVICE, null, NOVEMBER, 1, 3),
                new RatingTally(FeedbackArea.REQUESTS, CAGLIARI, NOVEMBER, 1, 1),
                new RatingTally(FeedbackArea.REQUESTS, ROMA, YearMonth.of(2026, 12), 1, 4));
        assertThat(tx((Stores s) -> s.get(FeedbackStore.class).tallies(ROMA, NOVEMBER, NOVEMBER))).containsExactlyInAnyOrder(
                new RatingTally(FeedbackArea.REQUESTS, ROMA, NOVEMBER, 2, 7),
                new RatingTally(FeedbackArea.SERVICE, ROMA, NOVEMBER, 1, 4));
        assertThat(tx((Stores s) -> s.get(FeedbackStore.class).tallies(ROMA, YearMonth.of(2025, 1), YearMonth.of(2025, 12))))
                .isEmpty();
    }

    @Test
    void aFailedTransactionLeavesNoRatingBehind() {
        FeedbackRecord r = rating(request(), ROMA, 3, "annullato", T0).build();
        assertThatThrownBy(() -> tx(s -> {
            s.get(FeedbackStore.class).insert(r);
            throw new IllegalStateException("the command failed after the insert");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(find(r.id())).isEmpty();
        assertThat(tx((Stores s) -> s.get(FeedbackStore.class).findByOnceKey(r.onceKey()))).isEmpty();
        insert(r);
        assertThat(find(r.id())).contains(r);
    }
}
