package dev.sportello.core.internal.requests;

import dev.sportello.Channel;
import dev.sportello.EventType;
import dev.sportello.core.RequestSettings;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.KindSpec;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Placeholder;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.requests.RequestEvents;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.requests.Requests;
import dev.sportello.requests.spi.AttachmentStore;
import dev.sportello.requests.spi.RequestStore;
import dev.sportello.spi.CounterStore;
import dev.sportello.users.spi.UserStore;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The requests area (R-REQ-1…7): two-way communication with the competent office.
 *
 * <p>Not thread-safe while the SDK is built.
 */
public final class RequestsModule implements AreaModule {
    private static final Placeholder NAME = Placeholder.text("name", 60);
    private static final Placeholder PROTOCOL = Placeholder.code("protocol", 40);

    @Override
    public String name() {
        return "requests";
    }

    @Override
    public Set<Class<?>> stores() {
        return Set.of(RequestStore.class, AttachmentStore.class, CounterStore.class, UserStore.class);
    }

    @Override
    public List<KindSpec> messageKinds() {
        Set<Channel> all = EnumSet.allOf(Channel.class);
        return List.of(
                KindSpec.of(RequestMessageKinds.REGISTERED, all, List.of(NAME, PROTOCOL, Placeholder.text("subject", 120))),
                KindSpec.of(RequestMessageKinds.ROUTED, all, List.of(NAME, PROTOCOL, Placeholder.text("office", 40))),
                KindSpec.of(RequestMessageKinds.INFO_REQUESTED, all,
                        List.of(NAME, PROTOCOL, Placeholder.text("comment", 1000))),
                KindSpec.of(RequestMessageKinds.CLOSED, all,
                        List.of(NAME, PROTOCOL, Placeholder.text("outcome", 60), Placeholder.text("comment", 1000))));
    }

    @Override
    public List<EventType> events() {
        return RequestEvents.ALL;
    }

    @Override
    public void start(Wiring wiring) {
        Kernel kernel = wiring.require(Kernel.class);
        ObjectAccess access = wiring.require(ObjectAccess.class);
        OfficeService offices = wiring.require(OfficeService.class);
        Notifier notifier = wiring.require(Notifier.class);
        RequestSettings settings = wiring.require(RequestSettings.class);
        RequestRules rules = new RequestRules(access);
        DossierReferences.Slot dossiers = wiring.provide(DossierReferences.Slot.class, new DossierReferences.Slot());
        Submission submission = new Submission(kernel, offices, TopicCatalog.with(settings.topics()), settings, notifier,
                dossiers);
        wiring.provide(Requests.class, new RequestsFacade(submission,
                new BackOffice(kernel, offices, settings, rules, new RequestMessages(notifier)),
                new RequestReads(kernel, access, submission), rules));
    }
}
