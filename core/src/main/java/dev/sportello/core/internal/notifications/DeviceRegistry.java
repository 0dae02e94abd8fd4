package dev.sportello.core.internal.notifications;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.notifications.DeviceId;
import dev.sportello.notifications.DeviceView;
import dev.sportello.notifications.RegisterDevice;
import dev.sportello.notifications.spi.DeviceRecord;
import dev.sportello.notifications.spi.DeviceStore;
import dev.sportello.spi.PushTarget;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The device registry: a user's app installations for push. Only the user themself registers,
 * unregisters and lists them — not a delegate (an installation is the user's own phone), not an
 * operator, not a service. A token belongs to one installation; registering it again refreshes it and
 * moves it to the user who registered it last (a shared tablet: its notifications follow whoever signed in
 * last). A user has at most {@value #MAX_ACTIVE} active installations: one more retires the least recently
 * seen, so that a push never fans out without bound. The dispatcher reads the active installations of a
 * batch's recipients in one read and retires those whose tokens the provider declared dead.
 *
 * <p>Thread-safe.
 */
public final class DeviceRegistry {
    /** Why an installation was retired, as recorded. */
    static final String UNREGISTERED = "unregistered by the user";
    static final String REPLACED = "replaced by newer installations";
    /** Active installations per user: registering one more retires the least recently seen. */
    static final int MAX_ACTIVE = 10;
    /** The reason recorded when a push provider declares a token dead. */
    public static final String TOKEN_DEAD = "token declared invalid by the push provider";

    private final Kernel kernel;
    private final ObjectAccess access;

    DeviceRegistry(Kernel kernel, ObjectAccess access) {
        this.kernel = kernel;
        this.access = access;
    }

    DeviceView register(Principal principal, RegisterDevice command) {
        return kernel.execute(principal, Operation.DEVICE_MANAGE, command, tx -> {
            requireSelf(principal, command.user(), command.user());
            DeviceStore store = tx.store(DeviceStore.class);
            Optional<DeviceRecord> known = store.findByToken(command.platform(), command.token());
            boolean newToThisUser = known.map(d -> !d.user().equals(command.user()) || !d.active()).orElse(true);
            DeviceRecord saved;
            if (known.isPresent()) {
                DeviceRecord d = known.get();
                if (!d.user().equals(command.user())) {
                    tx.audit("DEVICE_MOVED", d.id());
                }
                saved = new DeviceRecord(d.id(), command.user(), d.platform(), d.token(),
                        d.user().equals(command.user()) ? d.registeredAt() : tx.now(), tx.now(), null, null);
            } else {
                saved = new DeviceRecord(new DeviceId(tx.newUuid()), command.user(), command.platform(), command.token(),
                        tx.now(), tx.now(), null, null);
            }
            store.save(saved);
            tx.audit("DEVICE_REGISTERED", saved.id());
            if (newToThisUser) {   // a refresh of an active installation (every app start) cannot pass the cap
                List<DeviceId> surplus = store.forUser(command.user()).stream().filter(DeviceRecord::active)
                        .skip(MAX_ACTIVE).map(DeviceRecord::id).toList();
                if (!surplus.isEmpty()) {
                    store.retire(surplus, tx.now(), REPLACED);
                }
            }
            return view(saved);
        });
    }

    DeviceView unregister(Principal principal, DeviceId device) {
        Checks.notNull(device, "unregisterDevice", "device");
        return kernel.execute(principal, Operation.DEVICE_MANAGE, tx -> {
            DeviceStore store = tx.store(DeviceStore.class);
            DeviceRecord d = store.find(device).orElseThrow(() -> notFound(device));
            requireSelf(principal, d.user(), device);
            if (!d.active()) {
                return view(d);
            }
            store.retire(List.of(device), tx.now(), UNREGISTERED);
            tx.audit("DEVICE_UNREGISTERED", device);
            return view(new DeviceRecord(d.id(), d.user(), d.platform(), d.token(), d.registeredAt(), d.lastSeenAt(),
                    tx.now(), UNREGISTERED));
        });
    }

    List<DeviceView> devices(Principal principal, UserId user) {
        Checks.notNull(user, "devices", "user");
        return kernel.execute(principal, Operation.DEVICE_MANAGE, tx -> {
            requireSelf(principal, user, user);
            return tx.store(DeviceStore.class).forUser(user).stream().map(DeviceRegistry::view).toList();
        });
    }

    /**
     * The active installations of the recipients of some pushes, read in the caller's transaction.
     *
     * @param tx    a transaction
     * @param users the recipients
     * @return per user, their installations as push targets
     */
    public static Map<UserId, List<PushTarget>> targets(Tx tx, Collection<UserId> users) {
        return tx.store(DeviceStore.class).forUsers(users).stream().collect(Collectors.groupingBy(DeviceRecord::user,
                Collectors.mapping(d -> new PushTarget(d.id().toString(), d.platform(), d.token()), Collectors.toList())));
    }

    private void requireSelf(Principal principal, UserId owner, dev.sportello.AuditSubject subject) {
        access.requireOwner(principal, Operation.DEVICE_MANAGE, owner, subject, false);
        if (!owner.equals(principal.actor())) {
            throw ObjectAccess.notOwner(subject);
        }
    }

    private static SportelloException notFound(DeviceId id) {
        return SportelloException.of(ErrorCode.NOT_DEVICE_NOT_FOUND, Map.of("deviceId", id.toString()));
    }

    private static DeviceView view(DeviceRecord d) {
        String token = d.token();
        return new DeviceView(d.id(), d.user(), d.platform(), token.substring(Math.max(0, token.length() - 4)),
                d.registeredAt(), d.lastSeenAt(), d.retiredAt(), d.retiredReason());
    }
}
