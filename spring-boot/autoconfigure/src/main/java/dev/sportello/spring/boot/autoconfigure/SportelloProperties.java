package dev.sportello.spring.boot.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

import dev.sportello.Operation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code sportello.*} properties of the starter: storage, office directory, dispatcher, the area
 * settings the integrators change most often, and the SMTP channel. Every default equals the SDK's
 * own default; what the properties do not cover is set with a {@link SportelloSdkCustomizer} bean.
 *
 * <p>Not thread-safe: Spring binds it once at start-up; treat it as read-only afterwards.
 */
@ConfigurationProperties("sportello")
public class SportelloProperties {
    /** Storage. */
    private final Storage storage = new Storage();
    /** The office directory. */
    private final OfficeDirectory officeDirectory = new OfficeDirectory();
    /** The outbox dispatcher. */
    @NestedConfigurationProperty
    private final DispatcherProperties dispatcher = new DispatcherProperties();
    /** Users: one-time codes. */
    @NestedConfigurationProperty
    private final UserProperties users = new UserProperties();
    /** Notifications: SMS limits, quiet hours, notices. */
    @NestedConfigurationProperty
    private final NotificationProperties notifications = new NotificationProperties();
    /** Requests: attachments, pilot offices. */
    @NestedConfigurationProperty
    private final RequestProperties requests = new RequestProperties();
    /** Appointments: booking limits and timings. */
    @NestedConfigurationProperty
    private final AppointmentProperties appointments = new AppointmentProperties();
    /** The SMTP e-mail channel (adapters/mail on the class path). */
    @NestedConfigurationProperty
    private final MailProperties mail = new MailProperties();
    /** The health indicator: when it reports DEGRADED. */
    @NestedConfigurationProperty
    private final HealthProperties health = new HealthProperties();
    /**
     * The operations each back-end service principal may perform, by service name, e.g.
     * {@code sportello.services.portal=USER_REGISTER,USER_READ}. A service not named here is denied everything.
     */
    private final Map<String, Set<Operation>> services = new LinkedHashMap<>();

    /** {@return the operations granted to each service, by name; never null, mutable while Spring binds it} */
    public Map<String, Set<Operation>> getServices() {
        return services;
    }

    /** {@return the health indicator's properties, never null} */
    public HealthProperties getHealth() {
        return health;
    }

    /** {@return the storage properties, never null} */
    public Storage getStorage() {
        return storage;
    }

    /** {@return the office directory properties, never null} */
    public OfficeDirectory getOfficeDirectory() {
        return officeDirectory;
    }

    /** {@return the dispatcher properties, never null} */
    public DispatcherProperties getDispatcher() {
        return dispatcher;
    }

    /** {@return the users properties, never null} */
    public UserProperties getUsers() {
        return users;
    }

    /** {@return the notifications properties, never null} */
    public NotificationProperties getNotifications() {
        return notifications;
    }

    /** {@return the requests properties, never null} */
    public RequestProperties getRequests() {
        return requests;
    }

    /** {@return the appointments properties, never null} */
    public AppointmentProperties getAppointments() {
        return appointments;
    }

    /** {@return the SMTP channel properties, never null} */
    public MailProperties getMail() {
        return mail;
    }

    /**
     * The storage: the application's {@code DataSource} (JDBC storage on PostgreSQL or H2) when there is
     * exactly one, else memory. Not thread-safe: bound once.
     */
    public static class Storage {
        /** Whether to create or upgrade the SDK's tables with Flyway at start-up (JDBC storage only). */
        private boolean migrate = true;
        /**
         * Whether the SDK's commands join the application's Spring transaction on the same DataSource
         * (both commit or neither does); without one, each command runs in a transaction of its own.
         */
        private boolean joinHostTransactions = true;

        /** {@return whether the schema is migrated at start-up} */
        public boolean isMigrate() {
            return migrate;
        }

        /** @param migrate whether the schema is migrated at start-up */
        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }

        /** {@return whether commands join the host's Spring transaction} */
        public boolean isJoinHostTransactions() {
            return joinHostTransactions;
        }

        /** @param joinHostTransactions whether commands join the host's Spring transaction */
        public void setJoinHostTransactions(boolean joinHostTransactions) {
            this.joinHostTransactions = joinHostTransactions;
        }
    }

    /**
     * The office directory: the application's {@code OfficeDirectory} bean, else the JDBC directory (the
     * {@code sportello_offices} tables) when the storage is JDBC. Not thread-safe: bound once.
     */
    public static class OfficeDirectory {
        /** Whether to read the directory from the database tables when the application defines no OfficeDirectory bean. */
        private boolean fromDatabase = true;
        /** How long the JDBC directory caches what it read (zero: no cache; at most one day). */
        private Duration cacheFor = Duration.ofMinutes(5);

        /** {@return whether the JDBC directory is used when no bean is defined} */
        public boolean isFromDatabase() {
            return fromDatabase;
        }

        /** @param fromDatabase whether the JDBC directory is used when no bean is defined */
        public void setFromDatabase(boolean fromDatabase) {
            this.fromDatabase = fromDatabase;
        }

        /** {@return the cache time of the JDBC directory, not null after binding} */
        public Duration getCacheFor() {
            return cacheFor;
        }

        /** @param cacheFor the cache time of the JDBC directory */
        public void setCacheFor(Duration cacheFor) {
            this.cacheFor = cacheFor;
        }
    }
}
