package dev.sportello.core.internal.users;

import dev.sportello.AuditEntry;
import dev.sportello.Credential;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.Violation;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestData;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.CompanyTaxCode;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.RegisterCompany;
import dev.sportello.users.RegisterIntermediary;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserEvents;
import dev.sportello.users.UserKind;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.UUID;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** The parties of the counter and their identifiers (R-USR-1), through the real SDK over memory storage. */
class UserRulesTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private RegisterCitizen citizen(TaxCode code) {
        return new RegisterCitizen(code, "Maria Rossi", new MunicipalityCode("H501"), Language.IT);
    }

    @Nested
    @DisplayName("R-USR-1 a citizen is identified by a valid Italian tax code")
    class Citizens {
        @Test
        @DisplayName("R-USR-1 a citizen with a valid tax code is registered, audited and announced after commit")
        void aCitizenIsRegistered() {
            TaxCode code = h.data.taxCode(LocalDate.of(1960, 3, 15), true, "H501");
            UserProfile user = h.sdk.users().register(PORTAL, new RegisterCitizen(code, "  Maria Rossi ",
                    new MunicipalityCode("H501"), Language.IT));
            assertThat(user.kind()).isEqualTo(UserKind.CITIZEN);
            assertThat(user.fiscalCode()).isEqualTo(code);
            assertThat(user.name()).isEqualTo("Maria Rossi");
            assertThat(h.sdk.users().get(as(user), user.id())).isEqualTo(user);
            assertThat(h.audit(user.id())).extracting(AuditEntry::action).containsExactly("USER_REGISTERED");
            assertThat(h.channels.events()).as("nothing is published before the dispatcher runs").isEmpty();
            h.deliver();
            DomainEvent event = h.channels.events().get(0);
            assertThat(event.type()).isEqualTo(UserEvents.REGISTERED);
            assertThat(event.subjectId()).isEqualTo(user.id().toString());
            assertThat(event.attributes()).containsEntry("kind", "CITIZEN").doesNotContainValue(code.value());
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"RSSMRA80A01H50, USR_TAX_CODE_LENGTH", "RSSMRA80A01H501UX, USR_TAX_CODE_LENGTH",
                "RSSMRA8XA01H501U, USR_TAX_CODE_CHARACTERS", "RSSMRA80Z01H501U, USR_TAX_CODE_CHARACTERS",
                "RSSMRA80A01H501A, USR_TAX_CODE_CHECK_CHARACTER"})
        @DisplayName("R-USR-1 a malformed tax code is refused with the code of what is wrong")
        void aMalformedTaxCodeIsRefused(String text, ErrorCode code) {
            fails(() -> new TaxCode(text), code);
        }

        @Test
        @DisplayName("R-USR-1 a tax code with a valid check character but an impossible birth date is refused")
        void anImpossibleBirthDateIsRefused() {
            // 31 February: build the base, then find the check character that makes it pass the checksum
            String base = "RSSMRA80B31H501";
            SportelloException last = null;
            for (char c = 'A'; c <= 'Z'; c++) {
                try {
                    new TaxCode(base + c);
                } catch (SportelloException e) {
                    last = e.code() == ErrorCode.USR_TAX_CODE_BIRTH_DATE ? e : last;
                }
            }
            assertThat(last).as("one check character fits and the date is then refused").isNotNull();
            assertThat(last.details()).containsEntry("field", "taxCode");
        }

        @Test
        @DisplayName("R-USR-1 an omocodia variant is a valid tax code with the same birth date")
        void anOmocodiaVariantIsAccepted() {
            TaxCode canonical = h.data.taxCode(LocalDate.of(1970, 7, 4), false, "H501");
            TaxCode variant = TestData.omocode(canonical);
            assertThat(variant.isOmocode()).isTrue();
            assertThat(variant.canonical()).isEqualTo(canonical.value());
            UserProfile user = h.sdk.users().register(PORTAL, citizen(variant));
            assertThat(((TaxCode) user.fiscalCode()).ageOn(LocalDate.of(2026, 11, 23))).isEqualTo(56);
        }

        @Test
        @DisplayName("R-USR-1 an omocodia variant of a registered tax code is the same person")
        void anOmocodiaVariantOfARegisteredCodeIsTheSamePerson() {
            TaxCode canonical = h.data.taxCode(LocalDate.of(1970, 7, 4), false, "H501");
            UserProfile first = h.sdk.users().register(PORTAL, citizen(canonical));
            TaxCode variant = TestData.omocode(canonical);
            fails(() -> h.sdk.users().register(PORTAL, citizen(variant)), ErrorCode.USR_ALREADY_REGISTERED);
            assertThat(h.sdk.users().findByFiscalCode(PORTAL, variant)).map(UserProfile::id).contains(first.id());
            assertThat(h.sdk.users().get(PORTAL, first.id()).fiscalCode()).as("kept as given").isEqualTo(canonical);
        }

        @Test
        @DisplayName("R-USR-1 registering a variant first, the original code is then the same person")
        void theOriginalCodeAfterItsVariantIsTheSamePerson() {
            TaxCode canonical = h.data.taxCode(LocalDate.of(1971, 8, 5), true, "H501");
            UserProfile first = h.sdk.users().register(PORTAL, citizen(TestData.omocode(canonical)));
            fails(() -> h.sdk.users().register(PORTAL, citizen(canonical)), ErrorCode.USR_ALREADY_REGISTERED);
            assertThat(h.sdk.users().findByFiscalCode(PORTAL, canonical)).map(UserProfile::id).contains(first.id());
        }

        @Test
        @DisplayName("R-USR-1 a tax code registers once")
        void aTaxCodeRegistersOnce() {
            UserProfile user = h.citizen();
            fails(() -> h.sdk.users().register(PORTAL, citizen((TaxCode) user.fiscalCode())),
                    ErrorCode.USR_ALREADY_REGISTERED);
        }

        @Test
        @DisplayName("R-USR-1 a registration with missing fields names each field")
        void missingFieldsAreNamed() {
            SportelloException e = fails(() -> h.sdk.users().register(PORTAL, new RegisterCitizen(h.data.adultTaxCode(),
                    " ", null, null)), ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("name", "residence",
                    "language");
        }
    }

    @Nested
    @DisplayName("R-USR-1 a company has a VAT number with check digit and a registration number")
    class Companies {
        @Test
        @DisplayName("R-USR-1 a company is registered with its VAT number and registration number")
        void aCompanyIsRegistered() {
            CompanyTaxCode vat = h.data.vatNumber();
            CompanyRegistrationNumber number = h.data.registrationNumber();
            UserProfile company = h.sdk.users().register(PORTAL, new RegisterCompany(vat, "Edilizia Rossi S.r.l.", number,
                    new MunicipalityCode("H501"), Language.IT));
            assertThat(company.kind()).isEqualTo(UserKind.COMPANY);
            assertThat(company.fiscalCode()).isEqualTo(vat);
            assertThat(company.registrationNumber()).isEqualTo(number);
        }

        @Test
        @DisplayName("R-USR-1 a VAT number with a wrong check digit or format is refused")
        void aWrongVatNumberIsRefused() {
            String valid = h.data.vatNumber().value();
            char wrong = (char) ('0' + (valid.charAt(10) - '0' + 1) % 10);
            fails(() -> new CompanyTaxCode(valid.substring(0, 10) + wrong), ErrorCode.USR_VAT_NUMBER_CHECK_DIGIT);
            fails(() -> new CompanyTaxCode("1234567890"), ErrorCode.USR_VAT_NUMBER_FORMAT);
            fails(() -> new CompanyRegistrationNumber("12AB"), ErrorCode.USR_REGISTRATION_NUMBER_FORMAT);
        }

        @Test
        @DisplayName("R-USR-1 a registration number belongs to one company")
        void aRegistrationNumberBelongsToOneCompany() {
            UserProfile company = h.company();
            fails(() -> h.sdk.users().register(PORTAL, new RegisterCompany(h.data.vatNumber(), "Altra S.r.l.",
                    company.registrationNumber(), new MunicipalityCode("H501"), Language.IT)), ErrorCode.USR_ALREADY_REGISTERED);
        }
    }

    @Nested
    @DisplayName("R-USR-1 intermediaries and operators")
    class IntermediariesAndOperators {
        @Test
        @DisplayName("R-USR-1 an intermediary is a person or an organisation with a VAT number")
        void anIntermediaryIsAPersonOrAnOrganisation() {
            assertThat(h.intermediary().kind()).isEqualTo(UserKind.INTERMEDIARY);
            UserProfile firm = h.sdk.users().register(PORTAL, new RegisterIntermediary(h.data.vatNumber(), "CAF Lazio",
                    new MunicipalityCode("H501"), Language.IT));
            assertThat(firm.kind()).isEqualTo(UserKind.INTERMEDIARY);
            assertThat(firm.fiscalCode()).isInstanceOf(CompanyTaxCode.class);
        }

        @Test
        @DisplayName("R-USR-1 users do not register themselves: only a service or an operator registers them")
        void usersDoNotRegisterThemselves() {
            UserProfile user = h.citizen();
            fails(() -> h.sdk.users().register(as(user), citizen(h.data.adultTaxCode())), ErrorCode.ACCESS_ROLE_REQUIRED);
            assertThat(h.sdk.users().register(CoreFixture.FRONT_OFFICE, citizen(h.data.adultTaxCode())).kind())
                    .isEqualTo(UserKind.CITIZEN);
        }

        @Test
        @DisplayName("R-USR-1 an operator is staff of an office in the directory; an unknown operator is refused")
        void anUnknownOperatorIsRefused() {
            UserProfile user = h.citizen();
            Principal unknown = Principal.operator(new OperatorId(UUID.fromString("00000000-0000-7000-8000-000000000999")),
                    Credential.CIE);
            fails(() -> h.sdk.users().get(unknown, user.id()), ErrorCode.OFF_OPERATOR_UNKNOWN);
            assertThat(h.sdk.users().get(CoreFixture.BACK_OFFICE, user.id()).id()).isEqualTo(user.id());
        }
    }
}
