package dev.sportello.tck;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.adapters.memory.ConsoleChannels;
import dev.sportello.adapters.memory.MemoryFragilityRegister;
import dev.sportello.adapters.memory.MemoryOfficeDirectory;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The memory adapter's builders and helpers answer bad arguments with a coded error, like the api's. */
class MemoryEntryPointsTest {
    private static void refused(ThrowableAssert.ThrowingCallable call, ErrorCode code, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.details()).containsEntry("field", field);
        });
    }

    @Test
    void theDirectoryBuilderRefusesNullsAndUnknownOffices() {
        MemoryOfficeDirectory tck = TckOffices.directory();
        Office roma = tck.offices().stream()
                .filter(o -> !tck.operators(o.code()).isEmpty() && !tck.calendars(o.code()).isEmpty()).findFirst().orElseThrow();
        MemoryOfficeDirectory.Builder builder = MemoryOfficeDirectory.builder();
        refused(() -> builder.office(null, "H501"), ErrorCode.VALUE_REQUIRED, "office");
        refused(() -> builder.office(roma, (String[]) null), ErrorCode.VALUE_REQUIRED, "municipalities");
        refused(() -> builder.office(roma, "H501", null), ErrorCode.VALUE_REQUIRED, "value");
        refused(() -> builder.operator(null), ErrorCode.VALUE_REQUIRED, "operator");
        refused(() -> builder.calendar(null), ErrorCode.VALUE_REQUIRED, "calendar");
        var operator = tck.operators(roma.code()).get(0);
        refused(() -> MemoryOfficeDirectory.builder().operator(operator), ErrorCode.VALUE_INVALID, "operator");
        var calendar = tck.calendars(roma.code()).get(0);
        refused(() -> MemoryOfficeDirectory.builder().calendar(calendar), ErrorCode.VALUE_INVALID, "calendar");
        MemoryOfficeDirectory built = MemoryOfficeDirectory.builder().office(roma, "H501").operator(operator)
                .calendar(calendar).build();
        assertThat(built.office(roma.code())).contains(roma);
        assertThat(built.office(new OfficeCode("ALTROVE"))).isEmpty();
    }

    @Test
    void helpersRefuseNulls() {
        refused(() -> new ConsoleChannels(null, false), ErrorCode.VALUE_REQUIRED, "out");
        refused(() -> new MemoryFragilityRegister().put(null, null), ErrorCode.VALUE_REQUIRED, "taxCode");
    }
}
