package dev.sportello.core.internal.medical;

import dev.sportello.Channel;
import dev.sportello.core.MedicalSettings;
import dev.sportello.core.NotificationSettings;
import dev.sportello.core.internal.dossiers.MedicalReportHook;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.CommandValidator;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.KindSpec;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Placeholder;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.notifications.ProactivePublisher;
import dev.sportello.medical.MedicalMessageKinds;
import dev.sportello.medical.MedicalReports;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The medical-reports area (R-DOS-4, R-NOT-4). Listed after dossiers, whose feed hook it installs. Its store,
 * {@code MedicalReportStore}, is optional: a storage without it runs without medical reports (a feed report
 * carrying one, and every read, is refused with {@code ADAPTER_STORE_MISSING}).
 *
 * <p>Not thread-safe while the SDK is built.
 */
public final class MedicalModule implements AreaModule {
    @Override
    public String name() {
        return "medical";
    }

    @Override
    public Set<Class<?>> stores() {
        return Set.of();
    }

    @Override
    public List<KindSpec> messageKinds() {
        List<Placeholder> placeholders = List.of(Placeholder.text("name", 60), Placeholder.text("title", 200));
        return List.of(KindSpec.of(MedicalMessageKinds.ISSUED, EnumSet.allOf(Channel.class), placeholders),
                KindSpec.of(MedicalMessageKinds.REISSUED, EnumSet.allOf(Channel.class), placeholders));
    }

    @Override
    public void start(Wiring wiring) {
        Kernel kernel = wiring.require(Kernel.class);
        ObjectAccess access = wiring.require(ObjectAccess.class);
        MedicalSettings settings = wiring.require(MedicalSettings.class);
        NotificationSettings notifications = wiring.require(NotificationSettings.class);
        Notifier notifier = wiring.require(Notifier.class);
        GuideBuilder guides = new GuideBuilder(GuideTemplates.load(settings.templates()), settings, notifications.defaultZone());
        MedicalEditionSlot editions = wiring.provide(MedicalEditionSlot.class, new MedicalEditionSlot());
        wiring.require(MedicalReportHook.Slot.class).install(new MedicalFeedHook(settings, notifications.defaultZone(), editions));
        MedicalNotices notices = new MedicalNotices(wiring.require(ProactivePublisher.class), notifier, guides, settings,
                wiring.require(CommandValidator.class));
        kernel.tasks().register(MedicalNotices.TASK, notices::run);
        wiring.provide(MedicalAttestations.class, new MedicalAttestations(access));
        wiring.provide(MedicalReports.class, new MedicalReads(kernel, access, notifier, guides, settings,
                new GuideFigures(kernel, access, notifications.defaultZone(), notifications.engagementThreshold())));
    }
}
