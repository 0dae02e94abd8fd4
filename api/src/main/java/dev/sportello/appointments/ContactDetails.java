package dev.sportello.appointments;

import dev.sportello.Arguments;
import dev.sportello.users.PhoneNumber;

import java.net.URI;
import java.util.Optional;

/**
 * How the user and the office meet, per contact mode: a join link exists only for video calls, a number
 * to call back only for callbacks. Test it with {@code instanceof} patterns (or, from Java 21, an exhaustive
 * {@code switch}); {@link #mode()} gives the plain mode.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface ContactDetails {
    /** The plain contact mode; never null. */
    ContactMode mode();

    /** At the office's counter. */
    record InPerson() implements ContactDetails {
        @Override
        public ContactMode mode() {
            return ContactMode.IN_PERSON;
        }
    }

    /**
     * The office calls the user back.
     *
     * @param number the user's verified mobile number, not null
     */
    record PhoneCallback(PhoneNumber number) implements ContactDetails {
        /** Checks the component. */
        public PhoneCallback {
            Arguments.required(number, "PhoneCallback", "number");
        }

        @Override
        public ContactMode mode() {
            return ContactMode.PHONE_CALLBACK;
        }
    }

    /**
     * A video call in a virtual room.
     *
     * @param joinLink the link to open at the booked time; empty for the moment between the booking and
     *                 the opening of the room (the confirmation carrying the link follows it), not null
     */
    record VideoCall(Optional<URI> joinLink) implements ContactDetails {
        /** Checks the component. */
        public VideoCall {
            Arguments.required(joinLink, "VideoCall", "joinLink");
        }

        @Override
        public ContactMode mode() {
            return ContactMode.VIDEO_CALL;
        }
    }
}
