package dev.sportello.tck;

import dev.sportello.Credential;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentState;
import dev.sportello.appointments.Availability;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.ContactDetails;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityDocument;
import dev.sportello.appointments.IdentityDocumentType;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.Slot;
import dev.sportello.notifications.MessageView;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.spi.EmailMessage;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.ContactKind;
import dev.sportello.users.UserProfile;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the appointment scenario contracts share: the TCK offices and operators, booking shortcuts, and
 * reading what the channels received.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class AppointmentScenarios extends ScenarioContract {
    /** The office of most scenarios. */
    protected static final OfficeCode ROMA = TckOffices.ROMA;
    /** A front-office operator of Roma. */
    protected static final Principal FRONT_OFFICE = Principal.operator(TckOffices.ROMA_FRONT_OFFICE, Credential.CIE);
    /** Roma's sign-language operator. */
    protected static final Principal INTERPRETER = Principal.operator(TckOffices.ROMA_SIGN_LANGUAGE, Credential.CIE);
    /** Roma's supervisor. */
    protected static final Principal SUPERVISOR = Principal.operator(TckOffices.ROMA_SUPERVISOR, Credential.CIE);
    /** An operator of another office. */
    protected static final Principal CAGLIARI = Principal.operator(TckOffices.CAGLIARI_BACK_OFFICE, Credential.CIE);
    /** The first-level topic with seats in every mode. */
    protected static final TopicCode PENSION = TckOffices.PENSION_INFO.code();
    /** Tuesday 24 November 2026, the day after the harness's start. */
    protected static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);

    /**
     * An instant from a wall-clock time in Rome.
     *
     * @param localDateTime e.g. {@code 2026-11-24T10:00}
     * @return the instant
     */
    protected static Instant rome(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Office.ROME).toInstant();
    }

    /** A fresh idempotency key. */
    protected static String key() {
        return "apt-" + UUID.randomUUID();
    }

    /**
     * A user signed in with CIE.
     *
     * @param user the user
     * @return the principal
     */
    protected static Principal cie(UserProfile user) {
        return Principal.user(user.id(), Credential.CIE);
    }

    /**
     * Books a Roma pension appointment.
     *
     * @param user  the user
     * @param mode  the mode
     * @param start the start
     * @return the appointment
     */
    protected Appointment book(UserProfile user, ContactMode mode, Instant start) {
        return h.sdk.appointments().book(cie(user), BookAppointment.of(key(), ROMA, PENSION, mode, start));
    }

    /**
     * The slots of Roma for a topic.
     *
     * @param topic          the topic
     * @param mode           the mode
     * @param from           the first day
     * @param to             the last day
     * @param interpretation the interpreting needed
     * @return the availability
     */
    protected Availability availability(TopicCode topic, ContactMode mode, LocalDate from, LocalDate to,
                                        Interpretation interpretation) {
        return h.sdk.appointments().availability(SdkHarness.PORTAL, new AvailabilityQuery(ROMA, topic, mode, from, to,
                interpretation));
    }

    /**
     * The slot of an availability starting at an instant.
     *
     * @param availability the availability
     * @param start        the start
     * @return the slot
     */
    protected static Slot slot(Availability availability, Instant start) {
        return availability.slots().stream().filter(s -> s.start().equals(start)).findFirst().orElseThrow();
    }

    /**
     * The seats left in a Roma pension slot.
     *
     * @param mode  the mode
     * @param start the start
     * @return the remaining seats
     */
    protected int remaining(ContactMode mode, Instant start) {
        LocalDate day = start.atZone(Office.ROME).toLocalDate();
        return slot(availability(PENSION, mode, day, day, Interpretation.NONE), start).remaining();
    }

    /**
     * The messages of a user.
     *
     * @param user the user
     * @return the messages, newest first
     */
    protected List<MessageView> messages(UserProfile user) {
        return h.sdk.notifications().messages(SdkHarness.PORTAL, user.id(), PageRequest.first(100)).items();
    }

    /**
     * The SMS delivered to a user's mobile.
     *
     * @param user the user
     * @return the SMS, in delivery order
     */
    protected List<SmsMessage> smsTo(UserProfile user) {
        String number = user.contacts().stream().filter(c -> c.kind() == ContactKind.MOBILE).findFirst().orElseThrow().value();
        return h.channels.sms().stream().filter(s -> s.to().e164().equals(number)).toList();
    }

    /**
     * The calendar files e-mailed to a user.
     *
     * @param user the user
     * @return the .ics texts, in delivery order
     */
    protected List<String> invitations(UserProfile user) {
        String address = user.contacts().stream().filter(c -> c.kind() == ContactKind.EMAIL).findFirst().orElseThrow().value();
        List<String> ics = new ArrayList<>();
        for (EmailMessage email : h.channels.emails()) {
            if (email.to().value().equals(address)) {
                for (EmailAttachment a : email.attachments()) {
                    ics.add(new String(a.content(), StandardCharsets.UTF_8));
                }
            }
        }
        return ics;
    }

    /**
     * The last admission code sent by SMS, as the SDK handed it to the channel
     * ({@link SmsMessage#oneTimeCode()}).
     *
     * @param sms the SMS of a user
     * @return the code
     */
    protected static String admissionCode(List<SmsMessage> sms) {
        for (int i = sms.size() - 1; i >= 0; i--) {
            if (sms.get(i).oneTimeCode() != null) {
                return sms.get(i).oneTimeCode();
            }
        }
        throw new IllegalStateException("no admission code was sent");
    }

    /**
     * An electronic identity card with a photo.
     *
     * @param expires its expiry
     * @return the document
     */
    protected static IdentityDocument document(LocalDate expires) {
        return new IdentityDocument(IdentityDocumentType.ELECTRONIC_IDENTITY_CARD, "CA12345AB", LocalDate.of(2021, 5, 3),
                expires, true);
    }

    /**
     * The join link of a video call.
     *
     * @param appointment a video call
     * @return the link, if its room is open
     */
    protected static java.util.Optional<URI> link(Appointment appointment) {
        return ((ContactDetails.VideoCall) appointment.contact()).joinLink();
    }

    /**
     * The cancellation reason of a cancelled appointment.
     *
     * @param appointment the appointment
     * @return the reason
     */
    protected static String cancelReason(Appointment appointment) {
        return ((AppointmentState.Cancelled) appointment.state()).reason();
    }
}
