package dev.sportello.core.internal.kernel;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.Violation;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.Amount;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.Section;
import dev.sportello.requests.RequestSearch;
import dev.sportello.spi.EmailMessage;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the boundary refuses besides lone surrogates: control characters (PostgreSQL refuses U+0000, so the
 * memory store must not accept what another store fails on), text made only of Unicode spaces where a value is
 * required, amounts too large to show, and a dispatcher given an executor that runs nothing or a timeout beyond
 * what it can wait.
 */
class BoundaryControlsTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u001b[2J", "\u007f", "\u0085", "\u009b"})
    void aControlCharacterInAnyTextIsMalformedAndNothingIsStored(String control) {
        UserProfile maria = h.citizen();
        SportelloException e = fails(() -> h.sdk.requests().submit(as(maria), new SubmitRequest(h.key(), TopicCode.GENERIC,
                null, null, Map.of("subject", "Prova"), "Testo " + control + " fine", List.of())), ErrorCode.TEXT_MALFORMED);
        assertThat(e.details()).containsEntry("field", "text");
        fails(() -> h.sdk.requests().submit(as(maria), new SubmitRequest(h.key(), TopicCode.GENERIC, null, null,
                Map.of("subject", "Pro" + control + "va"), "Testo", List.of())), ErrorCode.TEXT_MALFORMED);
        assertThat(h.sdk.requests().search(as(maria), RequestSearch.all(PageRequest.first(10))).items()).isEmpty();
    }

    @Test
    void tabsAndLineBreaksAreText() {
        UserProfile maria = h.citizen();
        var submitted = h.sdk.requests().submit(as(maria), new SubmitRequest(h.key(), TopicCode.GENERIC, null, null,
                Map.of("subject", "Prova"), "Riga uno\r\n\tRiga due", List.of()));
        assertThat(submitted.text()).isEqualTo("Riga uno\r\n\tRiga due");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0", "\u2003\u2009", "\u3000", "\u200b", " \u202f "})
    void aRequiredTextOfUnicodeSpacesIsBlank(String spaces) {
        UserProfile maria = h.citizen();
        SportelloException e = fails(() -> h.sdk.notifications().publishProactive(PORTAL,
                notice(maria, spaces, BigDecimal.TEN)), ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations()).contains(new Violation("title", "NotBlank", "required, must not be blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E+999999999", "1E-999999999", "1234567890123", "0.001"})
    void anAmountBeyondTwelveDigitsAndCentsIsRefusedWithoutBeingExpanded(String value) {
        UserProfile maria = h.citizen();
        SportelloException e = fails(() -> h.sdk.notifications().publishProactive(PORTAL,
                notice(maria, "Verbale emesso", new BigDecimal(value))), ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations()).extracting(Violation::field).containsExactly("sections[0].amounts[0].value");
        assertThat(h.sdk.notifications().publishProactive(PORTAL, notice(maria, "Verbale emesso",
                new BigDecimal("999999999999.99"))).title()).isEqualTo("Verbale emesso");
    }

    private PublishProactiveNotice notice(UserProfile user, String title, BigDecimal amount) {
        return new PublishProactiveNotice(user.id(), new MessageKind("MEDICAL_REPORT_ISSUED"), title,
                List.of(new Section("Giudizio", List.of("Invalido civile."), List.of(new Amount("Pensione", amount, "al mese")))),
                List.of(), Set.of(), Set.of(), Duration.ofDays(30));
    }

    @Test
    void aTitleWithLineBreaksMakesAOneLineSubjectAndKeepsItsText() {
        UserProfile maria = h.citizenWithContacts();
        h.sdk.users().recordConsent(as(maria), new RecordConsent(maria.id(), Channel.EMAIL, ConsentChoice.PROACTIVE_OPT_IN));
        String title = "Verbale emesso\r\nBcc: altri@example.org\u2028ultima";
        PublishProactiveNotice base = notice(maria, title, BigDecimal.TEN);
        var published = h.sdk.notifications().publishProactive(PORTAL, new PublishProactiveNotice(base.recipient(),
                base.kind(), title, base.sections(), base.callsToAction(), base.entitlements(), Set.of(Channel.EMAIL),
                base.validity()));
        assertThat(published.title()).isEqualTo(title);
        h.sdk.dispatcher().drain(10);
        EmailMessage sent = h.channels.emails().get(h.channels.emails().size() - 1);
        assertThat(sent.to()).isEqualTo(maria.contacts().stream()
                .filter(c -> c.kind() == dev.sportello.users.ContactKind.EMAIL).findFirst().map(c ->
                        new dev.sportello.users.EmailAddress(c.value())).orElseThrow());
        assertThat(sent.subject()).isEqualTo("Verbale emesso Bcc: altri@example.org ultima").doesNotContain("\r", "\n");
    }

    @Test
    void aDispatcherOnAShutDownExecutorIsNotStartedAndCanBeStartedAgain() throws InterruptedException {
        ScheduledExecutorService dead = Executors.newSingleThreadScheduledExecutor();
        dead.shutdown();
        SportelloException e = fails(() -> h.sdk.dispatcher().start(dead, Duration.ofMillis(50)), ErrorCode.CONFIG_INVALID);
        assertThat(e.details()).containsEntry("field", "executor");
        ScheduledExecutorService live = Executors.newSingleThreadScheduledExecutor();
        try {
            h.sdk.dispatcher().start(live, Duration.ofMillis(50));
            assertThat(h.sdk.dispatcher().stop(Duration.ofSeconds(5))).isTrue();
        } finally {
            live.shutdownNow();
        }
    }

    @Test
    void aStopTimeoutBeyondADayIsRefusedNotOverflowed() {
        for (Duration timeout : List.of(Duration.ofDays(2), Duration.ofSeconds(Long.MAX_VALUE), Duration.ofDays(100_000))) {
            SportelloException e = fails(() -> h.sdk.dispatcher().stop(timeout), ErrorCode.CONFIG_INVALID);
            assertThat(e.details()).containsEntry("field", "timeout");
        }
        assertThat(h.sdk.dispatcher().stop(Duration.ofDays(1))).isTrue();
    }
}
