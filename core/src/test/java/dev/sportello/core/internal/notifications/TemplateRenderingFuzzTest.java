package dev.sportello.core.internal.notifications;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.assembly.Assembly;
import dev.sportello.notifications.RenderedMessage;
import dev.sportello.requests.RequestMessageKinds;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes template rendering with hostile values: a rendering either works — the HTML never carries a
 * raw angle bracket or quote from a value, the SMS fits the allowed parts — or is refused with a code.
 */
class TemplateRenderingFuzzTest {
    private static final TemplateCatalog CATALOG = TemplateCatalog.load(Assembly.areas().stream()
            .map(a -> new TemplateCatalog.Bundle(a.getClass(), a.messageKinds())).toList(), List.of(), Map.of(), 3);

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    @FuzzTest(maxDuration = "10m")
    void hostileValuesRenderSafelyOrAreRefused(FuzzedDataProvider data) {
        Channel channel = data.pickValue(new Channel[]{Channel.SMS, Channel.EMAIL, Channel.PUSH, Channel.INBOX});
        Language language = data.pickValue(Language.values());
        Map<String, String> values = Map.of("name", data.consumeString(80), "protocol", data.consumeString(40),
                "subject", data.consumeString(120), "outcome", data.consumeString(60), "comment", data.consumeRemainingAsString());
        RenderedMessage rendered;
        try {
            rendered = CATALOG.render(RequestMessageKinds.CLOSED, channel, language, values);
        } catch (SportelloException e) {
            assertThat(e.code()).isNotNull();
            return;
        }
        if (rendered.html() != null) {
            // values never add markup: the HTML has as many angle brackets and quotes as with harmless values
            Map<String, String> harmless = new java.util.HashMap<>();
            values.forEach((k, v) -> harmless.put(k, v.replaceAll("[<>\"'&]", "x")));
            String plain = CATALOG.render(RequestMessageKinds.CLOSED, channel, language, harmless).html();
            for (char markup : new char[]{'<', '>', '"', '\''}) {
                assertThat(count(rendered.html(), markup)).as("%s in %s", markup, rendered.html())
                        .isEqualTo(count(plain, markup));
            }
        }
        if (channel == Channel.SMS) {
            assertThat(rendered.smsSegments()).isBetween(1, 3);
        }
    }
}
