package dev.sportello.examples.quickstart;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sportello.Credential;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.adapters.jdbc.JdbcOfficeDirectory;
import dev.sportello.adapters.jdbc.JdbcStorage;
import dev.sportello.appointments.spi.MeetingProvider;
import dev.sportello.core.SportelloSdk;
import dev.sportello.spi.EmailChannel;
import dev.sportello.spi.EventSink;
import dev.sportello.spi.PushChannel;
import dev.sportello.spi.SmsChannel;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactKind;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;

/**
 * The integration snippet of README.md, kept here so that it compiles with every change;
 * {@code ReadmeSnippetTest} checks that the README shows exactly the lines between the markers. It is
 * not run by the quickstart (it needs a PostgreSQL server and real transports).
 *
 * <p>Not thread-safe; call once at start-up.
 */
final class Integration {
    private Integration() {
    }

    /**
     * Connects the SDK to PostgreSQL and the integrator's transports, then registers a citizen.
     *
     * @param mySmsGateway an SMS gateway adapter
     * @param mySmtp       an e-mail adapter
     * @param myPush       a push adapter
     * @param myEventBus   an event bus adapter
     * @param myMeetings   a video-meeting adapter
     * @param scheduler    the host's scheduler that drives delivery
     * @return the running SDK; close it at shutdown
     */
    static SportelloSdk start(SmsChannel mySmsGateway, EmailChannel mySmtp, PushChannel myPush, EventSink myEventBus,
                              MeetingProvider myMeetings, ScheduledExecutorService scheduler) {
        // README:start
        HikariConfig pool = new HikariConfig();                         // any javax.sql.DataSource will do
        pool.setJdbcUrl("jdbc:postgresql://db.example.it:5432/sportello");
        pool.setUsername("sportello");
        pool.setPassword(System.getenv("SPORTELLO_DB_PASSWORD"));
        DataSource dataSource = new HikariDataSource(pool);

        SportelloSdk sdk = SportelloSdk.builder()
                .unitOfWork(JdbcStorage.of(dataSource).migrate())       // or new MemoryStorage()
                .officeDirectory(JdbcOfficeDirectory.of(dataSource, Duration.ofMinutes(5)))
                .smsChannel(mySmsGateway).emailChannel(mySmtp).pushChannel(myPush)
                .eventSink(myEventBus)
                .appointments(a -> a.meetingProvider(myMeetings))       // per-area settings
                .serviceGrants(ServiceGrants.builder()                  // services may do only what they are granted
                        .grant("portal", Operation.USER_REGISTER).build())
                .build();

        Principal portal = Principal.service("portal");                // your back end, after SPID/CIE login
        UserProfile maria = sdk.users().register(portal,
                new RegisterCitizen(TaxCode.parse("RSSMRA85T10A562S", "taxCode"), "Maria Rossi",
                        new MunicipalityCode("H501"), Language.IT));

        Principal asMaria = Principal.user(maria.id(), Credential.SPID_L2);
        sdk.users().addContact(asMaria, new AddContact(maria.id(), ContactKind.MOBILE, "347 123 4567"));

        sdk.dispatcher().start(scheduler, Duration.ofSeconds(1));     // you drive delivery after commit
        // README:end
        return sdk;
    }
}
