package dev.sportello.adapters.jackson;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.SportelloException;
import dev.sportello.appointments.AcceptOffer;
import dev.sportello.appointments.AppointmentState;
import dev.sportello.appointments.ContactMode;
import dev.sportello.notifications.Amount;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestSummary;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.Registration;
import dev.sportello.users.TaxCode;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Hostile or broken JSON always gives a coded error, with the JSON path and without the input's text. */
class HostileJsonTest {
    private static final String ENTRY = "0192f3c4-5b6a-7c8d-9e0f-a1b2c3d4e5f6";
    private final SportelloJson json = SportelloJson.standard();

    private SportelloException fails(String text, Class<?> type) {
        SportelloException e = catchThrowableOfType(SportelloException.class, () -> json.read(text, type));
        assertThat(e).as("reading %s as %s", abbreviate(text), type.getSimpleName()).isNotNull();
        // bytes and text give the same error
        SportelloException fromBytes = catchThrowableOfType(SportelloException.class,
                () -> json.read(text.getBytes(StandardCharsets.UTF_8), type));
        assertThat(fromBytes.code()).isEqualTo(e.code());
        return e;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static void malformed(SportelloException e, String field, String reason) {
        assertThat(e.code()).isEqualTo(ErrorCode.TRN_JSON_MALFORMED);
        assertThat(e.details()).containsEntry("field", field).containsEntry("reason", reason);
    }

    @Test
    void anUnknownTypeIdIsTypeUnknownWithItsPath() {
        SportelloException e = catchThrowableOfType(SportelloException.class, () -> json.read(
                "{\"items\":[{\"type\":\"booked\"},{\"type\":\"teleported\"}],\"nextCursor\":null}",
                new TypeReference<Page<AppointmentState>>() { }));
        assertThat(e.code()).isEqualTo(ErrorCode.TRN_JSON_TYPE_UNKNOWN);
        assertThat(e.details()).containsEntry("field", "items[1]");
        assertThat(fails("{\"type\":\"dev.sportello.users.RegisterCitizen\"}", Registration.class).code())
                .as("a class name is not a type id").isEqualTo(ErrorCode.TRN_JSON_TYPE_UNKNOWN);
        assertThat(fails("{\"type\":\"RegisterCitizen\"}", Registration.class).code())
                .as("nor is a simple class name").isEqualTo(ErrorCode.TRN_JSON_TYPE_UNKNOWN);
    }

    @Test
    void aMissingTypeIdIsMalformed() {
        malformed(fails("{\"taxCode\":\"RSSMRA85T10A562S\"}", Registration.class), "$",
                "the \"type\" property is missing");
    }

    @Test
    void nestingTenThousandDeepIsRefusedEarly() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        malformed(fails(deep, Object.class), fieldOf(fails(deep, Object.class)), "nested too deeply");
        String objects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
        SportelloException e = fails(objects, Map.class);
        assertThat(e.details().get("reason")).isEqualTo("nested too deeply");
        assertThat(e.details().get("field")).startsWith("a.a.a").hasSizeLessThan(260);
    }

    private static String fieldOf(SportelloException e) {
        return e.details().get("field");
    }

    @Test
    void aTenThousandDigitNumberIsRefused() {
        String digits = "1".repeat(10_000);
        malformed(fails("{\"entry\":\"" + ENTRY + "\",\"expectedVersion\":" + digits + "}", AcceptOffer.class),
                "expectedVersion", "a number has too many digits");
        assertThat(fails(digits, BigInteger.class).details()).containsEntry("reason", "a number has too many digits");
        assertThat(fails("0." + digits, BigDecimal.class).details())
                .containsEntry("reason", "a number has too many digits");
    }

    @Test
    void aNumberOutOfRangeOrWithAFractionIsRefused() {
        malformed(fails("{\"entry\":\"" + ENTRY + "\",\"expectedVersion\":99999999999999999999}", AcceptOffer.class),
                "expectedVersion", "a number is out of range");
        assertThat(fails("{\"entry\":\"" + ENTRY + "\",\"expectedVersion\":1.5}", AcceptOffer.class).code())
                .isEqualTo(ErrorCode.TRN_JSON_MALFORMED);
    }

    @Test
    void anAmountInExponentFormOrAnotherCurrencyIsRefused() {
        malformed(fails("{\"label\":\"Assegno\",\"value\":\"1E+999999999\",\"currency\":\"EUR\"}", Amount.class),
                "value", "a value has the wrong format");
        assertThat(fails("{\"label\":\"Assegno\",\"value\":\"12.50\",\"currency\":\"USD\"}", Amount.class).code())
                .isEqualTo(ErrorCode.TRN_JSON_MALFORMED);
        assertThat(fails("{\"label\":\"Assegno\",\"value\":12.5}", Amount.class).code())
                .as("a JSON number is no amount").isEqualTo(ErrorCode.TRN_JSON_MALFORMED);
        assertThat(json.read("{\"label\":\"Assegno\",\"value\":\"12.50\"}", Amount.class).value())
                .isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void duplicateKeysAreRefused() {
        malformed(fails("{\"entry\":\"" + ENTRY + "\",\"expectedVersion\":1,\"expectedVersion\":2}", AcceptOffer.class),
                "expectedVersion", "a property appears twice");
        assertThat(fails("{\"a\":1,\"a\":2}", Map.class).details()).containsEntry("reason", "a property appears twice");
    }

    @Test
    void aWrongTypeForAFieldIsMalformedAtItsPath() {
        malformed(fails("{\"entry\":\"" + ENTRY + "\",\"expectedVersion\":\"7\"}", AcceptOffer.class),
                "expectedVersion", "a value has the wrong type");
        malformed(fails("{\"entry\":42,\"expectedVersion\":7}", AcceptOffer.class), "entry", "a value has the wrong type");
        malformed(fails("{\"entry\":\"" + ENTRY + "\",\"expectedVersion\":null}", AcceptOffer.class),
                "expectedVersion", "a value has the wrong type");
        assertThat(fails("0", ContactMode.class).code()).as("no enum by index").isEqualTo(ErrorCode.TRN_JSON_MALFORMED);
        assertThat(fails("\"TELEPATHY\"", ContactMode.class).code()).isEqualTo(ErrorCode.TRN_JSON_MALFORMED);
    }

    @Test
    void anUnknownPropertyIsRefused() {
        malformed(fails("{\"entry\":\"" + ENTRY + "\",\"expectedVersoin\":1}", AcceptOffer.class),
                "expectedVersoin", "unknown property");
    }

    @Test
    void aBadTaxCodeGivesTheApisOwnCodeAndTheJsonField() {
        SportelloException e = fails("{\"type\":\"citizen\",\"taxCode\":\"RSSMRA85T10A562X\",\"name\":\"Mario Rossi\","
                + "\"residence\":\"H501\",\"language\":\"IT\"}", Registration.class);
        assertThat(e.code()).isEqualTo(ErrorCode.USR_TAX_CODE_CHECK_CHARACTER);
        assertThat(e.details()).containsEntry("field", "taxCode");
        assertThat(fails("\"RSSMRA85T10A562\"", TaxCode.class).code()).isEqualTo(ErrorCode.USR_TAX_CODE_LENGTH);
        assertThat(fails("\"not-a-uuid\"", RequestId.class).code()).isEqualTo(ErrorCode.ID_INVALID);
        assertThat(json.read("\"rssmra85t10a562s\"", TaxCode.class)).isEqualTo(new TaxCode("RSSMRA85T10A562S"));
        assertThat(json.read("{\"type\":\"citizen\",\"taxCode\":\"RSSMRA85T10A562S\",\"name\":\"Mario Rossi\","
                + "\"residence\":\"H501\",\"language\":\"IT\"}", Registration.class)).isInstanceOf(RegisterCitizen.class);
    }

    @Test
    void brokenEmptyOrTrailingJsonIsMalformed() {
        malformed(fails("{\"entry\":", AcceptOffer.class), "entry", "not well-formed JSON");
        malformed(fails("", AcceptOffer.class), "$", "the document is empty");
        assertThat(fails("\"GENERIC\" \"OTHER\"", dev.sportello.TopicCode.class).code()).isEqualTo(ErrorCode.TRN_JSON_MALFORMED);
        assertThat(fails("{'entry':1}", AcceptOffer.class).code()).isEqualTo(ErrorCode.TRN_JSON_MALFORMED);
        assertThat(fails("[NaN]", double[].class).code()).isEqualTo(ErrorCode.TRN_JSON_MALFORMED);
    }

    @Test
    void theErrorNeverQuotesTheInput() {
        SportelloException e = fails("{\"taxCode\": RSSMRA85T10A562S}", RegisterCitizen.class);
        assertThat(e.code()).isEqualTo(ErrorCode.TRN_JSON_MALFORMED);
        assertThat(e.getMessage()).doesNotContain("RSSMRA").doesNotContain("562S");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void aBuiltRecordWithoutARequiredPropertyIsMalformedNotAnAdapterFailure() {
        SportelloException e = fails("{\"subject\":\"x\"}", RequestSummary.class);
        assertThat(e.code()).isEqualTo(ErrorCode.TRN_JSON_MALFORMED);
        assertThat(e.details()).containsEntry("field", "id").containsEntry("reason", "a required property is missing");
        malformed(fails("{\"nonsense\":1}", RequestSummary.class), "nonsense", "unknown property");
    }

    @Test
    void theConfiguredLimitsApply() {
        SportelloJson small = SportelloJson.using(SportelloJson.builder(new JsonLimits(4, 5, 10, 200)).build());
        assertThat(small.read("\"GENERIC\"", dev.sportello.TopicCode.class)).isEqualTo(dev.sportello.TopicCode.GENERIC);
        assertThat(catchThrowableOfType(SportelloException.class, () -> small.read("\"" + "A".repeat(11) + "\"",
                dev.sportello.TopicCode.class)).details()).containsEntry("reason", "a text is too long");
        assertThat(catchThrowableOfType(SportelloException.class, () -> small.read("[[[[[1]]]]]", Object.class))
                .details()).containsEntry("reason", "nested too deeply");
        assertThat(catchThrowableOfType(SportelloException.class, () -> small.read("123456", Object.class))
                .details()).containsEntry("reason", "a number has too many digits");
        assertThat(catchThrowableOfType(SportelloException.class,
                () -> small.read(("[" + "1,".repeat(150) + "1]").getBytes(StandardCharsets.UTF_8), Object.class))
                .details()).containsEntry("reason", "the document is too long");
    }
}
