package dev.sportello.tck;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Principal;
import dev.sportello.notifications.DeviceId;
import dev.sportello.notifications.DevicePlatform;
import dev.sportello.notifications.DeviceView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.RegisterDevice;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.PushTarget;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The device registry through the SDK over the storage under test: a push goes to the recipient's
 * active installations, and an installation whose token the provider declares dead is retired.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class DevicesScenarioContract extends ScenarioContract {
    private final List<PushMessage> pushes = new CopyOnWriteArrayList<>();
    private volatile String deadToken = "";

    @Override
    protected SdkHarness newHarness() {
        return new SdkHarness(storage, b -> b.pushChannel(m -> {
            pushes.add(m);
            Set<String> dead = Set.copyOf(m.targets().stream().filter(t -> t.token().equals(deadToken))
                    .map(PushTarget::deviceId).toList());
            return new DeliveryResult.Accepted("push-" + pushes.size(), dead);
        }));
    }

    private void push(UserProfile user) {
        h.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(), RequestMessageKinds.REGISTERED,
                Set.of(Channel.PUSH), Map.of("protocol", "P-2026-000001", "subject", "Test"), Purpose.TRANSACTIONAL, null,
                Urgency.NORMAL));
        h.deliver();
    }

    @Test
    void aPushGoesToEveryActiveInstallationAndADeadTokenIsRetired() {
        UserProfile user = h.citizen();
        Principal me = SdkHarness.as(user);
        DeviceView phone = h.sdk.notifications().registerDevice(me, new RegisterDevice(user.id(), DevicePlatform.ANDROID,
                "fcm:phone-token-0001"));
        DeviceView tablet = h.sdk.notifications().registerDevice(me, new RegisterDevice(user.id(), DevicePlatform.IOS,
                "apns-tablet-token-0002"));
        DeviceView old = h.sdk.notifications().registerDevice(me, new RegisterDevice(user.id(), DevicePlatform.ANDROID,
                "fcm:old-phone-0003"));
        h.sdk.notifications().unregisterDevice(me, old.id());
        deadToken = "apns-tablet-token-0002";
        push(user);
        assertThat(pushes).hasSize(1);
        assertThat(pushes.get(0).targets()).extracting(PushTarget::deviceId)
                .containsExactlyInAnyOrder(phone.id().toString(), tablet.id().toString());
        List<DeviceView> now = h.sdk.notifications().devices(me, user.id());
        assertThat(now).filteredOn(DeviceView::active).extracting(DeviceView::id).containsExactly(phone.id());
        assertThat(now).filteredOn(d -> d.id().equals(tablet.id())).singleElement()
                .satisfies(d -> assertThat(d.retiredReason()).contains("invalid"));
        push(user);
        assertThat(pushes.get(1).targets()).extracting(PushTarget::deviceId).containsExactly(phone.id().toString());
    }

    @Test
    void theSameTokenRegisteredAgainRefreshesTheInstallationAndAnotherUserTakesItOver() {
        UserProfile first = h.citizen();
        UserProfile second = h.citizen();
        DeviceView mine = h.sdk.notifications().registerDevice(SdkHarness.as(first),
                new RegisterDevice(first.id(), DevicePlatform.ANDROID, "fcm:shared-tablet-01"));
        h.clock.advance(Duration.ofHours(1));
        DeviceView again = h.sdk.notifications().registerDevice(SdkHarness.as(first),
                new RegisterDevice(first.id(), DevicePlatform.ANDROID, "fcm:shared-tablet-01"));
        assertThat(again.id()).isEqualTo(mine.id());
        assertThat(again.lastSeenAt()).isAfter(mine.lastSeenAt());
        assertThat(again.tokenEnding()).isEqualTo("t-01");
        DeviceView theirs = h.sdk.notifications().registerDevice(SdkHarness.as(second),
                new RegisterDevice(second.id(), DevicePlatform.ANDROID, "fcm:shared-tablet-01"));
        assertThat(theirs.user()).isEqualTo(second.id());
        assertThat(h.sdk.notifications().devices(SdkHarness.as(first), first.id())).isEmpty();
        push(first);
        assertThat(pushes.get(pushes.size() - 1).targets()).isEmpty();
    }

    @Test
    void onlyTheUserThemselfManagesTheirInstallations() {
        UserProfile owner = h.citizen();
        UserProfile stranger = h.citizen();
        DeviceView phone = h.sdk.notifications().registerDevice(SdkHarness.as(owner),
                new RegisterDevice(owner.id(), DevicePlatform.ANDROID, "fcm:owner-phone-01"));
        fails(() -> h.sdk.notifications().registerDevice(SdkHarness.as(stranger),
                new RegisterDevice(owner.id(), DevicePlatform.ANDROID, "fcm:attacker-phone")), ErrorCode.ACCESS_NOT_OWNER);
        fails(() -> h.sdk.notifications().unregisterDevice(SdkHarness.as(stranger), phone.id()), ErrorCode.ACCESS_NOT_OWNER);
        fails(() -> h.sdk.notifications().devices(SdkHarness.as(stranger), owner.id()), ErrorCode.ACCESS_NOT_OWNER);
        fails(() -> h.sdk.notifications().devices(SdkHarness.PORTAL, owner.id()), ErrorCode.ACCESS_ROLE_REQUIRED);
        fails(() -> h.sdk.notifications().unregisterDevice(SdkHarness.as(owner),
                DeviceId.of("00000000-0000-7000-8000-000000000000")), ErrorCode.NOT_DEVICE_NOT_FOUND);
        assertThat(h.sdk.notifications().devices(SdkHarness.as(owner), owner.id())).extracting(DeviceView::id)
                .containsExactly(phone.id());
    }
}
