package dev.sportello;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrorCatalogueTest {

    @Test
    void everyCodeIsDocumentedInErrorsMd() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "errors.md"));
        List<String> missing = Arrays.stream(ErrorCode.values()).map(Enum::name)
                .filter(name -> !doc.contains("`" + name + "`")).toList();
        assertThat(missing).as("codes missing from docs/errors.md").isEmpty();
    }

    @Test
    void everyCodeHasAnEnglishAndAnItalianMessage() {
        List<ErrorCode> missing = Arrays.stream(ErrorCode.values()).filter(c -> !ErrorMessages.hasMessages(c)).toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void messagesAreRenderedWithTheirParametersInBothLanguages() {
        SportelloException e = SportelloException.of(ErrorCode.USR_VERIFICATION_CODE_WRONG, Map.of("attemptsLeft", "2"));
        assertThat(e).isInstanceOf(RuleViolationException.class);
        assertThat(e.getMessage()).isEqualTo("USR_VERIFICATION_CODE_WRONG: the verification code is wrong; 2 attempts left");
        assertThat(e.message(Locale.ITALIAN)).contains("tentativi rimasti: 2");
    }

    @Test
    void eachCategoryBuildsItsOwnSubtype() {
        assertThat(SportelloException.of(ErrorCode.USR_NOT_FOUND, Map.of())).isInstanceOf(NotFoundException.class);
        assertThat(SportelloException.of(ErrorCode.ACCESS_NOT_OWNER, Map.of())).isInstanceOf(AccessDeniedException.class);
        assertThat(SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of())).isInstanceOf(ConflictException.class);
        assertThat(SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of())).isInstanceOf(AdapterFailureException.class);
        assertThatThrownBy(() -> new NotFoundException(ErrorCode.ACCESS_NOT_OWNER, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
