package dev.sportello.core.internal.entrypoints;

import dev.sportello.Credential;
import dev.sportello.PartyId;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every use-case method of the SDK ({@code sdk.users()}, {@code sdk.requests()}, … and the audit trail
 * and outbox administration), found by reflection and called on a real SDK over the memory storage with
 * a null principal, a null argument, and commands whose components are hostile one at a time: each call
 * either works or throws a {@link SportelloException}.
 */
class UseCaseEntryPointsTest {
    private final CoreFixture h = new CoreFixture();
    private Samples samples = new Samples();
    private final Set<String> failures = new TreeSet<>();
    private int calls;
    private int worked;
    private final Set<dev.sportello.ErrorCode> codes = java.util.EnumSet.noneOf(dev.sportello.ErrorCode.class);

    @AfterEach
    void close() {
        h.close();
    }

    private List<Object> facades() {
        return List.of(h.sdk.users(), h.sdk.offices(), h.sdk.delegations(), h.sdk.notifications(), h.sdk.requests(),
                h.sdk.appointments(), h.sdk.fragileUsers(), h.sdk.audit(), h.sdk.outbox());
    }

    @Test
    void everyUseCaseAnswersHostileArgumentsWithACodedError() {
        UserProfile citizen = h.citizen();
        sweepAll(List.of(CoreFixture.PORTAL, Principal.user(citizen.id(), Credential.CIE), CoreFixture.SUPERVISOR));
    }

    @Test
    void everyUseCaseAnswersHostileArgumentsOnObjectsThatExist() {
        UserProfile citizen = h.citizenWithContacts();
        Request request = h.sdk.requests().submit(CoreFixture.as(citizen), new SubmitRequest(h.key(), TopicCode.GENERIC,
                null, null, java.util.Map.of("subject", "Prova"), "Testo", List.of()));
        Instant slot = java.time.LocalDateTime.parse("2026-11-24T10:00").atZone(java.time.ZoneId.of("Europe/Rome")).toInstant();
        Appointment appointment = h.sdk.appointments().book(CoreFixture.cie(citizen), BookAppointment.of(h.key(),
                TestOffices.ROMA, TestOffices.PENSION_INFO.code(), ContactMode.IN_PERSON, slot));
        samples = new Samples().with(UserId.class, citizen.id()).with(PartyId.class, citizen.id())
                .with(OfficeCode.class, TestOffices.ROMA).with(TopicCode.class, TestOffices.PENSION_INFO.code())
                .with(RequestId.class, request.id()).with(AppointmentId.class, appointment.id())
                .with(Instant.class, slot.plus(java.time.Duration.ofDays(1)))
                .with(java.time.LocalDate.class, java.time.LocalDate.of(2026, 11, 25));
        sweepAll(List.of(CoreFixture.PORTAL, Principal.user(citizen.id(), Credential.CIE), CoreFixture.SUPERVISOR,
                CoreFixture.FRONT_OFFICE));
    }

    private void sweepAll(List<Principal> principals) {
        for (Object facade : facades()) {
            Class<?> api = Arrays.stream(facade.getClass().getInterfaces()).filter(i -> i.getName().startsWith("dev.sportello"))
                    .findFirst().orElseThrow();
            List<Method> methods = Arrays.stream(api.getMethods()).filter(m -> !m.isDefault() || m.getParameterCount() > 0)
                    .sorted(Comparator.comparing(Method::toString)).toList();
            for (Method method : methods) {
                sweep(facade, method, principals);
            }
        }
        assertThat(calls).as("calls made").isGreaterThan(1_000);
        assertThat(worked).as("calls that worked: the samples reach the rules").isGreaterThan(20);
        assertThat(codes).as("codes seen").contains(dev.sportello.ErrorCode.VALIDATION_FAILED,
                dev.sportello.ErrorCode.ACCESS_ROLE_REQUIRED);
        assertThat(failures).as("use cases that answered with something else than a SportelloException").isEmpty();
    }

    private void sweep(Object facade, Method method, List<Principal> principals) {
        Class<?>[] types = method.getParameterTypes();
        Type[] generics = method.getGenericParameterTypes();
        for (Principal principal : principals) {
            Object[] base = new Object[types.length];
            for (int i = 0; i < types.length; i++) {
                base[i] = types[i] == Principal.class ? principal : samples.of(types[i], generics[i]);
            }
            call(facade, method, base.clone(), "samples as " + principal.actor());
            for (int i = 0; i < types.length; i++) {
                for (Object hostile : variants(types[i], generics[i])) {
                    Object[] args = base.clone();
                    args[i] = hostile;
                    call(facade, method, args, "arg " + i + " = " + Hostile.describe(hostile) + " as " + principal.actor());
                }
            }
        }
    }

    /** Hostile values of a parameter: its own, and for a command record each component made hostile. */
    private List<Object> variants(Class<?> type, Type generic) {
        List<Object> values = new ArrayList<>(Hostile.of(type, generic, samples));
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] componentTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            for (int c = 0; c < components.length; c++) {
                for (Object hostile : Hostile.of(componentTypes[c], components[c].getGenericType(), samples)) {
                    Object[] args = new Object[components.length];
                    for (int k = 0; k < components.length; k++) {
                        args[k] = k == c ? hostile : samples.of(componentTypes[k], components[k].getGenericType());
                    }
                    try {
                        Constructor<?> canonical = type.getDeclaredConstructor(componentTypes);
                        values.add(canonical.newInstance(args));
                    } catch (InvocationTargetException e) {
                        // the command refused the value itself: the api sweep checks that it did so with a code
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return values;
    }

    private void call(Object facade, Method method, Object[] args, String what) {
        calls++;
        try {
            method.invoke(facade, args);
            worked++;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SportelloException coded) {
                codes.add(coded.code());
            } else {
                StackTraceElement at = Arrays.stream(cause.getStackTrace()).filter(s -> s.getClassName().startsWith("dev.sportello"))
                        .findFirst().orElse(null);
                failures.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " " + what + ": "
                        + cause.getClass().getSimpleName() + " at " + at);
            }
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            failures.add(method + ": cannot call: " + e);
        }
    }
}
