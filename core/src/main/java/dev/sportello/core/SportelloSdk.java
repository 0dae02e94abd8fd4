package dev.sportello.core;

import dev.sportello.AssurancePolicy;
import dev.sportello.ServiceGrants;
import dev.sportello.AuditTrail;
import dev.sportello.Dispatcher;
import dev.sportello.OutboxAdministration;
import dev.sportello.Sportello;
import dev.sportello.appointments.Appointments;
import dev.sportello.core.internal.assembly.Assembly;
import dev.sportello.core.internal.assembly.Ports;
import dev.sportello.delegation.Delegations;
import dev.sportello.dossiers.Dossiers;
import dev.sportello.feedback.Feedback;
import dev.sportello.fragile.FragileUsers;
import dev.sportello.notifications.Notifications;
import dev.sportello.offices.Offices;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.requests.Requests;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EmailChannel;
import dev.sportello.spi.EventSink;
import dev.sportello.spi.Instrumentation;
import dev.sportello.spi.PostalChannel;
import dev.sportello.spi.PushChannel;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.Users;

import java.time.Clock;

/**
 * The SDK: the {@link Sportello} facade assembled from the adapters the application chooses and the
 * settings of each area. Built with an explicit {@link #builder()}: no classpath scanning, no service
 * loader.
 *
 * <pre>{@code
 * SportelloSdk sdk = SportelloSdk.builder()
 *         .unitOfWork(new MemoryStorage())
 *         .officeDirectory(directory)
 *         .smsChannel(sms).emailChannel(mail)
 *         .appointments(a -> a.meetingProvider(meetings))
 *         .requests(r -> r.maxFiles(3))
 *         .build();
 * }</pre>
 *
 * <p>Thread-safe. Close it to stop the dispatcher and its send threads.
 */
public final class SportelloSdk implements Sportello, AutoCloseable {
    private final Assembly.Built built;

    private SportelloSdk(Assembly.Built built) {
        this.built = built;
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Users users() {
        return built.wiring().require(Users.class);
    }

    @Override
    public Offices offices() {
        return built.wiring().require(Offices.class);
    }

    @Override
    public Delegations delegations() {
        return built.wiring().require(Delegations.class);
    }

    @Override
    public Notifications notifications() {
        return built.wiring().require(Notifications.class);
    }

    @Override
    public Requests requests() {
        return built.wiring().require(Requests.class);
    }

    @Override
    public Appointments appointments() {
        return built.wiring().require(Appointments.class);
    }

    @Override
    public Feedback feedback() {
        return built.wiring().require(Feedback.class);
    }

    @Override
    public Dossiers dossiers() {
        return built.wiring().require(Dossiers.class);
    }

    /**
     * Medical reports and their personalised guide (R-DOS-4, R-NOT-4).
     *
     * @return the medical reports, thread-safe
     */
    public dev.sportello.medical.MedicalReports medicalReports() {
        return built.wiring().require(dev.sportello.medical.MedicalReports.class);
    }

    /**
     * The QR attestations of an attested status (R-DOS-5).
     *
     * @return the attestations, thread-safe
     */
    public dev.sportello.attestation.Attestations attestations() {
        return built.wiring().require(dev.sportello.attestation.Attestations.class);
    }

    @Override
    public FragileUsers fragileUsers() {
        return built.wiring().require(FragileUsers.class);
    }

    @Override
    public Dispatcher dispatcher() {
        return built.dispatcher();
    }

    @Override
    public OutboxAdministration outbox() {
        return built.outbox();
    }

    @Override
    public AuditTrail audit() {
        return built.audit();
    }

    @Override
    public void close() {
        built.dispatcher().close();
        built.validator().close();
    }

    /**
     * Collects the adapters and the settings of every area. {@link #unitOfWork} and
     * {@link #officeDirectory} are required; every setter checks its argument ({@code CONFIG_INVALID} naming
     * it). Not thread-safe.
     */
    public static final class Builder extends AreaSettingsBuilder<Builder> {
        private UnitOfWork unitOfWork;
        private OfficeDirectory directory;
        private Clock clock = Clock.systemUTC();
        private AssurancePolicy policy = AssurancePolicy.defaults();
        private ServiceGrants services = ServiceGrants.none();
        private EventSink eventSink = event -> DeliveryResult.accepted(event.id());
        private SmsChannel sms = message -> DeliveryResult.refused("no SMS channel is configured");
        private EmailChannel email = message -> DeliveryResult.refused("no e-mail channel is configured");
        private PushChannel push = message -> DeliveryResult.refused("no push channel is configured");
        private PostalChannel postal = letter -> DeliveryResult.refused("no postal channel is configured");
        private Instrumentation instrumentation = Instrumentation.NONE;

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * The storage: every store, in transactions. Required.
         *
         * @param value e.g. {@code new MemoryStorage()} or a {@code JdbcStorage}
         * @return this builder
         */
        public Builder unitOfWork(UnitOfWork value) {
            unitOfWork = SettingsChecks.required(value, "unitOfWork");
            return this;
        }

        /**
         * The integrator's office directory. Required.
         *
         * @param value the directory
         * @return this builder
         */
        public Builder officeDirectory(OfficeDirectory value) {
            directory = SettingsChecks.required(value, "officeDirectory");
            return this;
        }

        /**
         * The clock (the UTC system clock by default).
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            clock = SettingsChecks.required(value, "clock");
            return this;
        }

        /**
         * The assurance policy (R-USR-2 defaults otherwise).
         *
         * @param value the policy
         * @return this builder
         */
        public Builder assurancePolicy(AssurancePolicy value) {
            policy = SettingsChecks.required(value, "assurancePolicy");
            return this;
        }

        /**
         * The operations each back-end service may perform ({@link ServiceGrants#none()} otherwise: every
         * service principal is denied until granted).
         *
         * @param value the grants, not null
         * @return this builder
         */
        public Builder serviceGrants(ServiceGrants value) {
            services = SettingsChecks.required(value, "serviceGrants");
            return this;
        }

        /**
         * Where domain events go after commit (by default they are dropped).
         *
         * @param value the sink
         * @return this builder
         */
        public Builder eventSink(EventSink value) {
            eventSink = SettingsChecks.required(value, "eventSink");
            return this;
        }

        /**
         * The SMS transport (by default SMS are refused as "not configured").
         *
         * @param value the channel
         * @return this builder
         */
        public Builder smsChannel(SmsChannel value) {
            sms = SettingsChecks.required(value, "smsChannel");
            return this;
        }

        /**
         * The e-mail transport (by default e-mails are refused as "not configured").
         *
         * @param value the channel
         * @return this builder
         */
        public Builder emailChannel(EmailChannel value) {
            email = SettingsChecks.required(value, "emailChannel");
            return this;
        }

        /**
         * The push transport (by default pushes are refused as "not configured").
         *
         * @param value the channel
         * @return this builder
         */
        public Builder pushChannel(PushChannel value) {
            push = SettingsChecks.required(value, "pushChannel");
            return this;
        }

        /**
         * The print-and-post transport of letters (by default they are refused as "not configured"; a letter
         * never goes by another channel).
         *
         * @param value the channel
         * @return this builder
         */
        public Builder postalChannel(PostalChannel value) {
            postal = SettingsChecks.required(value, "postalChannel");
            return this;
        }

        /**
         * Sets the instrumentation that observes every command, dispatcher batch and transport call (the
         * Spring Boot starter gives one over Micrometer). Default: none.
         *
         * @param value the instrumentation, not null
         * @return this builder
         */
        public Builder instrumentation(Instrumentation value) {
            instrumentation = SettingsChecks.required(value, "instrumentation");
            return this;
        }

        /**
         * Builds the SDK: checks the adapters (SPI version, stores, a meeting provider where calendars offer
         * video calls), loads and checks the templates.
         *
         * @return the SDK
         * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} if a required adapter is
         *         missing, {@code CONFIG_MEETING_PROVIDER_MISSING}, or a template error
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_SPI_INCOMPATIBLE} or
         *         {@code ADAPTER_STORE_MISSING}
         */
        public SportelloSdk build() {
            SettingsChecks.required(unitOfWork, "unitOfWork");
            SettingsChecks.required(directory, "officeDirectory");
            return new SportelloSdk(Assembly.build(new Ports(unitOfWork, directory, clock, policy, services, eventSink, sms,
                    email, push, users, notifications, requests, appointments, dispatcher, instrumentation, dossiers,
                    delegations, postal, fragileUsers, medical,
                    attestationSettings())));
        }
    }
}
