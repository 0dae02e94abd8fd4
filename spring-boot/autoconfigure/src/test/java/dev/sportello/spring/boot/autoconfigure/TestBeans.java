package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.Credential;
import dev.sportello.Language;
import dev.sportello.Principal;
import dev.sportello.Sportello;
import dev.sportello.TopicCode;
import dev.sportello.adapters.memory.DeterministicMeetings;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.Availability;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.spi.MeetingProvider;
import dev.sportello.offices.Office;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.tck.SdkHarness;
import dev.sportello.tck.TckOffices;
import dev.sportello.tck.TestData;


import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.UserProfile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The beans an application gives: the TCK's offices, a meeting provider, recording channels; and a few SDK calls. */
@Configuration(proxyBeanMethods = false)
class TestBeans {
    static final Principal PORTAL = SdkHarness.PORTAL;
    /** What {@link #PORTAL} does in these tests, granted as an application would in its properties. */
    static final String PORTAL_GRANTS = "sportello.services.portal=USER_REGISTER,USER_READ,NOTIFICATION_ADMIN,"
            + "APPOINTMENT_READ,APPOINTMENT_AVAILABILITY";

    @Bean
    OfficeDirectory officeDirectory() {
        return TckOffices.directory();
    }

    @Bean
    MeetingProvider meetings() {
        return new DeterministicMeetings();
    }

    @Bean
    RecordingChannels channels() {
        return new RecordingChannels();
    }

    static UserProfile citizen(Sportello sdk) {
        return sdk.users().register(PORTAL, new RegisterCitizen(TestData.adultTaxCode(), "Maria Rossi",
                new MunicipalityCode("H501"), Language.IT));
    }

    static Request submit(Sportello sdk, UserProfile user) {
        return sdk.requests().submit(Principal.user(user.id(), Credential.SPID_L2), new SubmitRequest(
                "key-" + UUID.randomUUID().toString().substring(0, 8), TopicCode.GENERIC, null, null,
                Map.of("subject", "Informazioni"), "Testo della richiesta", List.of()));
    }

    /** Books the first free in-person pension slot in Roma in the next three weeks. */
    static Appointment book(Sportello sdk, UserProfile user) {
        LocalDate today = LocalDate.now(Office.ROME);
        Availability free = sdk.appointments().availability(PORTAL, new AvailabilityQuery(TckOffices.ROMA,
                TckOffices.PENSION_INFO.code(), ContactMode.IN_PERSON, today, today.plusDays(21), Interpretation.NONE));
        return sdk.appointments().book(Principal.user(user.id(), Credential.CIE), BookAppointment.of(
                "apt-" + UUID.randomUUID(), TckOffices.ROMA, TckOffices.PENSION_INFO.code(), ContactMode.IN_PERSON,
                free.slots().get(0).start()));
    }
}
