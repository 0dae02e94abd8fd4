package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.TopicCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.RenderedMessage;
import dev.sportello.notifications.SmsEncoding;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.spi.EmailMessage;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Texts from templates per event and language, Italian first (R-NOT-3). */
class NotificationTemplateRulesTest {
    private static final Map<String, String> CLOSED = Map.of("name", "Maria", "protocol", "ROMA-TIBURTINO-2026-000042",
            "outcome", "Accolta", "comment", "-");
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Request submitAndClose(CoreFixture f, UserProfile user) {
        Request r = f.sdk.requests().submit(as(user), new SubmitRequest(f.key(), TopicCode.GENERIC, null, null,
                Map.of("subject", "Domanda sulla pensione"), "Testo", List.of()));
        Request taken = f.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(r.id(), r.version(), null));
        f.sdk.requests().close(BACK_OFFICE, new CloseRequest(r.id(), taken.version(), "ANSWERED", "Ecco la risposta."));
        f.deliver();
        return r;
    }

    private List<String> smsTexts(CoreFixture f, UserProfile user) {
        return f.smsTo(user).stream().map(SmsMessage::text).filter(t -> t.contains("ROMA-TIBURTINO")).toList();
    }

    @Nested
    @DisplayName("R-NOT-3 registration, routing and closing of a request have their texts, in the user's language")
    class RequestTexts {
        @Test
        @DisplayName("R-NOT-3 in Italian by default: the SMS, e-mail and inbox texts name the protocol, office and outcome")
        void italianTexts() {
            UserProfile user = h.citizenWithContacts();
            String p = submitAndClose(h, user).protocol().value();
            assertThat(smsTexts(h, user)).as("sent in any order").containsExactlyInAnyOrder(
                    "INPS: la richiesta " + p + " è stata registrata. Ti avviseremo quando sarà chiusa.",
                    "INPS: la richiesta " + p + " è stata assegnata alla sede Roma Tiburtino.",
                    "INPS: la richiesta " + p + " è stata chiusa con esito: Risposta fornita. Dettagli nell'area riservata.");
            assertThat(h.channels.emails()).extracting(EmailMessage::subject).contains("Richiesta " + p + " registrata",
                    "Richiesta " + p + " assegnata alla sede Roma Tiburtino", "Richiesta " + p + " chiusa");
            assertThat(h.channels.emails()).filteredOn(e -> e.subject().equals("Richiesta " + p + " registrata"))
                    .singleElement().satisfies(e -> assertThat(e.text()).startsWith("Gentile Maria Rossi,")
                            .contains("Domanda sulla pensione"));
            assertThat(h.sdk.notifications().inbox(as(user), user.id(), PageRequest.first(10)).items())
                    .extracting(InboxNotice::title).contains("Richiesta " + p + " chiusa");
        }

        @Test
        @DisplayName("R-NOT-3 in English and German for users who chose them")
        void englishAndGermanTexts() {
            UserProfile english = h.citizenWithContacts();
            h.sdk.users().update(as(english), new UpdateProfile(english.id(), english.version(), null, null, Language.EN));
            String p = submitAndClose(h, english).protocol().value();
            assertThat(smsTexts(h, english)).hasSize(3)
                    .contains("INPS: request " + p + " has been registered. We will tell you when it is closed.");
            UserProfile german = h.citizenWithContacts();
            h.sdk.users().update(as(german), new UpdateProfile(german.id(), german.version(), null, null, Language.DE));
            String q = submitAndClose(h, german).protocol().value();
            assertThat(smsTexts(h, german)).hasSize(3).anySatisfy(t ->
                    assertThat(t).startsWith("INPS: Anfrage " + q + " wurde abgeschlossen"));
        }
    }

    @Nested
    @DisplayName("R-NOT-3 templates are data: the integrator changes them, and they are checked")
    class IntegratorTemplates {
        @Test
        @DisplayName("R-NOT-3 an integrator's text for an event and language replaces the bundled one")
        void anIntegratorTextReplacesTheBundledOne() {
            try (CoreFixture f = new CoreFixture(b -> b.notifications(n -> n.templates(Language.IT,
                    Map.of("REQUEST_REGISTERED.sms", "Sportello: pratica {protocol} protocollata."))))) {
                UserProfile user = f.citizenWithContacts();
                String p = submitAndClose(f, user).protocol().value();
                assertThat(smsTexts(f, user)).contains("Sportello: pratica " + p + " protocollata.")
                        .noneMatch(t -> t.contains("è stata registrata"));
            }
        }

        @Test
        @DisplayName("R-NOT-3 a template with a placeholder its event does not declare is refused when the SDK is built")
        void anUndeclaredPlaceholderIsRefused() {
            fails(() -> new CoreFixture(b -> b.notifications(n -> n.templates(Language.IT,
                    Map.of("REQUEST_REGISTERED.sms", "IBAN {iban}")))), ErrorCode.NOT_TEMPLATE_PLACEHOLDER_UNKNOWN);
        }

        @Test
        @DisplayName("R-NOT-3 a preview renders a text and counts its SMS parts; bad previews are refused")
        void previewsRenderAndCheck() {
            RenderedMessage sms = h.sdk.notifications().preview(PORTAL, RequestMessageKinds.CLOSED, Channel.SMS, Language.IT,
                    CLOSED);
            assertThat(sms.text()).isEqualTo("INPS: la richiesta ROMA-TIBURTINO-2026-000042 è stata chiusa con esito: "
                    + "Accolta. Dettagli nell'area riservata.");
            assertThat(sms.smsEncoding()).isEqualTo(SmsEncoding.GSM_7);
            assertThat(sms.smsSegments()).isEqualTo(1);
            fails(() -> h.sdk.notifications().preview(PORTAL, RequestMessageKinds.CLOSED, Channel.SMS, Language.IT,
                    Map.of("protocol", "P", "outcome", "Accolta ".repeat(60))), ErrorCode.NOT_SMS_TOO_LONG);
            fails(() -> h.sdk.notifications().preview(PORTAL, RequestMessageKinds.CLOSED, Channel.SMS, Language.IT,
                    Map.of("protocol", "P")), ErrorCode.NOT_TEMPLATE_VALUE_MISSING);
            fails(() -> h.sdk.notifications().preview(PORTAL, RequestMessageKinds.CLOSED, Channel.SMS,
                    Language.fromTag("fr"), CLOSED), ErrorCode.LANGUAGE_UNSUPPORTED);
            fails(() -> h.sdk.notifications().preview(as(h.citizen()), RequestMessageKinds.CLOSED, Channel.SMS, Language.IT,
                    CLOSED), ErrorCode.ACCESS_ROLE_REQUIRED);
        }
    }
}
