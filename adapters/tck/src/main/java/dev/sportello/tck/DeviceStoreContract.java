package dev.sportello.tck;

import dev.sportello.UserId;
import dev.sportello.notifications.DeviceId;
import dev.sportello.notifications.DevicePlatform;
import dev.sportello.notifications.spi.DeviceRecord;
import dev.sportello.notifications.spi.DeviceStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of the device registry's store: round trips, lookup by token (long Web Push tokens too),
 * per-user and per-batch reads, moves between users, retirement, rollback.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class DeviceStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static DeviceRecord device(UserId user, DevicePlatform platform, String token, Instant seen) {
        return new DeviceRecord(new DeviceId(UUID.randomUUID()), user, platform, token, T0, seen, null, null);
    }

    private Optional<DeviceRecord> find(DeviceId id) {
        return tx(s -> s.get(DeviceStore.class).find(id));
    }

    private Optional<DeviceRecord> byToken(DevicePlatform platform, String token) {
        return tx(s -> s.get(DeviceStore.class).findByToken(platform, token));
    }

    private List<DeviceRecord> forUser(UserId user) {
        return tx(s -> s.get(DeviceStore.class).forUser(user));
    }

    private List<DeviceRecord> forUsers(List<UserId> users) {
        return tx(s -> s.get(DeviceStore.class).forUsers(users));
    }

    private static UserId user() {
        return new UserId(UUID.randomUUID());
    }

    @Test
    void aDeviceRoundTripsAndIsFoundByItsToken() {
        UserId user = user();
        String webPush = "https://push.example.org/wpush/v2/" + "x".repeat(3_900);
        DeviceRecord android = device(user, DevicePlatform.ANDROID, "fcm-token:APA91b-0123456789", T0);
        DeviceRecord web = device(user, DevicePlatform.WEB, webPush, T0.plusSeconds(60));
        tx(s -> {
            s.get(DeviceStore.class).save(android);
            s.get(DeviceStore.class).save(web);
            return null;
        });
        assertThat(find(android.id())).contains(android);
        assertThat(byToken(DevicePlatform.WEB, webPush)).contains(web);
        assertThat(byToken(DevicePlatform.IOS, "fcm-token:APA91b-0123456789"))
                .as("a token is looked up per platform").isEmpty();
        assertThat(forUser(user)).as("most recently seen first").containsExactly(web, android);
    }

    @Test
    void theActiveDevicesOfManyUsersComeInOneRead() {
        UserId a = user();
        UserId b = user();
        UserId none = user();
        DeviceRecord a1 = device(a, DevicePlatform.ANDROID, "token-a-1-xxxx", T0);
        DeviceRecord a2 = device(a, DevicePlatform.IOS, "token-a-2-xxxx", T0);
        DeviceRecord b1 = device(b, DevicePlatform.ANDROID, "token-b-1-xxxx", T0);
        tx(s -> {
            for (DeviceRecord d : List.of(a1, a2, b1)) {
                s.get(DeviceStore.class).save(d);
            }
            s.get(DeviceStore.class).retire(List.of(a2.id()), T0.plusSeconds(5), "unregistered by the user");
            return null;
        });
        assertThat(forUsers(List.of(a, b, none, a)))
                .extracting(DeviceRecord::id).containsExactlyInAnyOrder(a1.id(), b1.id());
        assertThat(forUsers(List.of())).isEmpty();
    }

    @Test
    void aRetiredDeviceKeepsWhenAndWhyAndIsNotRetiredTwice() {
        DeviceRecord d = device(user(), DevicePlatform.ANDROID, "token-retire-xxxx", T0);
        tx(s -> {
            s.get(DeviceStore.class).save(d);
            s.get(DeviceStore.class).retire(List.of(d.id(), new DeviceId(UUID.randomUUID())), T0.plusSeconds(10), "first");
            s.get(DeviceStore.class).retire(List.of(d.id()), T0.plusSeconds(20), "second");
            return null;
        });
        DeviceRecord retired = find(d.id()).orElseThrow();
        assertThat(retired.active()).isFalse();
        assertThat(retired.retiredAt()).isEqualTo(T0.plusSeconds(10));
        assertThat(retired.retiredReason()).isEqualTo("first");
    }

    @Test
    void aDeviceMovesToAnotherUserAndIsActiveAgain() {
        UserId first = user();
        UserId second = user();
        DeviceRecord d = device(first, DevicePlatform.IOS, "apns-0123456789abcdef", T0);
        tx(s -> {
            s.get(DeviceStore.class).save(d);
            s.get(DeviceStore.class).retire(List.of(d.id()), T0.plusSeconds(1), "unregistered by the user");
            return null;
        });
        DeviceRecord moved = new DeviceRecord(d.id(), second, d.platform(), d.token(), T0.plusSeconds(2), T0.plusSeconds(2),
                null, null);
        tx(s -> {
            s.get(DeviceStore.class).save(moved);
            return null;
        });
        assertThat(forUser(first)).isEmpty();
        assertThat(forUser(second)).containsExactly(moved);
        assertThat(forUsers(List.of(second))).containsExactly(moved);
    }

    @Test
    void aSecondRecordForTheSameTokenIsRefusedAndAFailedTransactionLeavesNothing() {
        UserId user = user();
        DeviceRecord d = device(user, DevicePlatform.ANDROID, "token-unique-xxxx", T0);
        tx(s -> {
            s.get(DeviceStore.class).save(d);
            return null;
        });
        assertThatThrownBy(() -> tx(s -> {
            s.get(DeviceStore.class).save(device(user, DevicePlatform.IOS, "token-other-xxxx", T0));
            s.get(DeviceStore.class).save(device(user, DevicePlatform.ANDROID, "token-unique-xxxx", T0));
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThat(forUser(user)).containsExactly(d);
    }
}
