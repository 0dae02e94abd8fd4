package dev.sportello.core.internal.kernel;

import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.users.UserProfile;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Every public entry point refuses a missing argument with {@code VALIDATION_FAILED}, never a bare exception (R-USR-2). */
class EntryPointInputTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Map<String, ThrowableAssert.ThrowingCallable> queries(UserProfile user) {
        Map<String, ThrowableAssert.ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("users.get", () -> h.sdk.users().get(PORTAL, null));
        calls.put("users.consents", () -> h.sdk.users().consents(PORTAL, null));
        calls.put("users.fragileEligibility", () -> h.sdk.users().fragileEligibility(PORTAL, null));
        calls.put("offices.office", () -> h.sdk.offices().office(PORTAL, null));
        calls.put("offices.calendar", () -> h.sdk.offices().calendar(PORTAL, TestOffices.ROMA, null, LocalDate.now()));
        calls.put("offices.nextOpeningDays", () -> h.sdk.offices().nextOpeningDays(PORTAL, TestOffices.ROMA,
                LocalDate.of(2026, 12, 1), 0));
        calls.put("delegations.of", () -> h.sdk.delegations().of(PORTAL, null));
        calls.put("delegations.actingFor", () -> h.sdk.delegations().actingFor(PORTAL, null, PageRequest.first(5)));
        calls.put("delegations.actingForMe", () -> h.sdk.delegations().actingForMe(PORTAL, null, PageRequest.first(5)));
        calls.put("delegations.actingFor.page", () -> h.sdk.delegations().actingFor(as(user), user.id(), null));
        calls.put("notifications.inbox", () -> h.sdk.notifications().inbox(as(user), user.id(), null));
        calls.put("notifications.message", () -> h.sdk.notifications().message(PORTAL, null));
        calls.put("notifications.open", () -> h.sdk.notifications().open(as(user), null));
        calls.put("requests.get", () -> h.sdk.requests().get(PORTAL, null));
        calls.put("requests.files", () -> h.sdk.requests().files(PORTAL, null, null));
        calls.put("requests.figures", () -> h.sdk.requests().figures(PORTAL, null));
        calls.put("appointments.get", () -> h.sdk.appointments().get(PORTAL, null));
        calls.put("outbox.deadLetters", () -> h.sdk.outbox().deadLetters(PORTAL, null));
        calls.put("outbox.redrive", () -> h.sdk.outbox().redrive(PORTAL, null));
        calls.put("audit.forSubject", () -> h.sdk.audit().forSubject(PORTAL, null, PageRequest.first(5)));
        return calls;
    }

    private Map<String, ThrowableAssert.ThrowingCallable> commands(UserProfile user) {
        Map<String, ThrowableAssert.ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("users.register", () -> h.sdk.users().register(PORTAL, null));
        calls.put("users.update", () -> h.sdk.users().update(as(user), null));
        calls.put("users.addContact", () -> h.sdk.users().addContact(as(user), null));
        calls.put("users.recordConsent", () -> h.sdk.users().recordConsent(as(user), null));
        calls.put("delegations.grant", () -> h.sdk.delegations().grant(PORTAL, null));
        calls.put("delegations.request", () -> h.sdk.delegations().request(as(user), null));
        calls.put("delegations.accept", () -> h.sdk.delegations().accept(as(user), null));
        calls.put("delegations.reject", () -> h.sdk.delegations().reject(as(user), null));
        calls.put("offices.closeDay", () -> h.sdk.offices().closeDay(CoreFixture.SUPERVISOR, null));
        calls.put("notifications.schedule", () -> h.sdk.notifications().schedule(PORTAL, null));
        calls.put("notifications.publishProactive", () -> h.sdk.notifications().publishProactive(PORTAL, null));
        calls.put("requests.submit", () -> h.sdk.requests().submit(as(user), null));
        calls.put("requests.search", () -> h.sdk.requests().search(as(user), null));
        calls.put("requests.takeInCharge", () -> h.sdk.requests().takeInCharge(CoreFixture.BACK_OFFICE, null));
        calls.put("appointments.availability", () -> h.sdk.appointments().availability(PORTAL, null));
        calls.put("appointments.book", () -> h.sdk.appointments().book(as(user), null));
        calls.put("appointments.cancel", () -> h.sdk.appointments().cancel(as(user), null));
        calls.put("appointments.join", () -> h.sdk.appointments().join(as(user), null));
        calls.put("appointments.joinWaitlist", () -> h.sdk.appointments().joinWaitlist(as(user), null));
        return calls;
    }

    private static Stream<DynamicTest> each(Map<String, ThrowableAssert.ThrowingCallable> calls) {
        return calls.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
                fails(e.getValue(), ErrorCode.VALIDATION_FAILED)));
    }

    @TestFactory
    @DisplayName("R-USR-2 a query with a missing argument is refused with VALIDATION_FAILED")
    Stream<DynamicTest> queriesRefuseMissingArguments() {
        return each(queries(h.citizen()));
    }

    @TestFactory
    @DisplayName("R-USR-2 a command that is missing is refused with VALIDATION_FAILED")
    Stream<DynamicTest> missingCommandsAreRefused() {
        return each(commands(h.citizen()));
    }

    @Test
    @DisplayName("R-USR-2 a refused argument names the field")
    void aRefusedArgumentNamesTheField() {
        UserProfile user = h.citizen();
        SportelloException e = fails(() -> h.sdk.users().get(as(user), null), ErrorCode.VALIDATION_FAILED);
        assertThat(e.violations()).extracting(v -> v.field()).isNotEmpty();
        assertThat(List.of(e.getClass().getSimpleName())).containsExactly("InvalidInputException");
    }
}
