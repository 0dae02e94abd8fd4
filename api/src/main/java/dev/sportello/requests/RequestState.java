package dev.sportello.requests;

import dev.sportello.Arguments;
import dev.sportello.OperatorId;


/**
 * The state of a request as a type: open, in charge of an operator, or closed with an outcome.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface RequestState {
    /** The status this state corresponds to. */
    RequestStatus status();

    /** Waiting for an operator. */
    record Open() implements RequestState {
        @Override
        public RequestStatus status() {
            return RequestStatus.OPEN;
        }
    }

    /**
     * Being worked.
     *
     * @param operator     the operator in charge, not null
     * @param awaitingUser whether the operator asked the user for more information
     */
    record InCharge(OperatorId operator, boolean awaitingUser) implements RequestState {
        /** Checks the operator. */
        public InCharge {
            Arguments.required(operator, "InCharge", "operator");
        }

        @Override
        public RequestStatus status() {
            return RequestStatus.IN_CHARGE;
        }
    }

    /**
     * Closed.
     *
     * @param outcome the outcome code, not null
     * @param text    the explanation to the user, not null
     */
    record Closed(String outcome, String text) implements RequestState {
        /** Checks the components. */
        public Closed {
            Arguments.required(outcome, "Closed", "outcome");
            Arguments.required(text, "Closed", "text");
        }

        @Override
        public RequestStatus status() {
            return RequestStatus.CLOSED;
        }
    }
}
