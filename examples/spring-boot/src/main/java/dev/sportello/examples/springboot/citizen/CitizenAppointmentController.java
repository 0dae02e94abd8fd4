package dev.sportello.examples.springboot.citizen;

import dev.sportello.Principal;
import dev.sportello.Sportello;
import dev.sportello.TopicCode;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.Availability;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.offices.OfficeCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * A citizen's appointments: the free slots of an office's calendar, and booking one (in person, phone
 * callback or video call; for a video call the SDK opens the meeting room after commit and sends the
 * admission code).
 *
 * <p>Stateless and thread-safe.
 */
@RestController
@RequestMapping("/api/citizen/appointments")
@Tag(name = "citizen")
public class CitizenAppointmentController {
    private final Sportello sportello;

    /**
     * Made by Spring.
     *
     * @param sportello the SDK, not null
     */
    public CitizenAppointmentController(Sportello sportello) {
        this.sportello = sportello;
    }

    /**
     * The slots of a calendar between two days.
     *
     * @param principal      the caller (demo headers)
     * @param office         the office code
     * @param topic          the appointment topic code
     * @param mode           the contact mode
     * @param from           the first day (ISO date)
     * @param to             the last day, inclusive (ISO date)
     * @param interpretation the interpreting needed
     * @return the slots with their remaining seats
     */
    @GetMapping("/availability")
    @Operation(summary = "Free slots of an office's calendar")
    public Availability availability(Principal principal, @RequestParam String office, @RequestParam String topic,
                                     @RequestParam ContactMode mode,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     @RequestParam(defaultValue = "NONE") Interpretation interpretation) {
        return sportello.appointments().availability(principal, new AvailabilityQuery(new OfficeCode(office),
                TopicCode.of(topic), mode, from, to, interpretation));
    }

    /**
     * Books a slot listed by the availability.
     *
     * @param principal the caller (demo headers)
     * @param booking   the booking, not null; its idempotency key makes a retry return the first booking
     * @return the appointment
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Book an appointment (e.g. a video call)")
    public Appointment book(Principal principal, @RequestBody BookAppointment booking) {
        Citizens.subject(principal, "book");
        return sportello.appointments().book(principal, booking);
    }
}
