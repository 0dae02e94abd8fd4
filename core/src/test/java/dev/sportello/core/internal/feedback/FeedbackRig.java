package dev.sportello.core.internal.feedback;

import dev.sportello.TopicCode;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.feedback.FeedbackEntry;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.GiveFeedback;
import dev.sportello.feedback.spi.FeedbackStore;
import dev.sportello.feedback.spi.RatingTally;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.users.UserProfile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.as;

/** The core fixture with the interactions a rating is about: requests worked to a state, appointments in a status. */
final class FeedbackRig {
    final CoreFixture h;

    FeedbackRig(CoreFixture h) {
        this.h = h;
    }

    /** A generic request of the user, still open. */
    Request openRequest(UserProfile user) {
        return h.sdk.requests().submit(as(user), new SubmitRequest(h.key(), TopicCode.GENERIC, null, null,
                Map.of("subject", "Variazione IBAN"), "Testo", List.of()));
    }

    /** A request of the user that Roma's back office took in charge and closed. */
    Request closedRequest(UserProfile user) {
        Request r = openRequest(user);
        Request taken = h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(r.id(), r.version(), null));
        return h.sdk.requests().close(BACK_OFFICE, new CloseRequest(taken.id(), taken.version(), "ACCEPTED", "Fatto."));
    }

    /** An appointment of the user at an office, stored in a status through its store. */
    AppointmentId appointment(UserProfile user, OfficeCode office, AppointmentStatus status) {
        AppointmentId id = new AppointmentId(UUID.randomUUID());
        Instant start = CoreFixture.START.minusSeconds(3_600);
        AppointmentRecord record = AppointmentRecord.builder().id(id).owner(user.id()).bookedBy(user.id()).office(office)
                .topic(TestOffices.PENSION_INFO.code()).mode(ContactMode.IN_PERSON).start(start)
                .end(start.plusSeconds(1_800)).zone(Office.ROME).day(LocalDate.of(2026, 11, 23))
                .interpretation(Interpretation.NONE).status(status).idempotencyKey(h.key()).createdAt(start)
                .updatedAt(start).version(0).build();
        h.storage.inTransaction(s -> {
            s.get(AppointmentStore.class).insert(record);
            return null;
        });
        return id;
    }

    /** Rates a closed request. */
    FeedbackEntry rate(UserProfile user, Request request, int rating, String suggestion) {
        return h.sdk.feedback().give(as(user), new GiveFeedback(new FeedbackTarget.ClosedRequest(request.id()), rating,
                suggestion));
    }

    /** How many ratings are stored, over every area, office and month of 2026–2027. */
    long stored() {
        return h.read(s -> s.get(FeedbackStore.class).tallies(null, YearMonth.of(2026, 1), YearMonth.of(2027, 12)))
                .stream().mapToLong(RatingTally::count).sum();
    }
}
