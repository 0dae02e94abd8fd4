package dev.sportello.core;

import dev.sportello.AssurancePolicy;
import dev.sportello.AuditTrail;
import dev.sportello.Channel;
import dev.sportello.Dispatcher;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.Sportello;
import dev.sportello.SportelloException;
import dev.sportello.appointments.Appointments;
import dev.sportello.core.appointments.AppointmentService;
import dev.sportello.core.delegation.DelegationService;
import dev.sportello.core.kernel.Admins;
import dev.sportello.core.kernel.AssuranceGuard;
import dev.sportello.core.kernel.AuditTrailService;
import dev.sportello.core.kernel.CommandValidator;
import dev.sportello.core.kernel.Ids;
import dev.sportello.core.kernel.Kernel;
import dev.sportello.core.notifications.KindSpec;
import dev.sportello.core.notifications.MessageSender;
import dev.sportello.core.notifications.NotificationService;
import dev.sportello.core.notifications.Notifier;
import dev.sportello.core.notifications.Placeholder;
import dev.sportello.core.notifications.TemplateCatalog;
import dev.sportello.core.offices.OfficeService;
import dev.sportello.core.outbox.OutboxDispatcher;
import dev.sportello.core.requests.GaplessProtocolRegistry;
import dev.sportello.core.requests.RequestService;
import dev.sportello.core.requests.TopicCatalog;
import dev.sportello.core.users.UserService;
import dev.sportello.delegation.Delegations;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.Notifications;
import dev.sportello.offices.Offices;
import dev.sportello.requests.Requests;
import dev.sportello.requests.Topic;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EmailChannel;
import dev.sportello.spi.EventSink;
import dev.sportello.spi.FragilityRegister;
import dev.sportello.spi.MeetingProvider;
import dev.sportello.spi.OfficeDirectory;
import dev.sportello.spi.ProtocolRegistry;
import dev.sportello.spi.PushChannel;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.Users;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The SDK: the {@link Sportello} facade wired from the adapters the application chooses. Built with
 * an explicit {@link #builder()}: no classpath scanning, no service loader.
 *
 * <pre>{@code
 * SportelloSdk sdk = SportelloSdk.builder()
 *         .unitOfWork(new MemoryStorage())
 *         .officeDirectory(directory)
 *         .smsChannel(sms).emailChannel(mail)
 *         .build();
 * }</pre>
 *
 * <p>Thread-safe. Close it to stop the dispatcher and its send threads.
 */
public final class SportelloSdk implements Sportello, AutoCloseable {
    private final CommandValidator validator;
    private final UserService users;
    private final OfficeService offices;
    private final DelegationService delegations;
    private final NotificationService notifications;
    private final OutboxDispatcher dispatcher;
    private final AuditTrailService audit;
    private final RequestService requests;
    private final AppointmentService appointments;

    private SportelloSdk(Builder b) {
        Clock clock = b.clock;
        validator = new CommandValidator();
        Ids ids = new Ids(clock);
        AssuranceGuard guard = new AssuranceGuard(b.policy);
        Kernel kernel = new Kernel(b.unitOfWork, clock, ids, guard, validator);
        Admins admins = new Admins(b.directory);
        TemplateCatalog templates = TemplateCatalog.load(b.kinds, b.templates, b.notificationSettings.maxSmsSegments());
        Notifier notifier = new Notifier(templates, b.directory, b.notificationSettings);
        MessageSender sender = new MessageSender(b.sms, b.email, b.push, notifier.quietHours());
        dispatcher = new OutboxDispatcher(kernel, b.dispatcherSettings, b.eventSink, sender, admins);
        offices = new OfficeService(kernel, b.directory);
        users = new UserService(kernel, offices, notifier, b.verificationSettings, b.fragility);
        delegations = new DelegationService(kernel);
        notifications = new NotificationService(kernel, notifier, b.notificationSettings, admins, guard);
        dispatcher.handle(NotificationService.EXPIRE_NOTICE, NotificationService::expireNotice);
        audit = new AuditTrailService(kernel, admins);
        requests = new RequestService(kernel, offices, notifier, TopicCatalog.with(b.topics), b.requestSettings,
                b.protocolRegistry);
        appointments = new AppointmentService(kernel, guard, offices, users, notifier, b.meetings, b.appointmentSettings);
        dispatcher.handle(AppointmentService.NO_SHOW_TASK, appointments::noShowTask);
        dispatcher.handle(AppointmentService.OFFER_EXPIRY_TASK, appointments::offerExpiryTask);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Users users() {
        return users;
    }

    @Override
    public Offices offices() {
        return offices;
    }

    @Override
    public Delegations delegations() {
        return delegations;
    }

    @Override
    public Notifications notifications() {
        return notifications;
    }

    @Override
    public Requests requests() {
        return requests;
    }

    @Override
    public Appointments appointments() {
        return appointments;
    }

    @Override
    public Dispatcher dispatcher() {
        return dispatcher;
    }

    @Override
    public AuditTrail audit() {
        return audit;
    }

    @Override
    public void close() {
        dispatcher.close();
        validator.close();
    }

    /**
     * Collects the adapters and settings of an SDK; {@link #unitOfWork} and {@link #officeDirectory}
     * are required. Not thread-safe.
     */
    public static final class Builder {
        private UnitOfWork unitOfWork;
        private OfficeDirectory directory;
        private Clock clock = Clock.systemUTC();
        private AssurancePolicy policy = AssurancePolicy.defaults();
        private EventSink eventSink = event -> DeliveryResult.accepted(event.id());
        private SmsChannel sms = message -> DeliveryResult.refused("no SMS channel is configured");
        private EmailChannel email = message -> DeliveryResult.refused("no e-mail channel is configured");
        private PushChannel push = message -> DeliveryResult.refused("no push channel is configured");
        private DispatcherSettings dispatcherSettings = DispatcherSettings.defaults();
        private NotificationSettings notificationSettings = NotificationSettings.defaults();
        private VerificationSettings verificationSettings = VerificationSettings.defaults();
        private final List<KindSpec> kinds = new ArrayList<>();
        private final List<Topic> topics = new ArrayList<>();
        private RequestSettings requestSettings = RequestSettings.defaults();
        private ProtocolRegistry protocolRegistry = new GaplessProtocolRegistry();
        private final Map<Language, Map<String, String>> templates = new EnumMap<>(Language.class);
        private AppointmentSettings appointmentSettings = AppointmentSettings.defaults();
        private FragilityRegister fragility = taxCode -> Optional.empty();
        private MeetingProvider meetings = request -> {
            throw SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("adapter", "meetings"));
        };

        private Builder() {
        }

        /**
         * The storage: every store, in transactions. Required.
         *
         * @param value e.g. {@code new MemoryStorage()} or a {@code JdbcStorage}
         * @return this builder
         */
        public Builder unitOfWork(UnitOfWork value) {
            this.unitOfWork = Objects.requireNonNull(value, "unitOfWork");
            return this;
        }

        /**
         * The integrator's office directory. Required.
         *
         * @param value the directory
         * @return this builder
         */
        public Builder officeDirectory(OfficeDirectory value) {
            this.directory = Objects.requireNonNull(value, "officeDirectory");
            return this;
        }

        /**
         * The clock (UTC system clock by default).
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * The assurance policy (R-USR-2 defaults otherwise).
         *
         * @param value the policy
         * @return this builder
         */
        public Builder assurancePolicy(AssurancePolicy value) {
            this.policy = Objects.requireNonNull(value, "assurancePolicy");
            return this;
        }

        /**
         * Where domain events go after commit (by default they are dropped).
         *
         * @param value the sink
         * @return this builder
         */
        public Builder eventSink(EventSink value) {
            this.eventSink = Objects.requireNonNull(value, "eventSink");
            return this;
        }

        /**
         * The SMS transport (by default SMS are refused as "not configured").
         *
         * @param value the channel
         * @return this builder
         */
        public Builder smsChannel(SmsChannel value) {
            this.sms = Objects.requireNonNull(value, "smsChannel");
            return this;
        }

        /**
         * The e-mail transport (by default e-mails are refused as "not configured").
         *
         * @param value the channel
         * @return this builder
         */
        public Builder emailChannel(EmailChannel value) {
            this.email = Objects.requireNonNull(value, "emailChannel");
            return this;
        }

        /**
         * The push transport (by default pushes are refused as "not configured").
         *
         * @param value the channel
         * @return this builder
         */
        public Builder pushChannel(PushChannel value) {
            this.push = Objects.requireNonNull(value, "pushChannel");
            return this;
        }

        /**
         * Dispatcher settings.
         *
         * @param value the settings
         * @return this builder
         */
        public Builder dispatcherSettings(DispatcherSettings value) {
            this.dispatcherSettings = Objects.requireNonNull(value, "dispatcherSettings");
            return this;
        }

        /**
         * Notification settings.
         *
         * @param value the settings
         * @return this builder
         */
        public Builder notificationSettings(NotificationSettings value) {
            this.notificationSettings = Objects.requireNonNull(value, "notificationSettings");
            return this;
        }

        /**
         * One-time code settings.
         *
         * @param value the settings
         * @return this builder
         */
        public Builder verificationSettings(VerificationSettings value) {
            this.verificationSettings = Objects.requireNonNull(value, "verificationSettings");
            return this;
        }

        /**
         * Overrides or adds template texts for a language, keyed as the bundled files
         * ({@code KIND.sms}, {@code KIND.email.subject}, …). Checked when the SDK is built.
         *
         * @param language the language
         * @param texts    the texts
         * @return this builder
         */
        public Builder templates(Language language, Map<String, String> texts) {
            templates.computeIfAbsent(Objects.requireNonNull(language, "language"), l -> new java.util.HashMap<>())
                    .putAll(Map.copyOf(texts));
            return this;
        }

        /**
         * Declares a message kind of the integrator (e.g. for its proactive notices), with the channels that
         * must have an Italian template and its placeholders with their longest value. Placeholder values
         * may use any character.
         *
         * @param kind         the kind
         * @param channels     the channels
         * @param placeholders placeholder names and their longest value
         * @return this builder
         */
        public Builder messageKind(MessageKind kind, Set<Channel> channels, Map<String, Integer> placeholders) {
            List<Placeholder> list = new ArrayList<>();
            placeholders.forEach((name, max) -> list.add(Placeholder.text(name, max)));
            if (!placeholders.containsKey("name")) {
                list.add(Placeholder.text("name", 60));
            }
            kinds.add(KindSpec.of(kind, channels, list));
            return this;
        }

        /**
         * Request limits, outcomes and pilot offices.
         *
         * @param value the settings
         * @return this builder
         */
        public Builder requestSettings(RequestSettings value) {
            this.requestSettings = Objects.requireNonNull(value, "requestSettings");
            return this;
        }

        /**
         * Adds a request topic, or replaces a seed topic with the same code.
         *
         * @param topic the topic
         * @return this builder
         */
        public Builder topic(Topic topic) {
            topics.add(Objects.requireNonNull(topic, "topic"));
            return this;
        }

        /**
         * The protocol registry (a gapless counter per office and year by default).
         *
         * @param value the registry
         * @return this builder
         */
        public Builder protocolRegistry(ProtocolRegistry value) {
            this.protocolRegistry = Objects.requireNonNull(value, "protocolRegistry");
            return this;
        }

        /**
         * Appointment rules and timings.
         *
         * @param value the settings
         * @return this builder
         */
        public Builder appointmentSettings(AppointmentSettings value) {
            this.appointmentSettings = Objects.requireNonNull(value, "appointmentSettings");
            return this;
        }

        /**
         * The institution's records for fragile-users eligibility (R-USR-5). Without one nobody is
         * eligible, so sign-language video calls cannot be booked.
         *
         * @param value the register
         * @return this builder
         */
        public Builder fragilityRegister(FragilityRegister value) {
            this.fragility = Objects.requireNonNull(value, "fragilityRegister");
            return this;
        }

        /**
         * The web-meeting system that opens the rooms of video calls. Without one, booking a video call
         * fails with {@code ADAPTER_FAILED}.
         *
         * @param value the provider, e.g. {@code new DeterministicMeetings(...)} from {@code adapters/memory}
         * @return this builder
         */
        public Builder meetingProvider(MeetingProvider value) {
            this.meetings = Objects.requireNonNull(value, "meetingProvider");
            return this;
        }

        /**
         * Builds the SDK, loading and checking the templates.
         *
         * @return the SDK
         * @throws IllegalStateException if a required adapter is missing
         * @throws dev.sportello.InvalidInputException if a template is invalid
         */
        public SportelloSdk build() {
            if (unitOfWork == null || directory == null) {
                throw new IllegalStateException("unitOfWork and officeDirectory are required");
            }
            return new SportelloSdk(this);
        }
    }
}
