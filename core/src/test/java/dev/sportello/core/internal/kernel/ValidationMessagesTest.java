package dev.sportello.core.internal.kernel;

import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.SportelloException;
import dev.sportello.Violation;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.Amount;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Section;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** R-USR-2 an invalid command fails with one VALIDATION_FAILED listing every field, each in the words of a form. */
class ValidationMessagesTest {
    private static final String LONG = "x".repeat(201);
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private static Violation violation(String field, String rule, String message) {
        return new Violation(field, rule, message);
    }

    @Nested
    @DisplayName("R-USR-2 through the SDK's commands")
    class ThroughTheSdk {
        @Test
        @DisplayName("R-USR-2 a required field says 'required'; a length says its limit, 'required' first if the field is")
        void requiredAndLengths() {
            SportelloException e = fails(() -> h.sdk.users().register(PORTAL, new RegisterCitizen(null, LONG,
                    new MunicipalityCode("H501"), Language.IT)), ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).containsExactly(
                    violation("name", "Size", "required, at most 200 characters"),
                    violation("taxCode", "NotNull", "required"));
        }

        @Test
        @DisplayName("R-USR-2 the violations of one field are sorted by rule and listed once each")
        void sortedByFieldThenRule() {
            SportelloException e = fails(() -> h.sdk.users().register(PORTAL, new RegisterCitizen(h.data.adultTaxCode(),
                    " ".repeat(201), new MunicipalityCode("H501"), null)), ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).containsExactly(
                    violation("language", "NotNull", "required"),
                    violation("name", "NotBlank", "required, must not be blank"),
                    violation("name", "Size", "required, at most 200 characters"));
        }

        @Test
        @DisplayName("R-USR-2 an optional field with a minimum and a maximum gives the range, not 'required'")
        void optionalRange() {
            UserProfile maria = h.citizen();
            SportelloException e = fails(() -> h.sdk.users().update(as(maria), new UpdateProfile(maria.id(),
                    maria.version(), "", null, null)), ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).contains(violation("name", "Size", "1 to 200 characters"));
            assertThat(h.sdk.users().get(as(maria), maria.id()).name()).isEqualTo(maria.name());
        }

        @Test
        @DisplayName("R-USR-2 a collection counts items, and a required one says so")
        void collectionsCountItems() {
            UserProfile maria = h.citizen();
            SportelloException e = fails(() -> h.sdk.notifications().schedule(PORTAL, new ScheduleMessage(maria.id(),
                    RequestMessageKinds.REGISTERED, Set.of(), Map.of(), Purpose.TRANSACTIONAL, null, Urgency.NORMAL)),
                    ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).containsExactly(violation("channels", "Size", "required, 1 to 4 items"));
        }

        @Test
        @DisplayName("R-USR-2 nested fields are named by their path and described by their own constraints")
        void nestedFields() {
            UserProfile maria = h.citizen();
            Section section = new Section("x".repeat(201), List.of(),
                    List.of(new Amount("Importo", BigDecimal.TEN, "y".repeat(51))));
            SportelloException e = fails(() -> h.sdk.notifications().publishProactive(PORTAL, new PublishProactiveNotice(
                    maria.id(), new MessageKind("MEDICAL_REPORT_ISSUED"), "Verbale", List.of(section), List.of(),
                    Set.of(), Set.of(), null)), ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).containsExactly(
                    violation("sections[0].amounts[0].period", "Size", "at most 50 characters"),
                    violation("sections[0].heading", "Size", "required, at most 200 characters"));
        }
    }

    /** A command with constraints that no command of the SDK has yet. */
    record LaterCommand(@NotEmpty @Size(min = 2, max = 3) List<String> codes, @Size(min = 3) String note,
                  @Size(min = 2) List<String> tags) {
    }

    @Nested
    @DisplayName("R-USR-2 the same words for a constraint a new command may use")
    class NewCommands {
        private final CommandValidator validator = new CommandValidator();

        @AfterEach
        void close() {
            validator.close();
        }

        private List<Violation> violations(Object command) {
            return catchThrowableOfType(() -> validator.validate(command, "future"), SportelloException.class).violations();
        }

        @Test
        @DisplayName("R-USR-2 a minimum alone says 'at least'; a non-empty collection is required")
        void atLeastAndNotEmpty() {
            assertThat(violations(new LaterCommand(List.of(), "ab", List.of("a")))).containsExactly(
                    violation("codes", "NotEmpty", "required, must not be empty"),
                    violation("codes", "Size", "required, 2 to 3 items"),
                    violation("note", "Size", "at least 3 characters"),
                    violation("tags", "Size", "at least 2 items"));
        }

        @Test
        @DisplayName("R-USR-2 a valid command passes and a missing one is a violation of the whole command")
        void validAndMissing() {
            validator.validate(new LaterCommand(List.of("a", "b"), "abc", null), "future");
            SportelloException e = catchThrowableOfType(() -> validator.validate(null, "future"), SportelloException.class);
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).containsExactly(violation("", "NotNull", "must not be null"));
        }
    }
}
