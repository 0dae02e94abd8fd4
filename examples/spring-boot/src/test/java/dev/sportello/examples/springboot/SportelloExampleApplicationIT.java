package dev.sportello.examples.springboot;

import dev.sportello.Credential;
import dev.sportello.Principal;
import dev.sportello.Sportello;
import dev.sportello.UserId;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.adapters.memory.SampleFiles;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.ContactDetails;
import dev.sportello.dossiers.Deduction;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.PaymentPeriod;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.SpiVersion;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.TaxCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static dev.sportello.examples.springboot.Http.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example over real HTTP (a Tomcat on a random port, the JDK's HttpClient): a citizen registers,
 * verifies her mobile with the code a recording channel caught, submits a request with a file; an operator
 * takes it in charge and closes it; the citizen reads her inbox, books a video call and reads a dossier the
 * test reported as a system of record would (a service granted {@code DOSSIER_FEED}). Errors come back
 * as {@code application/problem+json} with the SDK's code; the OpenAPI description lists the endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SportelloExampleApplicationIT {
    private static final String ANNA = "operator:00000000-0000-7000-8000-000000000001";
    private static final String PROBLEM = "application/problem+json";

    @Value("${local.server.port}")
    int port;
    @Autowired
    RecordingChannels recorded;
    @Autowired
    Sportello sportello;

    /** The test's channels replace the application's console ones: they hand over the codes sent. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {
        @Bean
        @Primary
        RecordingChannels recordingChannels() {
            return new RecordingChannels();
        }
    }

    @Test
    void aCitizenAndAnOperatorGoThroughRegistrationARequestTheInboxAndAVideoCall() {
        Http http = new Http(port);
        Http.Reply registered = http.postJson("/api/citizen/registration",
                "{\"taxCode\":\"RSSMRA85T10A562S\",\"name\":\"Maria Rossi\",\"residence\":\"H501\",\"language\":\"IT\"}", Map.of());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String userId = registered.json().get("id").asString();
        Map<String, String> maria = as("user:" + userId, "CIE");

        Http.Reply contact = http.postJson("/api/citizen/contacts", "{\"kind\":\"MOBILE\",\"value\":\"347 123 4567\"}", maria);
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        assertThat(contact.json().get("verified").asBoolean()).isFalse();
        sportello.dispatcher().drain(10);
        String code = recorded.lastCode(new PhoneNumber(contact.json().get("value").asString())).orElseThrow();
        Http.Reply verified = http.postJson("/api/citizen/contacts/" + contact.json().get("id").asString() + "/verification",
                "{\"code\":\"" + code + "\"}", maria);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().get("verified").asBoolean()).isTrue();

        Http.Reply submitted = http.postMultipart("/api/citizen/requests", "request",
                "{\"idempotencyKey\":\"maria-pension-0001\",\"topic\":\"PENSION_PAYMENT\",\"fields\":{\"month\":\"2026-10\"},"
                        + "\"text\":\"Non ho ricevuto il rateo di ottobre.\"}",
                "files", Map.of("cedolino ottobre.pdf", SampleFiles.pdf(2048, 42)), maria);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        JsonNode request = submitted.json();
        String requestId = request.get("id").asString();
        assertThat(request.get("office").asString()).isEqualTo("ROMA-TIBURTINO");
        assertThat(request.get("subject").asString()).isEqualTo("Pagamento della pensione – 2026-10");
        assertThat(request.get("attachments")).hasSize(1);
        assertThat(request.get("attachments").get(0).get("contentType").asString()).isEqualTo("application/pdf");

        Http.Reply queue = http.get("/api/operator/offices/ROMA-TIBURTINO/queue", as(ANNA, "CIE"));
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        assertThat(ids(queue.json().get("items"))).contains(requestId);
        Http.Reply taken = http.postJson("/api/operator/requests/" + requestId + "/take-in-charge",
                "{\"expectedVersion\":" + request.get("version").asLong() + ",\"comment\":\"La stiamo esaminando.\"}", as(ANNA, "CIE"));
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.json().get("state").get("type").asString()).isEqualTo("in-charge");
        Http.Reply closed = http.postJson("/api/operator/requests/" + requestId + "/closure", "{\"expectedVersion\":"
                + taken.json().get("version").asLong() + ",\"outcome\":\"ACCEPTED\",\"text\":\"Il rateo è in pagamento.\"}", as(ANNA, "CIE"));
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("state").get("type").asString()).isEqualTo("closed");

        sportello.dispatcher().drain(20);
        Http.Reply inbox = http.get("/api/citizen/inbox?size=10", maria);
        assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
        assertThat(inbox.json().get("items").size()).as(inbox.body()).isGreaterThanOrEqualTo(1);
        assertThat(inbox.body()).contains(request.get("protocol").asString());

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        Http.Reply free = http.get("/api/citizen/appointments/availability?office=ROMA-TIBURTINO&topic=PENSION_INFO"
                + "&mode=VIDEO_CALL&from=" + today + "&to=" + today.plusDays(21), maria);
        assertThat(free.status()).as(free.body()).isEqualTo(200);
        JsonNode slot = StreamSupport.stream(free.json().get("slots").spliterator(), false)
                .filter(s -> s.get("remaining").asInt() > 0).findFirst().orElseThrow();
        Http.Reply booked = http.postJson("/api/citizen/appointments", "{\"idempotencyKey\":\"maria-video-0001\","
                + "\"office\":\"ROMA-TIBURTINO\",\"topic\":\"PENSION_INFO\",\"mode\":\"VIDEO_CALL\",\"start\":\""
                + slot.get("start").asString() + "\",\"interpretation\":\"NONE\"}", maria);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        assertThat(booked.json().get("contact").get("type").asString()).isEqualTo("video-call");
        assertThat(booked.json().get("start").asString()).isEqualTo(slot.get("start").asString());
        sportello.dispatcher().drain(10);        // after commit: the meeting room opens
        var call = (ContactDetails.VideoCall) sportello.appointments().get(
                Principal.user(UserId.of(userId), Credential.CIE),
                AppointmentId.of(booked.json().get("id").asString())).contact();
        assertThat(call.joinLink()).isPresent();
    }

    @Test
    void aBadTaxCodeIsAProblemWithTheSdksCodeAndFieldAndNothingIsRegistered() {
        Http.Reply refused = new Http(port).postJson("/api/citizen/registration",
                "{\"taxCode\":\"BNCGPP45E15L219X\",\"name\":\"Giuseppe Bianchi\",\"residence\":\"H501\",\"language\":\"IT\"}",
                Map.of("Accept-Language", "en"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith(PROBLEM);
        JsonNode problem = refused.json();
        assertThat(problem.get("code").asString()).isEqualTo("USR_TAX_CODE_CHECK_CHARACTER");
        assertThat(problem.get("field").asString()).isEqualTo("taxCode");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("type").asString()).endsWith("/usr-tax-code-check-character");
        assertThat(refused.body()).doesNotContain("BNCGPP45E15L219X", "Exception", "\tat ");
        assertThat(sportello.users().findByFiscalCode(Principal.service("test"),
                TaxCode.parse("BNCGPP45E15L219N", "taxCode"))).isEmpty();
    }

    @Test
    void unreadableJsonAndAMissingPrincipalAreProblemsToo() {
        Http http = new Http(port);
        Http.Reply malformed = http.postJson("/api/citizen/registration", "{\"taxCode\":", Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith(PROBLEM);
        assertThat(malformed.json().get("code").asString()).isEqualTo("TRN_JSON_MALFORMED");

        Http.Reply anonymous = http.get("/api/citizen/inbox", Map.of());
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith(PROBLEM);
        assertThat(anonymous.json().get("code").asString()).isEqualTo("AUTHENTICATION_REQUIRED");
    }

    @Test
    void anotherCitizensRequestAndTheOperatorsQueueAreDeniedWith403() {
        Http http = new Http(port);
        String owner = register(http, "VRDLCU80A41H501K", "Lucia Verdi");
        String other = register(http, "NREPLA62E14H501R", "Paolo Neri");
        Http.Reply submitted = http.postMultipart("/api/citizen/requests", "request",
                "{\"idempotencyKey\":\"lucia-generic-01\",\"topic\":\"GENERIC\",\"fields\":{\"subject\":\"Informazioni\"},"
                        + "\"text\":\"Una domanda.\"}", "files", Map.of(), as("user:" + owner, "SPID_L2"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);

        Http.Reply denied = http.get("/api/citizen/requests/" + submitted.json().get("id").asString(), as("user:" + other, "SPID_L2"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith(PROBLEM);
        assertThat(denied.json().get("code").asString()).isEqualTo("ACCESS_NOT_OWNER");
        assertThat(denied.body()).doesNotContain("Lucia", "Una domanda");

        Http.Reply queue = http.get("/api/operator/offices/ROMA-TIBURTINO/queue", as("user:" + other, "SPID_L2"));
        assertThat(queue.status()).isEqualTo(403);
        assertThat(queue.json().get("code").asString()).startsWith("ACCESS_");
    }

    @Test
    void aCitizenReadsHerDossierWithItsTimelineOutcomeAndMaskedPaymentsAndNobodyElseDoes() {
        Http http = new Http(port);
        String owner = register(http, "BNCLRA70M45H501F", "Laura Bianchi");
        String other = register(http, "RSSGNN55C10H501S", "Giovanni Russo");
        DossierId dossier = DossierId.of("INPS-PEN-2026-000777");
        Principal records = Principal.service("test-records");
        UserId ownerId = UserId.of(owner);
        OfficeCode roma = new OfficeCode("ROMA-TIBURTINO");
        sportello.dossiers().report(records, DossierReport.header(dossier, 1, Instant.parse("2026-10-01T08:00:00Z"),
                DossierKindCode.PENSION, ownerId, roma, DossierStatus.RECEIVED));
        sportello.dossiers().report(records, new DossierReport(dossier, 2, Instant.parse("2026-11-20T10:15:00Z"),
                DossierKindCode.PENSION, ownerId, roma, DossierStatus.DECIDED, "Pensione liquidata",
                new DossierOutcome("ACCEPTED", "Pensione di vecchiaia riconosciuta dal 1 novembre", LocalDate.of(2026, 11, 18)),
                List.of(), List.of(new Payment("PAY-1", new PaymentPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                        Money.euro("1450.00"), List.of(new Deduction("Ritenuta IRPEF", Money.euro("333.50"))),
                        Money.euro("1116.50"), PaymentStatus.PAID, LocalDate.of(2026, 11, 27),
                        new PaymentMethod.Account(PaymentMethod.AccountType.BANK, "IT60 X054 2811 1010 0000 0123 456"))), null));
        Map<String, String> laura = as("user:" + owner, "SPID_L2");

        Http.Reply list = http.get("/api/citizen/dossiers?kind=PENSION&size=5", laura);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(ids(list.json().get("items"))).containsExactly(dossier.value());
        assertThat(list.json().get("items").get(0).get("status").asString()).isEqualTo("DECIDED");
        assertThat(http.get("/api/citizen/dossiers?status=CLOSED", laura).json().get("items")).isEmpty();

        Http.Reply seen = http.get("/api/citizen/dossiers/" + dossier.value(), laura);
        assertThat(seen.status()).as(seen.body()).isEqualTo(200);
        JsonNode detail = seen.json();
        assertThat(detail.get("office").asString()).isEqualTo("ROMA-TIBURTINO");
        assertThat(detail.get("status").asString()).isEqualTo("DECIDED");
        assertThat(StreamSupport.stream(detail.get("timeline").spliterator(), false).map(c -> c.get("status").asString()))
                .containsExactly("RECEIVED", "DECIDED");
        assertThat(detail.get("outcome").get("code").asString()).isEqualTo("ACCEPTED");

        Http.Reply payments = http.get("/api/citizen/dossiers/" + dossier.value() + "/payments", laura);
        assertThat(payments.status()).as(payments.body()).isEqualTo(200);
        JsonNode payment = payments.json().get(0);
        assertThat(payment.get("net").get("amount").decimalValue()).isEqualByComparingTo("1116.50");
        assertThat(payment.get("method").get("iban").asString()).isEqualTo("IT60 **** **** **** **** ***3 456");
        assertThat(payments.body()).doesNotContain("X054", "0123");
        Http.Reply weak = http.get("/api/citizen/dossiers/" + dossier.value() + "/payments", as("user:" + owner, "SPID_L1"));
        assertThat(weak.status()).isEqualTo(403);
        assertThat(weak.json().get("code").asString()).isEqualTo("ACCESS_ASSURANCE_TOO_LOW");

        Http.Reply denied = http.get("/api/citizen/dossiers/" + dossier.value(), as("user:" + other, "SPID_L2"));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith(PROBLEM);
        assertThat(denied.json().get("code").asString()).isEqualTo("ACCESS_NOT_OWNER");
        assertThat(denied.body()).doesNotContain("Laura", "Pensione", "1116");
        assertThat(http.get("/api/citizen/dossiers", as("user:" + other, "SPID_L2")).json().get("items")).isEmpty();

        Http.Reply unknown = http.get("/api/citizen/dossiers/INPS-PEN-2026-999999", laura);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith(PROBLEM);
        assertThat(unknown.json().get("code").asString()).isEqualTo("DOS_NOT_FOUND");
        Http.Reply malformed = http.get("/api/citizen/dossiers?kind=not-a-kind", laura);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith(PROBLEM);
        assertThat(malformed.json().get("field").asString()).isEqualTo("kind");
    }

    @Test
    void theOpenApiDescriptionListsTheEndpointsAndActuatorInfoTheVersions() {
        Http http = new Http(port);
        Http.Reply docs = http.get("/v3/api-docs", Map.of());
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(StreamSupport.stream(paths.propertyNames().spliterator(), false).toList()).contains(
                "/api/citizen/registration", "/api/citizen/contacts", "/api/citizen/contacts/{contactId}/verification",
                "/api/citizen/requests", "/api/citizen/requests/{requestId}", "/api/citizen/inbox",
                "/api/citizen/appointments", "/api/citizen/appointments/availability",
                "/api/citizen/dossiers", "/api/citizen/dossiers/{dossierId}", "/api/citizen/dossiers/{dossierId}/payments",
                "/api/operator/offices/{office}/queue", "/api/operator/requests/{requestId}/take-in-charge",
                "/api/operator/requests/{requestId}/closure");
        assertThat(docs.body()).doesNotContain("\"name\":\"principal\"");
        assertThat(docs.json().get("components").get("securitySchemes").get("demoPrincipal").get("name").asString())
                .isEqualTo("X-Demo-Principal");

        Http.Reply info = http.get("/actuator/info", Map.of());
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.json().get("sportello").get("spi").asString()).isEqualTo(SpiVersion.CURRENT);
        assertThat(info.json().get("sportello").get("version").asString()).isNotBlank().isNotEqualTo("unknown");
    }

    private static String register(Http http, String taxCode, String name) {
        Http.Reply registered = http.postJson("/api/citizen/registration", "{\"taxCode\":\"" + taxCode + "\",\"name\":\""
                + name + "\",\"residence\":\"H501\",\"language\":\"IT\"}", Map.of());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.json().get("id").asString();
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("id").asString()).toList();
    }
}
