package dev.sportello.adapters.jackson;

import dev.sportello.ErrorCode;
import dev.sportello.OperatorId;
import dev.sportello.Page;
import dev.sportello.PartyId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentState;
import dev.sportello.notifications.Amount;
import dev.sportello.requests.RequestSummary;
import dev.sportello.users.CompanyTaxCode;
import dev.sportello.users.FiscalCode;
import dev.sportello.users.TaxCode;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SportelloJsonTest {
    private static final String UUID_TEXT = Samples.UUID_1.toString();
    private final SportelloJson json = SportelloJson.standard();

    @Test
    void valueObjectsAreTheirTextForms() {
        assertThat(json.write(new TaxCode("RSSMRA85T10A562S"))).isEqualTo("\"RSSMRA85T10A562S\"");
        assertThat(json.write(new UserId(Samples.UUID_1))).isEqualTo("\"" + UUID_TEXT + "\"");
        assertThat(json.write(new UserId(Samples.UUID_1), PartyId.class)).isEqualTo("\"user:" + UUID_TEXT + "\"");
        assertThat(json.read("\"operator:" + UUID_TEXT + "\"", PartyId.class)).isEqualTo(new OperatorId(Samples.UUID_1));
        assertThat(json.read("\"12345678903\"", FiscalCode.class)).isEqualTo(new CompanyTaxCode("12345678903"));
        assertThat(json.read("\"RSSMRA85T10A562S\"", FiscalCode.class)).isInstanceOf(TaxCode.class);
        assertThat(json.write(new Amount("Assegno unico", new BigDecimal("189.20"), "al mese")))
                .isEqualTo("{\"label\":\"Assegno unico\",\"value\":\"189.20\",\"currency\":\"EUR\",\"period\":\"al mese\"}");
        assertThat(json.write(Instant.parse("2026-12-02T10:15:30Z"))).isEqualTo("\"2026-12-02T10:15:30Z\"");
        assertThat(json.write(LocalDate.of(2026, 12, 2))).isEqualTo("\"2026-12-02\"");
        assertThat(json.write(Duration.ofMinutes(90))).isEqualTo("\"PT1H30M\"");
    }

    /** A host type holding parties in containers. */
    public record Parties(PartyId one, List<PartyId> many, java.util.Optional<PartyId> maybe,
                          java.util.Map<String, PartyId> byRole, UserId plain) {
    }

    @Test
    void aPartyInAContainerIsWrittenInThePartyForm() {
        UserId user = new UserId(Samples.UUID_1);
        OperatorId operator = new OperatorId(Samples.UUID_1);
        Parties parties = new Parties(user, List.of(user, operator, new dev.sportello.ServiceId("batch")),
                java.util.Optional.of(operator), java.util.Map.of("owner", user), user);
        String text = json.write(parties);
        assertThat(text).isEqualTo("{\"one\":\"user:" + UUID_TEXT + "\",\"many\":[\"user:" + UUID_TEXT + "\",\"operator:"
                + UUID_TEXT + "\",\"service:batch\"],\"maybe\":\"operator:" + UUID_TEXT + "\",\"byRole\":{\"owner\":\"user:"
                + UUID_TEXT + "\"},\"plain\":\"" + UUID_TEXT + "\"}");
        assertThat(json.read(text, Parties.class)).isEqualTo(parties);
        assertThat(json.write(List.of(user))).as("a bare list is written by runtime class: a user id")
                .isEqualTo("[\"" + UUID_TEXT + "\"]");
        Page<PartyId> page = new Page<>(List.of(user, operator), null);
        String pageText = json.write(page, new TypeReference<Page<PartyId>>() { });
        assertThat(pageText).isEqualTo("{\"items\":[\"user:" + UUID_TEXT + "\",\"operator:" + UUID_TEXT
                + "\"],\"nextCursor\":null}");
        assertThat(json.read(pageText, new TypeReference<Page<PartyId>>() { })).isEqualTo(page);
        assertRequired(() -> json.write(page, (TypeReference<Page<PartyId>>) null), "declaredType");
    }

    @Test
    void pagesAndSealedStatesRoundTripThroughTypeReferences() {
        Page<AppointmentState> page = new Page<>(List.of(new AppointmentState.Booked(),
                new AppointmentState.Cancelled("sciopero")), "c-2");
        String text = json.write(page);
        assertThat(text).isEqualTo("{\"items\":[{\"type\":\"booked\"},{\"type\":\"cancelled\",\"reason\":\"sciopero\"}],"
                + "\"nextCursor\":\"c-2\"}");
        assertThat(json.read(text, new TypeReference<Page<AppointmentState>>() { })).isEqualTo(page);
        assertThat(json.read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new TypeReference<Page<AppointmentState>>() { })).isEqualTo(page);
        RequestSummary summary = (RequestSummary) new Samples().sample(RequestSummary.class);
        Page<RequestSummary> summaries = new Page<>(List.of(summary), null);
        assertThat(json.read(json.writeBytes(summaries), new TypeReference<Page<RequestSummary>>() { })).isEqualTo(summaries);
    }

    @Test
    void aHostAddsItsOwnModulesToTheBuilder() {
        record Greeting(String text, UserId to) { }
        SimpleModule own = new SimpleModule("host");
        JsonMapper mapper = SportelloJson.builder().addModule(own).build();
        SportelloJson hostJson = SportelloJson.using(mapper);
        assertThat(hostJson.jsonMapper()).isSameAs(mapper);
        Greeting greeting = new Greeting("ciao", new UserId(Samples.UUID_1));
        String text = hostJson.write(greeting);
        assertThat(text).isEqualTo("{\"text\":\"ciao\",\"to\":\"" + UUID_TEXT + "\"}");
        assertThat(hostJson.read(text, Greeting.class)).isEqualTo(greeting);
        assertThat(JsonMapper.builder().addModule(new SportelloJacksonModule()).build().writeValueAsString(
                new TaxCode("RSSMRA85T10A562S"))).as("the module alone on a plain mapper").isEqualTo("\"RSSMRA85T10A562S\"");
    }

    @Test
    void nullArgumentsAreCodedErrors() {
        assertRequired(() -> json.read((String) null, TaxCode.class), "json");
        assertRequired(() -> json.read((byte[]) null, TaxCode.class), "json");
        assertRequired(() -> json.read("\"x\"", (Class<?>) null), "type");
        assertRequired(() -> json.read(new byte[0], (Class<?>) null), "type");
        assertRequired(() -> json.read("\"x\"", (TypeReference<?>) null), "type");
        assertRequired(() -> json.read((byte[]) null, new TypeReference<List<String>>() { }), "json");
        assertRequired(() -> json.write(null), "value");
        assertRequired(() -> json.writeBytes(null), "value");
        assertRequired(() -> json.write((PartyId) null, PartyId.class), "value");
        assertRequired(() -> json.write(new UserId(Samples.UUID_1), (Class<PartyId>) null), "declaredType");
        assertRequired(() -> json.problem(null, Locale.ENGLISH), "error");
        assertRequired(() -> SportelloJson.using(null), "mapper");
        assertRequired(() -> SportelloJson.builder(null), "limits");
        assertThat(json.read("null", TaxCode.class)).as("the JSON null is null").isNull();
    }

    private static void assertRequired(Runnable call, String field) {
        SportelloException e = catchThrowableOfType(SportelloException.class, call::run);
        assertThat(e).as(field).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.VALUE_REQUIRED);
        assertThat(e.details()).containsEntry("field", field);
    }

    @Test
    void badLimitsAreConfigErrors() {
        assertThat(JsonLimits.defaults()).isEqualTo(new JsonLimits(64, 64, 20_000_000, 32L * 1024 * 1024));
        assertConfig(() -> new JsonLimits(0, 64, 100, 100), "maxNestingDepth");
        assertConfig(() -> new JsonLimits(1001, 64, 100, 100), "maxNestingDepth");
        assertConfig(() -> new JsonLimits(64, 0, 100, 100), "maxNumberLength");
        assertConfig(() -> new JsonLimits(64, 1001, 100, 100), "maxNumberLength");
        assertConfig(() -> new JsonLimits(64, 64, 0, 100), "maxStringLength");
        assertConfig(() -> new JsonLimits(64, 64, 100, 0), "maxDocumentLength");
    }

    private static void assertConfig(Runnable call, String property) {
        SportelloException e = catchThrowableOfType(SportelloException.class, call::run);
        assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_INVALID);
        assertThat(e.details()).containsEntry("field", "JsonLimits." + property);
    }

    /** A value whose accessor fails, as a host type might. */
    public record Broken(String text) {
        @Override
        public String text() {
            throw new IllegalStateException("broken on purpose");
        }
    }

    /** A value whose accessor throws a coded error. */
    public record Refusing(String text) {
        @Override
        public String text() {
            throw SportelloException.of(ErrorCode.ACCESS_NOT_OWNER, java.util.Map.of());
        }
    }

    @Test
    void aValueThatCannotBeWrittenIsAnAdapterFailureAndACodedErrorPassesThrough() {
        SportelloException e = catchThrowableOfType(SportelloException.class, () -> json.write(new Broken("x")));
        assertThat(e.code()).isEqualTo(ErrorCode.ADAPTER_FAILED);
        assertThat(e.details()).containsEntry("adapter", "jackson");
        assertThat(catchThrowableOfType(SportelloException.class, () -> json.writeBytes(new Refusing("x"))).code())
                .isEqualTo(ErrorCode.ACCESS_NOT_OWNER);
        assertThat(catchThrowableOfType(SportelloException.class, () -> json.write(new Broken("x"), Object.class)).code())
                .isEqualTo(ErrorCode.ADAPTER_FAILED);
    }
}
