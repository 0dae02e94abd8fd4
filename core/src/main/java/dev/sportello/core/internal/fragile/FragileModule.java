package dev.sportello.core.internal.fragile;

import dev.sportello.EventType;
import dev.sportello.core.FragileUserSettings;
import dev.sportello.core.internal.kernel.AreaModule;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Wiring;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.core.internal.users.UserService;
import dev.sportello.dossiers.spi.DocumentContentStore;
import dev.sportello.dossiers.spi.DocumentStore;
import dev.sportello.fragile.FragileEvents;
import dev.sportello.fragile.FragileUsers;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.spi.PostalChannel;
import dev.sportello.users.spi.UserStore;

import java.util.List;
import java.util.Set;

/**
 * The fragile-users channel (R-USR-5): enrolment with a posted personal code, identification on the phone, the
 * phone line's contacts and callbacks, documents by post. It reads users, offices and their calendars, and
 * dossier documents, so it comes after those areas; its letters go through the postal channel as a remote
 * task of the outbox.
 *
 * <p>Not thread-safe while the SDK is built.
 */
public final class FragileModule implements AreaModule {
    private LetterPost letters;

    @Override
    public String name() {
        return "fragile";
    }

    @Override
    public Set<Class<?>> stores() {
        return Set.of(FragileStore.class, UserStore.class, DocumentStore.class, DocumentContentStore.class);
    }

    @Override
    public List<EventType> events() {
        return FragileEvents.ALL;
    }

    @Override
    public void start(Wiring wiring) {
        Kernel kernel = wiring.require(Kernel.class);
        FragileUserSettings settings = wiring.require(FragileUserSettings.class);
        OfficeService offices = wiring.require(OfficeService.class);
        UserService users = wiring.require(UserService.class);
        ChannelStaff staff = new ChannelStaff(wiring.require(ObjectAccess.class));
        LetterTexts texts = new LetterTexts(settings);
        letters = new LetterPost(kernel, wiring.require(PostalChannel.class), texts, offices);
        wiring.provide(FragileUsers.class, new FragileFacade(
                new Enrolments(kernel, staff, offices, users, new PersonalCodes(settings), letters, texts, settings),
                new Identification(kernel, staff, offices, settings),
                new PhoneLine(kernel, staff, offices, users, new OfficeHours(offices)),
                new DocumentsByPost(kernel, staff, offices, letters, texts)));
    }

    @Override
    public void register(Wiring wiring) {
        wiring.require(Kernel.class).tasks().registerRemote(LetterPost.POST, letters.posting());
    }
}
