package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.Language;
import dev.sportello.core.internal.assembly.Assembly;
import dev.sportello.core.internal.kernel.KindSpec;
import dev.sportello.core.internal.kernel.Placeholder;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.RenderedMessage;
import dev.sportello.notifications.SmsEncoding;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.users.UserMessageKinds;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateCatalogTest {
    private static final List<TemplateCatalog.Bundle> AREAS = Assembly.areas().stream()
            .map(a -> new TemplateCatalog.Bundle(a.getClass(), a.messageKinds())).toList();
    private final TemplateCatalog catalog = TemplateCatalog.load(AREAS, List.of(), Map.of(), 3);

    @Test
    void bundledTemplatesLoadInEveryLanguage() {
        for (Language language : Language.values()) {
            RenderedMessage sms = catalog.render(RequestMessageKinds.REGISTERED, Channel.SMS, language,
                    Map.of("name", "Mario Rossi", "protocol", "ROMA-2026-000001", "subject", "x"));
            assertThat(sms.text()).contains("ROMA-2026-000001");
            assertThat(sms.smsSegments()).isBetween(1, 3);
        }
    }

    @Test
    void unknownPlaceholderIsRefusedWhenTemplatesAreLoaded() {
        assertThatThrownBy(() -> TemplateCatalog.load(AREAS, List.of(),
                Map.of(Language.EN, Map.of("REQUEST_CLOSED.sms", "Closed {protocol} by {operatorName}")), 3))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_TEMPLATE_PLACEHOLDER_UNKNOWN);
                    assertThat(e.details()).containsEntry("placeholder", "operatorName").containsEntry("template",
                            "en:REQUEST_CLOSED.sms");
                });
    }

    @Test
    void aMissingValueIsRefusedWhenRendering() {
        assertThatThrownBy(() -> catalog.render(RequestMessageKinds.REGISTERED, Channel.EMAIL, Language.IT,
                Map.of("name", "Mario", "protocol", "X-2026-000001")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_TEMPLATE_VALUE_MISSING);
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("values.subject");
                });
    }

    @Test
    void anSmsThatCouldExceedTheLimitIsRefusedAtLoadTime() {
        String long160 = "x".repeat(300) + " {protocol}";
        assertThatThrownBy(() -> TemplateCatalog.load(AREAS, List.of(),
                Map.of(Language.IT, Map.of("REQUEST_REGISTERED.sms", long160)), 2))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_SMS_TOO_LONG);
                    assertThat(e.details()).containsEntry("max", "2");
                });
    }

    @Test
    void theLongestRenderingDecidesNotTheTemplateAlone() {
        // 100 literal characters plus a free-text name of up to 60 that may force UCS-2: 160 units, 3 parts
        KindSpec spec = KindSpec.of(new MessageKind("CUSTOM_ALERT"), EnumSet.of(Channel.SMS),
                List.of(Placeholder.text("name", 60)));
        Map<Language, Map<String, String>> texts = Map.of(Language.IT, Map.of("CUSTOM_ALERT.sms", "y".repeat(100) + "{name}"));
        assertThatThrownBy(() -> TemplateCatalog.load(AREAS, List.of(spec), texts, 2)).isInstanceOf(InvalidInputException.class);
        assertThat(TemplateCatalog.load(AREAS, List.of(spec), texts, 3).supports(spec.kind(), Channel.SMS)).isTrue();
    }

    @Test
    void everyKindNeedsItsItalianTemplates() {
        KindSpec spec = KindSpec.of(new MessageKind("CUSTOM_ALERT"), EnumSet.of(Channel.SMS, Channel.EMAIL), List.of());
        assertThatThrownBy(() -> TemplateCatalog.load(AREAS, List.of(spec),
                Map.of(Language.IT, Map.of("CUSTOM_ALERT.sms", "hello")), 3))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_TEMPLATE_INVALID);
                    assertThat(e.details().get("template")).isEqualTo("it:CUSTOM_ALERT.email.subject");
                });
    }

    @Test
    void overridesWinAndMissingLanguagesFallBackToItalian() {
        KindSpec spec = KindSpec.of(new MessageKind("CUSTOM_ALERT"), EnumSet.of(Channel.SMS), List.of(Placeholder.code("n", 3)));
        TemplateCatalog custom = TemplateCatalog.load(AREAS, List.of(spec),
                Map.of(Language.IT, Map.of("CUSTOM_ALERT.sms", "Ciao {n}")), 3);
        assertThat(custom.render(spec.kind(), Channel.SMS, Language.DE, Map.of("n", "7")).text()).isEqualTo("Ciao 7");
    }

    @Test
    void htmlValuesAreEscapedButTextValuesAreNot() {
        Map<String, String> values = Map.of("name", "<script>x</script>", "protocol", "P", "subject", "a & b");
        RenderedMessage email = catalog.render(RequestMessageKinds.REGISTERED, Channel.EMAIL, Language.IT, values);
        assertThat(email.html()).contains("&lt;script&gt;").doesNotContain("<script>").contains("a &amp; b");
        assertThat(email.text()).contains("<script>x</script>");
    }

    @Test
    void renderingChecksTheRealSegmentsToo() {
        RenderedMessage sms = catalog.render(UserMessageKinds.CONTACT_VERIFICATION, Channel.SMS, Language.IT,
                Map.of("code", "123456", "minutes", "10"));
        assertThat(sms.smsEncoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(sms.smsSegments()).isEqualTo(1);
    }
}
