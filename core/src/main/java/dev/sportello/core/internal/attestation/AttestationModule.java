package dev.sportello.core.internal.attestation;

import dev.sportello.Channel;
import dev.sportello.attestation.AttestationMessageKinds;
import dev.sportello.attestation.Attestations;
import dev.sportello.core.AttestationSettings;
import dev.sportello.core.NotificationSettings;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.KindSpec;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Placeholder;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.core.internal.medical.MedicalAttestations;
import dev.sportello.core.internal.medical.MedicalEditionSlot;
import dev.sportello.core.internal.notifications.Notifier;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The attestation area (R-DOS-5). Listed after medical reports, whose facts it attests and whose edition slot it
 * listens on. Its store, {@code AttestationStore}, is optional: a storage without it runs without attestations
 * (every call is refused with {@code ADAPTER_STORE_MISSING}).
 *
 * <p>Not thread-safe while the SDK is built.
 */
public final class AttestationModule implements AreaModule {
    @Override
    public String name() {
        return "attestation";
    }

    @Override
    public Set<Class<?>> stores() {
        return Set.of();
    }

    @Override
    public List<KindSpec> messageKinds() {
        return List.of(KindSpec.of(AttestationMessageKinds.QR_CODE, EnumSet.of(Channel.EMAIL),
                List.of(Placeholder.text("name", 60), Placeholder.text("until", 10))));
    }

    @Override
    public void start(Wiring wiring) {
        Kernel kernel = wiring.require(Kernel.class);
        AttestationSettings settings = wiring.require(AttestationSettings.class);
        NotificationSettings notifications = wiring.require(NotificationSettings.class);
        TokenIssuer issuer = new TokenIssuer(settings, new SignerBridge(settings.signer()), notifications.defaultZone());
        PublishedLists lists = new PublishedLists(kernel, settings, issuer, new SignerBridge(settings.anchor()));
        wiring.require(MedicalEditionSlot.class).install(new EditionRevocations());
        wiring.provide(Attestations.class, new AttestationService(kernel, wiring.require(ObjectAccess.class),
                wiring.require(MedicalAttestations.class), wiring.require(Notifier.class), issuer, lists,
                notifications.defaultZone()));
    }
}
