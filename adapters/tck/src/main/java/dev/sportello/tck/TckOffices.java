package dev.sportello.tck;

import dev.sportello.OperatorId;
import dev.sportello.TopicCode;
import dev.sportello.adapters.memory.MemoryOfficeDirectory;
import dev.sportello.appointments.AppointmentTopic;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.InformationLevel;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.offices.Skill;
import dev.sportello.offices.WeeklyHours;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The office directory of the scenario contracts: the pilot offices of R-REQ-7 plus Bolzano, with
 * their municipalities, patron saints and operators, a contact centre, and the booking calendars.
 *
 * <p>Thread-safe: stateless or immutable.
 */
public final class TckOffices {
    /** Roma Tiburtino, competent for Rome (H501). */
    public static final OfficeCode ROMA = new OfficeCode("ROMA-TIBURTINO");
    /** Catanzaro (C352). */
    public static final OfficeCode CATANZARO = new OfficeCode("CATANZARO");
    /** Lamezia Terme (M208). */
    public static final OfficeCode LAMEZIA = new OfficeCode("LAMEZIA-TERME");
    /** Cagliari (B354). */
    public static final OfficeCode CAGLIARI = new OfficeCode("CAGLIARI");
    /** Aosta (A326). */
    public static final OfficeCode AOSTA = new OfficeCode("AOSTA");
    /** Bolzano (A952). */
    public static final OfficeCode BOLZANO = new OfficeCode("BOLZANO");
    /** A contact centre open every day, with a night callback line (for daylight-saving cases). */
    public static final OfficeCode CONTACT_CENTER = new OfficeCode("CONTACT-CENTER");

    /** Roma Tiburtino: pension information, first level, 30-minute slots 08:30–12:30 on weekdays. */
    public static final AppointmentTopic PENSION_INFO = new AppointmentTopic(new TopicCode("PENSION_INFO"), "Informazioni sulla pensione",
            InformationLevel.FIRST);
    /** Roma Tiburtino: a company's contribution position, second level. */
    public static final AppointmentTopic COMPANY_POSITION = new AppointmentTopic(new TopicCode("COMPANY_POSITION"),
            "Posizione contributiva dell'azienda", InformationLevel.SECOND);
    /** Roma Tiburtino: certificates at the counter, one seat in two slots 09:00–10:00 (for waitlists). */
    public static final AppointmentTopic CERTIFICATES = new AppointmentTopic(new TopicCode("CERTIFICATES"), "Certificati",
            InformationLevel.FIRST);
    /** Contact centre: night callbacks 01:00–04:00 every day, no minimum notice. */
    public static final AppointmentTopic NIGHT_CALLBACK = new AppointmentTopic(new TopicCode("NIGHT_CALLBACK"), "Richiamata notturna",
            InformationLevel.FIRST);

    /** A back-office operator of Roma Tiburtino. */
    public static final OperatorId ROMA_BACK_OFFICE = operatorId(1);
    /** A second back-office operator of Roma Tiburtino. */
    public static final OperatorId ROMA_BACK_OFFICE_2 = operatorId(2);
    /** The supervisor of Roma Tiburtino. */
    public static final OperatorId ROMA_SUPERVISOR = operatorId(3);
    /** A front-office operator of Roma Tiburtino who knows sign language and serves the fragile-users channel. */
    public static final OperatorId ROMA_SIGN_LANGUAGE = operatorId(4);
    /** A front-office operator of Roma Tiburtino. */
    public static final OperatorId ROMA_FRONT_OFFICE = operatorId(5);
    /** A back-office operator of Cagliari. */
    public static final OperatorId CAGLIARI_BACK_OFFICE = operatorId(6);

    private TckOffices() {
    }

    private static OperatorId operatorId(int n) {
        return new OperatorId(UUID.fromString(String.format("00000000-0000-7000-8000-%012d", n)));
    }

    /** The directory. */
    public static MemoryOfficeDirectory directory() {
        WeeklyHours hours = WeeklyHours.weekdays("08:30-12:30", "14:00-16:00");
        WeeklyHours mornings = WeeklyHours.weekdays("08:30-12:30");
        WeeklyHours everyDay = WeeklyHours.of(List.of("00:00-23:59"), DayOfWeek.values());
        return MemoryOfficeDirectory.builder()
                .office(new Office(ROMA, "Roma Tiburtino", Office.ROME, hours, MonthDay.of(6, 29)), "H501", "058091")
                .office(new Office(CATANZARO, "Catanzaro", Office.ROME, hours, MonthDay.of(7, 16)), "C352")
                .office(new Office(LAMEZIA, "Lamezia Terme", Office.ROME, hours, MonthDay.of(5, 10)), "M208")
                .office(new Office(CAGLIARI, "Cagliari", Office.ROME, hours, MonthDay.of(10, 30)), "B354")
                .office(new Office(AOSTA, "Aosta", Office.ROME, hours, MonthDay.of(9, 7)), "A326")
                .office(new Office(BOLZANO, "Bolzano", Office.ROME, hours, null), "A952")
                .office(new Office(CONTACT_CENTER, "Contact center", Office.ROME, everyDay, null))
                .operator(new Operator(ROMA_BACK_OFFICE, ROMA, "Anna Bianchi", Set.of(OperatorRole.BACK_OFFICE), Set.of(), mornings))
                .operator(new Operator(ROMA_BACK_OFFICE_2, ROMA, "Luca Neri", Set.of(OperatorRole.BACK_OFFICE), Set.of(), mornings))
                .operator(new Operator(ROMA_SUPERVISOR, ROMA, "Paola Verdi",
                        Set.of(OperatorRole.SUPERVISOR, OperatorRole.BACK_OFFICE), Set.of(), mornings))
                .operator(new Operator(ROMA_SIGN_LANGUAGE, ROMA, "Sara Gialli", Set.of(OperatorRole.FRONT_OFFICE),
                        Set.of(Skill.SIGN_LANGUAGE, Skill.FRAGILE_CHANNEL), WeeklyHours.weekdays("09:00-12:00")))
                .operator(new Operator(ROMA_FRONT_OFFICE, ROMA, "Marco Blu", Set.of(OperatorRole.FRONT_OFFICE), Set.of(), hours))
                .operator(new Operator(CAGLIARI_BACK_OFFICE, CAGLIARI, "Elena Rosa", Set.of(OperatorRole.BACK_OFFICE), Set.of(), hours))
                .calendar(new BookingCalendar(ROMA, PENSION_INFO, mornings, Duration.ofMinutes(30),
                        Map.of(ContactMode.IN_PERSON, 3, ContactMode.PHONE_CALLBACK, 2, ContactMode.VIDEO_CALL, 2),
                        Duration.ofHours(1), 60))
                .calendar(new BookingCalendar(ROMA, COMPANY_POSITION, WeeklyHours.weekdays("09:00-12:00"), Duration.ofMinutes(30),
                        Map.of(ContactMode.IN_PERSON, 1, ContactMode.VIDEO_CALL, 1), Duration.ofHours(2), 30))
                .calendar(new BookingCalendar(ROMA, CERTIFICATES, WeeklyHours.weekdays("09:00-10:00"), Duration.ofMinutes(30),
                        Map.of(ContactMode.IN_PERSON, 1), Duration.ofHours(1), 30))
                .calendar(new BookingCalendar(CONTACT_CENTER, NIGHT_CALLBACK,
                        WeeklyHours.of(List.of("01:00-04:00"), DayOfWeek.values()), Duration.ofMinutes(30),
                        Map.of(ContactMode.PHONE_CALLBACK, 1), Duration.ZERO, 366))
                .build();
    }
}
