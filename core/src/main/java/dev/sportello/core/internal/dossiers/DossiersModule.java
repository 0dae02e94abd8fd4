package dev.sportello.core.internal.dossiers;

import dev.sportello.Channel;
import dev.sportello.EventType;
import dev.sportello.core.DossierSettings;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.CommandValidator;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.KindSpec;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Placeholder;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.core.internal.requests.DossierReferences;
import dev.sportello.dossiers.DossierEvents;
import dev.sportello.dossiers.DossierMessageKinds;
import dev.sportello.dossiers.Dossiers;
import dev.sportello.dossiers.spi.DocumentContentStore;
import dev.sportello.dossiers.spi.DocumentStore;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.users.spi.UserStore;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The dossiers area (R-DOS-1…3): the feed of the systems of record, what users see of their cases, and
 * questions about a dossier through requests. Listed after requests: it installs the dossier references
 * that route and link requests about a dossier.
 *
 * <p>Not thread-safe while the SDK is built.
 */
public final class DossiersModule implements AreaModule {
    private static final Placeholder NAME = Placeholder.text("name", 60);
    private static final Placeholder DOSSIER = Placeholder.code("dossier", 64);
    private static final Placeholder KIND = Placeholder.text("kind", 80);

    @Override
    public String name() {
        return "dossiers";
    }

    @Override
    public Set<Class<?>> stores() {
        return Set.of(DossierStore.class, DocumentStore.class, DocumentContentStore.class, UserStore.class);
    }

    @Override
    public List<KindSpec> messageKinds() {
        Set<Channel> all = EnumSet.allOf(Channel.class);
        Placeholder amount = Placeholder.code("amount", 24);
        Placeholder date = Placeholder.code("date", 10);
        return List.of(
                KindSpec.of(DossierMessageKinds.STATUS_CHANGED, all, List.of(NAME, DOSSIER, KIND, Placeholder.text("status", 200))),
                KindSpec.of(DossierMessageKinds.OUTCOME, all, List.of(NAME, DOSSIER, KIND, Placeholder.text("outcome", 300))),
                KindSpec.of(DossierMessageKinds.MEASURE, all, List.of(NAME, DOSSIER, KIND, Placeholder.text("measure", 80))),
                KindSpec.of(DossierMessageKinds.PAYMENT, all, List.of(NAME, DOSSIER, KIND, amount, date)),
                KindSpec.of(DossierMessageKinds.PAYMENT_RETURNED, all, List.of(NAME, DOSSIER, KIND, amount, date)),
                KindSpec.of(DossierMessageKinds.DOCUMENT, all, List.of(NAME, DOSSIER, KIND, Placeholder.text("document", 200))));
    }

    @Override
    public List<EventType> events() {
        return DossierEvents.ALL;
    }

    @Override
    public void start(Wiring wiring) {
        Kernel kernel = wiring.require(Kernel.class);
        ObjectAccess access = wiring.require(ObjectAccess.class);
        DossierSettings settings = wiring.require(DossierSettings.class);
        DossierNotices notices = new DossierNotices(wiring.require(Notifier.class), settings);
        ReportChecks checks = new ReportChecks(settings, wiring.require(OfficeDirectory.class),
                wiring.require(CommandValidator.class));
        wiring.require(DossierReferences.Slot.class).install(new DossierLinks(wiring.require(OfficeService.class)));
        kernel.tasks().register(DossierFanOut.TASK, new DossierFanOut(notices)::run);
        MedicalReportHook.Slot medical = wiring.provide(MedicalReportHook.Slot.class, new MedicalReportHook.Slot());
        wiring.provide(Dossiers.class, new DossiersFacade(new Feed(kernel, checks, new ReportApplier(medical), settings),
                new DossierReads(kernel, access, settings), new DocumentFiles(kernel, access, settings, notices)));
    }
}
