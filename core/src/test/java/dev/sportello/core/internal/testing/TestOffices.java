package dev.sportello.core.internal.testing;

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

import java.time.Duration;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The office directory of core's tests: Roma Tiburtino (Rome, H501) with its operators and booking
 * calendars, Cagliari (B354) with one back-office operator, and Aosta (A326).
 */
public final class TestOffices {
    /** Roma Tiburtino, competent for Rome (H501). */
    public static final OfficeCode ROMA = new OfficeCode("ROMA-TIBURTINO");
    /** Cagliari, competent for B354. */
    public static final OfficeCode CAGLIARI = new OfficeCode("CAGLIARI");
    /** Aosta, competent for A326. */
    public static final OfficeCode AOSTA = new OfficeCode("AOSTA");

    /** Roma: pension information, first level, 30-minute slots 08:30–12:30 on weekdays. */
    public static final AppointmentTopic PENSION_INFO = new AppointmentTopic(new TopicCode("PENSION_INFO"),
            "Informazioni sulla pensione", InformationLevel.FIRST);
    /** Roma: a company's contribution position, second level, 09:00–12:00. */
    public static final AppointmentTopic COMPANY_POSITION = new AppointmentTopic(new TopicCode("COMPANY_POSITION"),
            "Posizione contributiva dell'azienda", InformationLevel.SECOND);

    /** A back-office operator of Roma. */
    public static final OperatorId ROMA_BACK_OFFICE = operatorId(1);
    /** A second back-office operator of Roma. */
    public static final OperatorId ROMA_BACK_OFFICE_2 = operatorId(2);
    /** The supervisor of Roma (also back office). */
    public static final OperatorId ROMA_SUPERVISOR = operatorId(3);
    /** A front-office operator of Roma who knows sign language and serves the fragile-users channel, 09:00–12:00. */
    public static final OperatorId ROMA_SIGN_LANGUAGE = operatorId(4);
    /** A front-office operator of Roma. */
    public static final OperatorId ROMA_FRONT_OFFICE = operatorId(5);
    /** A back-office operator of Cagliari. */
    public static final OperatorId CAGLIARI_BACK_OFFICE = operatorId(6);
    /** A front-office operator of Roma on the fragile-users channel (R-USR-5), without sign language. */
    public static final OperatorId ROMA_FRAGILE_DESK = operatorId(7);

    private TestOffices() {
    }

    private static OperatorId operatorId(int n) {
        return new OperatorId(UUID.fromString(String.format("00000000-0000-7000-8000-%012d", n)));
    }

    /** A new directory. */
    public static MemoryOfficeDirectory directory() {
        WeeklyHours hours = WeeklyHours.weekdays("08:30-12:30", "14:00-16:00");
        WeeklyHours mornings = WeeklyHours.weekdays("08:30-12:30");
        return MemoryOfficeDirectory.builder()
                .office(new Office(ROMA, "Roma Tiburtino", Office.ROME, hours, MonthDay.of(6, 29)), "H501", "058091")
                .office(new Office(CAGLIARI, "Cagliari", Office.ROME, hours, MonthDay.of(10, 30)), "B354")
                .office(new Office(AOSTA, "Aosta", Office.ROME, hours, MonthDay.of(9, 7)), "A326")
                .operator(new Operator(ROMA_BACK_OFFICE, ROMA, "Anna Bianchi", Set.of(OperatorRole.BACK_OFFICE), Set.of(),
                        mornings))
                .operator(new Operator(ROMA_BACK_OFFICE_2, ROMA, "Luca Neri", Set.of(OperatorRole.BACK_OFFICE), Set.of(),
                        mornings))
                .operator(new Operator(ROMA_SUPERVISOR, ROMA, "Paola Verdi",
                        Set.of(OperatorRole.SUPERVISOR, OperatorRole.BACK_OFFICE), Set.of(), mornings))
                .operator(new Operator(ROMA_SIGN_LANGUAGE, ROMA, "Sara Gialli", Set.of(OperatorRole.FRONT_OFFICE),
                        Set.of(Skill.SIGN_LANGUAGE, Skill.FRAGILE_CHANNEL), WeeklyHours.weekdays("09:00-12:00")))
                .operator(new Operator(ROMA_FRONT_OFFICE, ROMA, "Marco Blu", Set.of(OperatorRole.FRONT_OFFICE), Set.of(),
                        hours))
                .operator(new Operator(CAGLIARI_BACK_OFFICE, CAGLIARI, "Elena Rosa", Set.of(OperatorRole.BACK_OFFICE),
                        Set.of(), hours))
                .operator(new Operator(ROMA_FRAGILE_DESK, ROMA, "Giulia Viola", Set.of(OperatorRole.FRONT_OFFICE),
                        Set.of(Skill.FRAGILE_CHANNEL), WeeklyHours.weekdays()))
                .calendar(new BookingCalendar(ROMA, PENSION_INFO, mornings, Duration.ofMinutes(30),
                        Map.of(ContactMode.IN_PERSON, 3, ContactMode.PHONE_CALLBACK, 2, ContactMode.VIDEO_CALL, 2),
                        Duration.ofHours(1), 60))
                .calendar(new BookingCalendar(ROMA, COMPANY_POSITION, WeeklyHours.weekdays("09:00-12:00"),
                        Duration.ofMinutes(30), Map.of(ContactMode.IN_PERSON, 1, ContactMode.VIDEO_CALL, 1),
                        Duration.ofHours(2), 30))
                .build();
    }
}
