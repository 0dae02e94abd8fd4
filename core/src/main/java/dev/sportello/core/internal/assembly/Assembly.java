package dev.sportello.core.internal.assembly;

import dev.sportello.AuditTrail;
import dev.sportello.ErrorCode;
import dev.sportello.OutboxAdministration;
import dev.sportello.SportelloException;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.ContactMode;
import dev.sportello.core.AppointmentSettings;
import dev.sportello.core.AttestationSettings;
import dev.sportello.core.DelegationSettings;
import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.DossierSettings;
import dev.sportello.core.MedicalSettings;
import dev.sportello.core.FragileUserSettings;
import dev.sportello.core.NotificationSettings;
import dev.sportello.core.RequestSettings;
import dev.sportello.core.UserSettings;
import dev.sportello.core.internal.appointments.AppointmentsModule;
import dev.sportello.core.internal.attestation.AttestationModule;
import dev.sportello.core.internal.delegation.DelegationModule;
import dev.sportello.core.internal.dossiers.DossiersModule;
import dev.sportello.core.internal.medical.MedicalModule;
import dev.sportello.core.internal.feedback.FeedbackModule;
import dev.sportello.core.internal.fragile.FragileModule;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.AssuranceGuard;
import dev.sportello.core.internal.kernel.AuditTrailService;
import dev.sportello.core.internal.kernel.CommandValidator;
import dev.sportello.core.internal.kernel.EventCodec;
import dev.sportello.core.internal.kernel.Hooks;
import dev.sportello.core.internal.kernel.Ids;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.Observer;
import dev.sportello.core.internal.kernel.KindSpec;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Placeholder;
import dev.sportello.core.internal.kernel.Tasks;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.core.internal.notifications.MessageSender;
import dev.sportello.core.internal.notifications.NotificationsModule;
import dev.sportello.core.internal.notifications.QuietHours;
import dev.sportello.core.internal.notifications.TemplateCatalog;
import dev.sportello.core.internal.offices.OfficesModule;
import dev.sportello.core.internal.outbox.OutboxAdmin;
import dev.sportello.core.internal.outbox.OutboxDispatcher;
import dev.sportello.core.internal.requests.RequestsModule;
import dev.sportello.core.internal.users.UsersModule;
import dev.sportello.offices.Office;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.spi.PostalChannel;
import dev.sportello.spi.SpiVersion;
import dev.sportello.spi.SpiVersioned;
import dev.sportello.spi.UnitOfWork;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the SDK from the integrator's ports: checks the adapters' SPI versions and stores, loads the
 * templates of every area, builds the kernel, then each area in dependency order, then the dispatcher.
 * Adding an area adds one line to {@link #areas()}.
 *
 * <p>Not thread-safe while building; what it builds is.
 */
public final class Assembly {
    private Assembly() {
    }

    /** The areas, in dependency order: an area may use what the areas before it provide. */
    public static List<AreaModule> areas() {
        return List.of(new OfficesModule(), new NotificationsModule(), new UsersModule(), new DelegationModule(),
                new RequestsModule(), new DossiersModule(), new MedicalModule(), new AttestationModule(),
                new AppointmentsModule(), new FeedbackModule(),
                new FragileModule());
    }

    /**
     * What the builder built.
     *
     * @param wiring     the areas' services and facades
     * @param dispatcher the outbox dispatcher
     * @param outbox     the outbox administration
     * @param audit      the audit trail
     * @param validator  the command validator, closed with the SDK
     */
    public record Built(Wiring wiring, OutboxDispatcher dispatcher, OutboxAdministration outbox, AuditTrail audit,
                        CommandValidator validator) {
    }

    /**
     * Builds the SDK.
     *
     * @param ports the adapters and settings
     * @return what was built
     */
    public static Built build(Ports ports) {
        List<AreaModule> areas = areas();
        checkAdapters(ports, areas);
        Clock clock = ports.clock();
        CommandValidator validator = new CommandValidator();
        Tasks tasks = new Tasks();
        Kernel kernel = new Kernel(ports.unitOfWork(), clock, new Ids(clock), new AssuranceGuard(ports.policy(), ports.services()), validator,
                tasks, new Hooks(), new Observer(ports.instrumentation()));
        EventCodec events = new EventCodec();
        areas.forEach(a -> events.register(a.events()));
        ObjectAccess access = new ObjectAccess(ports.directory());
        NotificationSettings notifications = ports.notifications();
        TemplateCatalog templates = TemplateCatalog.load(areas.stream().map(a -> new TemplateCatalog.Bundle(a.getClass(),
                a.messageKinds())).toList(), integratorKinds(notifications), notifications.templates(),
                notifications.maxSmsSegments());
        Wiring wiring = new Wiring();
        wiring.provide(Kernel.class, kernel);
        wiring.provide(ObjectAccess.class, access);
        wiring.provide(OfficeDirectory.class, ports.directory());
        wiring.provide(TemplateCatalog.class, templates);
        wiring.provide(UserSettings.class, ports.users());
        wiring.provide(NotificationSettings.class, notifications);
        wiring.provide(RequestSettings.class, ports.requests());
        wiring.provide(AppointmentSettings.class, ports.appointments());
        wiring.provide(DispatcherSettings.class, ports.dispatcher());
        wiring.provide(DossierSettings.class, ports.dossiers());
        wiring.provide(MedicalSettings.class, ports.medical());
        wiring.provide(AttestationSettings.class, ports.attestations());
        wiring.provide(CommandValidator.class, validator);
        wiring.provide(DelegationSettings.class, ports.delegations());
        wiring.provide(FragileUserSettings.class, ports.fragileUsers());
        wiring.provide(PostalChannel.class, ports.postal());
        areas.forEach(a -> a.start(wiring));
        areas.forEach(a -> a.register(wiring));
        MessageSender sender = new MessageSender(ports.sms(), ports.email(), ports.push(),
                new QuietHours(notifications.quietHoursStart(), notifications.quietHoursEnd()));
        OutboxDispatcher dispatcher = new OutboxDispatcher(kernel, ports.dispatcher(), ports.eventSink(), events, sender);
        return new Built(wiring, dispatcher, new OutboxAdmin(kernel, access), new AuditTrailService(kernel, access), validator);
    }

    private static List<KindSpec> integratorKinds(NotificationSettings settings) {
        List<KindSpec> kinds = new ArrayList<>();
        for (NotificationSettings.KindDeclaration declared : settings.messageKinds()) {
            List<Placeholder> list = new ArrayList<>();
            declared.placeholders().forEach((name, max) -> list.add(Placeholder.text(name, max)));
            if (!declared.placeholders().containsKey("name")) {
                list.add(Placeholder.text("name", 60));
            }
            kinds.add(KindSpec.of(declared.kind(), declared.channels(), list));
        }
        return kinds;
    }

    /** The SPI handshake, the stores every area needs, and a meeting provider for calendars with video calls. */
    private static void checkAdapters(Ports ports, List<AreaModule> areas) {
        SpiVersion spi = SpiVersion.current();
        UnitOfWork storage = ports.unitOfWork();
        spi.require(storage.getClass().getName(), storage.spiVersion());
        List<Object> others = new ArrayList<>(List.of(ports.directory(), ports.eventSink(), ports.sms(), ports.email(),
                ports.push(), ports.postal()));
        ports.appointments().meetingProvider().ifPresent(others::add);
        ports.requests().protocolRegistry().ifPresent(others::add);
        ports.users().fragilityRegister().ifPresent(others::add);
        for (Object port : others) {
            if (port instanceof SpiVersioned versioned) {
                spi.require(port.getClass().getName(), versioned.spiVersion());
            }
        }
        Set<Class<?>> provided = storage.storeTypes();
        Set<String> missing = new TreeSet<>();
        areas.forEach(a -> a.stores().stream().filter(s -> !provided.contains(s)).forEach(s -> missing.add(s.getSimpleName())));
        if (!missing.isEmpty()) {
            throw SportelloException.of(ErrorCode.ADAPTER_STORE_MISSING, Map.of("store", String.join(", ", missing)));
        }
        if (ports.appointments().meetingProvider().isEmpty()) {
            for (Office office : ports.directory().offices()) {
                for (BookingCalendar calendar : ports.directory().calendars(office.code())) {
                    if (calendar.seats(ContactMode.VIDEO_CALL) > 0) {
                        throw SportelloException.invalidField(ErrorCode.CONFIG_MEETING_PROVIDER_MISSING,
                                "AppointmentSettings.meetingProvider", Map.of("office", office.code().value(),
                                        "topic", calendar.topic().code().code()));
                    }
                }
            }
        }
    }
}
