package dev.sportello.feedback;

import dev.sportello.Arguments;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.requests.RequestId;

/**
 * What a user rates: the service as a whole, or one finished interaction of theirs (R-DOS-6).
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface FeedbackTarget {
    /** The area the figures count it in; never null. */
    FeedbackArea area();

    /** The counter as a whole: at most one rating per user and calendar month (Europe/Rome). */
    record WholeService() implements FeedbackTarget {
        @Override
        public FeedbackArea area() {
            return FeedbackArea.SERVICE;
        }
    }

    /**
     * A request of the rater (or of the user they act for) that the office has closed; at most one rating.
     *
     * @param request the request, not null
     */
    record ClosedRequest(RequestId request) implements FeedbackTarget {
        /** Checks the request. */
        public ClosedRequest {
            Arguments.required(request, "ClosedRequest", "request");
        }

        @Override
        public FeedbackArea area() {
            return FeedbackArea.REQUESTS;
        }
    }

    /**
     * An appointment of the rater (or of the user they act for) that was completed; at most one rating.
     *
     * @param appointment the appointment, not null
     */
    record CompletedAppointment(AppointmentId appointment) implements FeedbackTarget {
        /** Checks the appointment. */
        public CompletedAppointment {
            Arguments.required(appointment, "CompletedAppointment", "appointment");
        }

        @Override
        public FeedbackArea area() {
            return FeedbackArea.APPOINTMENTS;
        }
    }
}
