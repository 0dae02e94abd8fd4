package dev.sportello.core.internal.offices;

import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.TopicCode;
import dev.sportello.adapters.memory.MemoryOfficeDirectory;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.WeeklyHours;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.sportello.core.internal.testing.CoreFixture.CAGLIARI;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** The competent office of a user, from residence or registered seat through the integrator's directory (R-USR-4). */
class CompetentOfficeRulesTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Request submit(UserProfile user) {
        return h.sdk.requests().submit(as(user), new SubmitRequest(h.key(), TopicCode.GENERIC, null, null,
                Map.of("subject", "Domanda"), "Testo della domanda", List.of()));
    }

    @Nested
    @DisplayName("R-USR-4 the competent office comes from the residence of citizens and the seat of companies")
    class Resolution {
        @Test
        @DisplayName("R-USR-4 a citizen's residence and a company's registered seat give their competent offices")
        void residenceAndSeatGiveTheOffice() {
            UserProfile citizen = h.citizen("H501");
            UserProfile company = h.company("B354");
            assertThat(h.sdk.offices().competentOffice(as(citizen), citizen.id()).code()).isEqualTo(TestOffices.ROMA);
            assertThat(h.sdk.offices().competentOffice(as(company), company.id()).code()).isEqualTo(TestOffices.CAGLIARI);
            assertThat(h.sdk.offices().officeFor(PORTAL, new MunicipalityCode("058091")).code()).isEqualTo(TestOffices.ROMA);
            assertThat(submit(company).office()).as("requests go to the competent office").isEqualTo(TestOffices.CAGLIARI);
        }

        @Test
        @DisplayName("R-USR-4 a change of residence changes the competent office")
        void aChangeOfResidenceChangesTheOffice() {
            UserProfile user = h.citizen("H501");
            UserProfile moved = h.sdk.users().update(as(user), new UpdateProfile(user.id(), user.version(), null,
                    new MunicipalityCode("A326"), null));
            assertThat(moved.municipality()).isEqualTo(new MunicipalityCode("A326"));
            assertThat(h.sdk.offices().competentOffice(as(user), user.id()).code()).isEqualTo(TestOffices.AOSTA);
            assertThat(submit(moved).office()).isEqualTo(TestOffices.AOSTA);
        }

        @Test
        @DisplayName("R-USR-4 a municipality that no office covers is refused at registration and at a change")
        void anUncoveredMunicipalityIsRefused() {
            fails(() -> h.sdk.users().register(PORTAL, new RegisterCitizen(h.data.adultTaxCode(), "Mario Bianchi",
                    new MunicipalityCode("F205"), Language.IT)), ErrorCode.OFF_MUNICIPALITY_UNKNOWN);
            UserProfile user = h.citizen("H501");
            fails(() -> h.sdk.users().update(as(user), new UpdateProfile(user.id(), user.version(), null,
                    new MunicipalityCode("F205"), null)), ErrorCode.OFF_MUNICIPALITY_UNKNOWN);
            assertThat(h.sdk.users().get(as(user), user.id()).municipality()).isEqualTo(new MunicipalityCode("H501"));
            fails(() -> h.sdk.offices().office(PORTAL, new OfficeCode("MILANO")), ErrorCode.OFF_OFFICE_UNKNOWN);
        }

        @Test
        @DisplayName("R-USR-4 only the user, their office or a service reads their competent office")
        void onlyTheUserReadsTheirOffice() {
            UserProfile user = h.citizen("H501");
            UserProfile other = h.citizen("H501");
            fails(() -> h.sdk.offices().competentOffice(as(other), user.id()), ErrorCode.ACCESS_NOT_OWNER);
            assertThat(h.sdk.offices().competentOffice(PORTAL, user.id()).code()).isEqualTo(TestOffices.ROMA);
        }

        @Test
        @DisplayName("R-USR-4 operators of the competent office read the user's profile; other offices are denied")
        void theCompetentOfficeReadsTheProfile() {
            UserProfile user = h.citizen("H501");
            assertThat(h.sdk.users().get(CoreFixture.BACK_OFFICE, user.id()).id()).isEqualTo(user.id());
            fails(() -> h.sdk.users().get(CAGLIARI, user.id()), ErrorCode.ACCESS_WRONG_OFFICE);
            UserProfile moved = h.sdk.users().update(as(user), new UpdateProfile(user.id(), user.version(), null,
                    new MunicipalityCode("B354"), null));
            assertThat(h.sdk.users().get(CAGLIARI, moved.id()).id()).isEqualTo(user.id());
            fails(() -> h.sdk.users().get(CoreFixture.BACK_OFFICE, user.id()), ErrorCode.ACCESS_WRONG_OFFICE);
        }
    }

    @Nested
    @DisplayName("R-USR-4 the mapping is data supplied by the integrator")
    class IntegratorData {
        @Test
        @DisplayName("R-USR-4 another directory maps the same residence to another office")
        void anotherDirectoryMapsToAnotherOffice() {
            OfficeCode ostia = new OfficeCode("ROMA-OSTIA");
            MemoryOfficeDirectory directory = MemoryOfficeDirectory.builder()
                    .office(new Office(ostia, "Roma Ostia", Office.ROME, WeeklyHours.weekdays("08:30-12:30"), null), "H501")
                    .build();
            try (CoreFixture other = new CoreFixture(b -> b.officeDirectory(directory))) {
                UserProfile user = other.citizen("H501");
                assertThat(other.sdk.offices().competentOffice(as(user), user.id()).code()).isEqualTo(ostia);
                fails(() -> other.sdk.users().register(PORTAL, new RegisterCitizen(other.data.adultTaxCode(), "Anna Neri",
                        new MunicipalityCode("B354"), Language.IT)), ErrorCode.OFF_MUNICIPALITY_UNKNOWN);
            }
        }
    }
}
