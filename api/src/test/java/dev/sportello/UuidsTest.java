package dev.sportello;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UuidsTest {
    @Test
    void readsCanonicalTextInEitherCaseAsUuidFromStringDoes() {
        Random random = new Random(12);
        for (int i = 0; i < 1_000; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            assertThat(Uuids.parse(id.toString(), "user")).isEqualTo(id);
            assertThat(Uuids.parse(id.toString().toUpperCase(java.util.Locale.ROOT), "user")).isEqualTo(id);
        }
        assertThat(Uuids.parse("00000000-0000-0000-0000-000000000000", "user")).isEqualTo(new UUID(0, 0));
        assertThat(Uuids.parse("ffffffff-ffff-ffff-ffff-ffffffffffff", "user")).isEqualTo(new UUID(-1, -1));
    }

    @Test
    void refusesAnythingElseWithIdInvalid() {
        for (String bad : new String[]{null, "", "1-2-3-4-5", "0000000-00000-0000-0000-000000000000",
            "00000000-0000-0000-0000-00000000000g", "00000000-0000-0000-0000-0000000000000",
            "00000000_0000-0000-0000-000000000000", "00000000-0000-0000-0000-00000000000\uFF11",
            "00000000-0000-0000-0000-00000000000\u0661", " 0000000-0000-0000-0000-000000000000"}) {
            assertThatThrownBy(() -> Uuids.parse(bad, "request")).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((SportelloException) e).code()).isEqualTo(ErrorCode.ID_INVALID));
        }
    }
}
