package dev.sportello.core.internal.notifications;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.DeviceId;
import dev.sportello.notifications.DevicePlatform;
import dev.sportello.notifications.DeviceView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.RegisterDevice;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Urgency;
import dev.sportello.notifications.spi.DeviceStore;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.PushTarget;
import dev.sportello.users.UserProfile;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** The device registry: who manages installations, where pushes go, and which tokens a transport may retire. */
class DeviceRegistryRulesTest {
    private final List<PushMessage> pushes = new CopyOnWriteArrayList<>();
    private volatile Function<PushMessage, DeliveryResult> answer = m -> DeliveryResult.accepted("push-ok");
    private final CoreFixture h = new CoreFixture(b -> b.pushChannel(m -> {
        pushes.add(m);
        return answer.apply(m);
    }));

    @AfterEach
    void close() {
        h.close();
    }

    private DeviceView register(UserProfile user, DevicePlatform platform, String token) {
        return h.sdk.notifications().registerDevice(as(user), new RegisterDevice(user.id(), platform, token));
    }

    private void push(UserProfile user) {
        h.sdk.notifications().schedule(PORTAL, new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED,
                Set.of(Channel.PUSH), Map.of("protocol", "P-2026-000001", "subject", "Test"), Purpose.TRANSACTIONAL, null,
                Urgency.NORMAL));
        h.deliver();
    }

    private boolean active(DeviceId id) {
        return h.read(s -> s.get(DeviceStore.class).find(id)).orElseThrow().active();
    }

    @Nested
    @DisplayName("only the user themself manages their installations")
    class Access {
        @Test
        @DisplayName("a stranger, an operator, a service and a delegate are refused, and each denial is audited")
        void nobodyButTheUser() {
            UserProfile company = h.company();
            UserProfile consultant = h.intermediary();
            h.mandate(company, consultant);
            DeviceView phone = register(company, DevicePlatform.ANDROID, "fcm:company-phone-1");
            UserProfile stranger = h.citizen();
            RegisterDevice steal = new RegisterDevice(company.id(), DevicePlatform.ANDROID, "fcm:attacker-phone");
            fails(() -> h.sdk.notifications().registerDevice(as(stranger), steal), ErrorCode.ACCESS_NOT_OWNER);
            Principal delegate = as(consultant).actingFor(company.id());
            assertThat(catchCode(() -> h.sdk.notifications().registerDevice(delegate, steal)).category().name())
                    .isEqualTo("ACCESS_DENIED");
            fails(() -> h.sdk.notifications().registerDevice(BACK_OFFICE, steal), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.notifications().registerDevice(PORTAL, steal), ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> h.sdk.notifications().unregisterDevice(as(stranger), phone.id()), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.notifications().devices(as(stranger), company.id()), ErrorCode.ACCESS_NOT_OWNER);
            assertThat(h.sdk.notifications().devices(as(company), company.id())).extracting(DeviceView::id)
                    .containsExactly(phone.id());
            assertThat(h.denials(phone.id())).extracting(AuditEntry::actor).contains(as(stranger).actor());
        }

        @Test
        @DisplayName("a token that is not printable ASCII, too short or too long is refused and nothing is stored")
        void badTokens() {
            UserProfile user = h.citizen();
            for (String token : List.of("short", "has space in it", "tab\tinside-it", "x".repeat(4097), "accentato-è-no")) {
                fails(() -> register(user, DevicePlatform.WEB, token), ErrorCode.VALIDATION_FAILED);
            }
            fails(() -> h.sdk.notifications().registerDevice(as(user), null), ErrorCode.VALIDATION_FAILED);
            assertThat(h.sdk.notifications().devices(as(user), user.id())).isEmpty();
        }
    }

    @Nested
    @DisplayName("a push goes to the recipient's active installations")
    class Targets {
        @Test
        @DisplayName("registered ones, not unregistered ones; the same token again is the same installation, seen later")
        void activeOnly() {
            UserProfile user = h.citizen();
            DeviceView phone = register(user, DevicePlatform.ANDROID, "fcm:phone-token-01");
            DeviceView old = register(user, DevicePlatform.IOS, "apns-old-phone-02");
            assertThat(h.sdk.notifications().unregisterDevice(as(user), old.id()).active()).isFalse();
            assertThat(h.sdk.notifications().unregisterDevice(as(user), old.id()).retiredReason())
                    .as("idempotent").isEqualTo(DeviceRegistry.UNREGISTERED);
            h.clock.advance(Duration.ofMinutes(5));
            DeviceView again = register(user, DevicePlatform.ANDROID, "fcm:phone-token-01");
            assertThat(again.id()).isEqualTo(phone.id());
            assertThat(again.registeredAt()).isEqualTo(phone.registeredAt());
            assertThat(again.lastSeenAt()).isEqualTo(phone.lastSeenAt().plus(Duration.ofMinutes(5)));
            push(user);
            assertThat(pushes).singleElement().satisfies(p -> assertThat(p.targets())
                    .containsExactly(new PushTarget(phone.id().toString(), DevicePlatform.ANDROID, "fcm:phone-token-01")));
        }

        @Test
        @DisplayName("a user has at most ten active installations: one more retires the least recently seen")
        void atMostTenActive() {
            UserProfile user = h.citizen();
            List<DeviceView> registered = new ArrayList<>();
            for (int i = 0; i < DeviceRegistry.MAX_ACTIVE + 1; i++) {
                registered.add(register(user, DevicePlatform.ANDROID, "fcm:phone-token-" + (100 + i)));
                h.clock.advance(Duration.ofMinutes(1));
            }
            List<DeviceView> now = h.sdk.notifications().devices(as(user), user.id());
            assertThat(now.stream().filter(DeviceView::active).count()).isEqualTo(DeviceRegistry.MAX_ACTIVE);
            assertThat(now).filteredOn(d -> !d.active()).singleElement().satisfies(d -> {
                assertThat(d.id()).isEqualTo(registered.get(0).id());
                assertThat(d.retiredReason()).isEqualTo(DeviceRegistry.REPLACED);
            });
            push(user);
            assertThat(pushes.get(0).targets()).hasSize(DeviceRegistry.MAX_ACTIVE)
                    .extracting(PushTarget::deviceId).doesNotContain(registered.get(0).id().toString());
        }

        @Test
        @DisplayName("installations registered in the same instant keep the newest when the cap retires one")
        void sameInstantKeepsTheNewest() {
            UserProfile user = h.citizen();
            List<DeviceView> registered = new ArrayList<>();
            for (int i = 0; i < DeviceRegistry.MAX_ACTIVE + 1; i++) {
                registered.add(register(user, DevicePlatform.IOS, "apns-same-instant-" + (100 + i)));
            }
            assertThat(h.sdk.notifications().devices(as(user), user.id())).filteredOn(d -> !d.active())
                    .extracting(DeviceView::id).containsExactly(registered.get(0).id());
        }

        @Test
        @DisplayName("a token registered by another user moves to them: the first user's pushes no longer reach it")
        void lastSignInWins() {
            UserProfile first = h.citizen();
            UserProfile second = h.citizen();
            DeviceView shared = register(first, DevicePlatform.ANDROID, "fcm:shared-tablet-1");
            register(second, DevicePlatform.ANDROID, "fcm:shared-tablet-1");
            push(first);
            assertThat(pushes.get(0).targets()).isEmpty();
            push(second);
            assertThat(pushes.get(1).targets()).extracting(PushTarget::deviceId).containsExactly(shared.id().toString());
            assertThat(h.audit(shared.id())).extracting(AuditEntry::action).contains("DEVICE_MOVED");
        }
    }

    @Nested
    @DisplayName("tokens the provider declares dead are retired")
    class Retirement {
        @Test
        @DisplayName("on an acceptance and on a refusal; later pushes skip them")
        void deadTokensAreRetired() {
            UserProfile user = h.citizen();
            DeviceView phone = register(user, DevicePlatform.ANDROID, "fcm:phone-token-01");
            DeviceView tablet = register(user, DevicePlatform.IOS, "apns-tablet-token-2");
            answer = m -> new DeliveryResult.Accepted("push-1", Set.of(tablet.id().toString()));
            push(user);
            assertThat(active(tablet.id())).isFalse();
            assertThat(active(phone.id())).isTrue();
            answer = m -> new DeliveryResult.Refused("no live installation", Set.of(phone.id().toString()));
            push(user);
            assertThat(pushes.get(1).targets()).extracting(PushTarget::deviceId).containsExactly(phone.id().toString());
            assertThat(active(phone.id())).isFalse();
            push(user);
            assertThat(pushes.get(2).targets()).isEmpty();
        }

        @Test
        @DisplayName("a transport cannot retire an installation it was not sent to, nor trip the batch with a made-up id")
        void onlyTheTargetsOfThatPush() {
            UserProfile user = h.citizen();
            UserProfile other = h.citizen();
            DeviceView mine = register(user, DevicePlatform.ANDROID, "fcm:my-phone-token");
            DeviceView theirs = register(other, DevicePlatform.ANDROID, "fcm:their-phone-token");
            answer = m -> new DeliveryResult.Accepted("push-1", Set.of(theirs.id().toString(), "not-a-uuid"));
            push(user);
            assertThat(active(theirs.id())).isTrue();
            assertThat(active(mine.id())).isTrue();
            assertThat(h.messages(user)).singleElement().satisfies(m -> assertThat(m.status().name()).isEqualTo("SENT"));
        }
    }

    private static SportelloException catchCode(ThrowableAssert.ThrowingCallable call) {
        try {
            call.call();
        } catch (SportelloException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("expected a SportelloException", t);
        }
        throw new AssertionError("expected a SportelloException");
    }
}
