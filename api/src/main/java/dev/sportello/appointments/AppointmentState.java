package dev.sportello.appointments;

import dev.sportello.Arguments;
import dev.sportello.OperatorId;

import java.time.Instant;

/**
 * Where an appointment stands, with what belongs to that state: BOOKED → (WAITING, video calls) →
 * IN_PROGRESS → COMPLETED; BOOKED or WAITING → CANCELLED; BOOKED → NO_SHOW after the grace period.
 * Test it with {@code instanceof} patterns (or, from Java 21, an exhaustive {@code switch}); {@link #status()}
 * gives the plain status.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface AppointmentState {
    /** The plain status of this state; never null. */
    AppointmentStatus status();

    /** Booked, not started. */
    record Booked() implements AppointmentState {
        @Override
        public AppointmentStatus status() {
            return AppointmentStatus.BOOKED;
        }
    }

    /**
     * The user entered the admission code and waits to be admitted (video calls).
     *
     * @param since when the user entered the waiting room, not null
     */
    record Waiting(Instant since) implements AppointmentState {
        /** Checks the component. */
        public Waiting {
            Arguments.required(since, "Waiting", "since");
        }

        @Override
        public AppointmentStatus status() {
            return AppointmentStatus.WAITING;
        }
    }

    /**
     * The operator admitted the user, started the callback or the visit.
     *
     * @param operator the operator serving it, not null
     */
    record InProgress(OperatorId operator) implements AppointmentState {
        /** Checks the component. */
        public InProgress {
            Arguments.required(operator, "InProgress", "operator");
        }

        @Override
        public AppointmentStatus status() {
            return AppointmentStatus.IN_PROGRESS;
        }
    }

    /**
     * Done, with an outcome.
     *
     * @param operator the operator who served it, not null
     * @param outcome  the outcome code, not null
     * @param text     the outcome's text, empty if none, not null
     */
    record Completed(OperatorId operator, String outcome, String text) implements AppointmentState {
        /** Checks the components. */
        public Completed {
            Arguments.required(operator, "Completed", "operator");
            Arguments.required(outcome, "Completed", "outcome");
            Arguments.required(text, "Completed", "text");
        }

        @Override
        public AppointmentStatus status() {
            return AppointmentStatus.COMPLETED;
        }
    }

    /**
     * Cancelled by the user, the office, or a closure of the office.
     *
     * @param reason the reason the user was told, not null
     */
    record Cancelled(String reason) implements AppointmentState {
        /** Checks the component. */
        public Cancelled {
            Arguments.required(reason, "Cancelled", "reason");
        }

        @Override
        public AppointmentStatus status() {
            return AppointmentStatus.CANCELLED;
        }
    }

    /** The user did not show up within the grace period. */
    record NoShow() implements AppointmentState {
        @Override
        public AppointmentStatus status() {
            return AppointmentStatus.NO_SHOW;
        }
    }
}
