package dev.sportello.core.internal.kernel;

import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.Violation;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestFiles;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.Section;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The boundary's checks of text and durations reach every element of a command and name the element that failed. */
class CommandSanityTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    @Nested
    @DisplayName("through the SDK's commands")
    class ThroughTheSdk {
        private SubmitRequest request(Map<String, String> fields, String text, List<Attachment> files) {
            return new SubmitRequest(h.key(), TopicCode.GENERIC, null, null, fields, text, files);
        }

        private void refused(UserProfile user, SubmitRequest request, String field) {
            SportelloException e = fails(() -> h.sdk.requests().submit(as(user), request), ErrorCode.TEXT_MALFORMED);
            assertThat(e.violations()).extracting(Violation::field).containsExactly(field);
            assertThat(h.sdk.requests().search(as(user), RequestSearch.all(PageRequest.first(10))).items()).isEmpty();
        }

        @Test
        @DisplayName("a text that ends in half a pair is malformed, like a lone half inside it")
        void aTrailingHalfPairIsMalformed() {
            UserProfile maria = h.citizen();
            refused(maria, request(Map.of("subject", "Prova"), "Fine \ud83d", List.of()), "text");
            refused(maria, request(Map.of("subject", "Prova"), "\ude00 inizio", List.of()), "text");
        }

        @Test
        @DisplayName("the keys and the values of a map are checked, each named")
        void mapKeysAndValues() {
            UserProfile maria = h.citizen();
            Map<String, String> badValue = new LinkedHashMap<>();
            badValue.put("subject", "Prova");
            badValue.put("note", "nota \udc00");
            refused(maria, request(badValue, "Testo", List.of()), "fields[note]");
            refused(maria, request(Map.of("sogg\ud800", "Prova"), "Testo", List.of()), "fields<key>");
        }

        @Test
        @DisplayName("the elements of a list are checked and named by their position")
        void listElementsByPosition() {
            UserProfile maria = h.citizen();
            List<Attachment> files = List.of(TestFiles.pdf("uno.pdf", 2_000), TestFiles.pdf("due.pdf", 2_000),
                    TestFiles.pdf("tre\ud800.pdf", 2_000));
            refused(maria, request(Map.of("subject", "Prova"), "Testo", files), "attachments[2].fileName");
        }

        @Test
        @DisplayName("a validity of exactly 100 years is accepted, one beyond is not")
        void aHundredYearsIsTheLongestValidity() {
            UserProfile maria = h.citizen();
            Duration century = Duration.ofDays(36_525);
            assertThat(h.sdk.notifications().publishProactive(PORTAL, notice(maria, century)).expiresAt())
                    .isEqualTo(CoreFixture.START.plus(century));
            SportelloException e = fails(() -> h.sdk.notifications().publishProactive(PORTAL,
                    notice(maria, century.plusSeconds(1))), ErrorCode.VALIDATION_FAILED);
            assertThat(e.violations()).containsExactly(new Violation("validity", "Range", "must be between zero and 100 years"));
        }

        private PublishProactiveNotice notice(UserProfile user, Duration validity) {
            return new PublishProactiveNotice(user.id(), new MessageKind("MEDICAL_REPORT_ISSUED"), "Verbale emesso",
                    List.of(new Section("Giudizio", List.of("Invalido civile."), List.of())), List.of(), Set.of(), Set.of(),
                    validity);
        }
    }

    /** A command with an optional part, which no command of the SDK has yet. */
    record WithOptional(Optional<String> note, Optional<Duration> delay) {
    }

    /** A command whose list may hold anything, the command itself included. */
    record Loose(String name, List<Object> items) {
    }

    @Nested
    @DisplayName("a new command gets the checks without doing anything")
    class NewCommands {
        private final CommandValidator validator = new CommandValidator();

        @AfterEach
        void close() {
            validator.close();
        }

        @Test
        @DisplayName("the value inside an Optional is checked under the Optional's name")
        void optionalsAreChecked() {
            SportelloException malformed = catchThrowableOfType(() -> validator.validate(new WithOptional(
                    Optional.of("a \ud800"), Optional.empty()), "later"), SportelloException.class);
            assertThat(malformed.code()).isEqualTo(ErrorCode.TEXT_MALFORMED);
            assertThat(malformed.violations()).extracting(Violation::field).containsExactly("note");
            SportelloException range = catchThrowableOfType(() -> validator.validate(new WithOptional(Optional.empty(),
                    Optional.of(Duration.ofSeconds(-1))), "later"), SportelloException.class);
            assertThat(range.violations()).extracting(Violation::field).containsExactly("delay");
            validator.validate(new WithOptional(Optional.of("ok"), Optional.of(Duration.ofMinutes(5))), "later");
        }

        @Test
        @DisplayName("a command that contains itself is refused as too deep, without overflowing the stack")
        void cyclesEnd() {
            List<Object> list = new ArrayList<>();
            list.add(list);
            List<Object> viaRecord = new ArrayList<>();
            viaRecord.add(new Loose("ciclo", viaRecord));
            List<Object> viaMap = new ArrayList<>();
            viaMap.add(Map.of("self", viaMap));
            List<Object> viaOptional = new ArrayList<>();
            viaOptional.add(Optional.of(viaOptional));
            for (List<Object> items : List.of(list, viaRecord, viaMap, viaOptional)) {
                SportelloException e = catchThrowableOfType(() -> validator.validate(new Loose("ciclo", items), "loose"),
                        SportelloException.class);
                assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                assertThat(e.violations()).extracting(Violation::rule).isNotEmpty().containsOnly("Depth");
                assertThat(e.violations()).allSatisfy(v -> assertThat(v.field()).startsWith("items[0]"));
            }
            List<Object> shallow = new ArrayList<>();
            shallow.add(Duration.ofSeconds(-1));
            SportelloException e = catchThrowableOfType(() -> validator.validate(new Loose("ciclo", List.of(List.of(),
                    shallow)), "loose"), SportelloException.class);
            assertThat(e.violations()).extracting(Violation::field).containsExactly("items[1][0]");
        }
    }
}
