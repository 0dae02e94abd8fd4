package dev.sportello.core.internal.testing;

import dev.sportello.AuditEntry;
import dev.sportello.AuditSubject;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.SportelloException;
import dev.sportello.adapters.memory.DeterministicMeetings;
import dev.sportello.adapters.memory.MemoryFragilityRegister;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.adapters.memory.MutableClock;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.core.SportelloSdk;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.AcceptDelegation;
import dev.sportello.delegation.DelegationRequested;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.notifications.MessageView;
import dev.sportello.offices.Office;
import dev.sportello.spi.SmsMessage;
import dev.sportello.spi.Stores;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.FragilityFacts;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.RegisterCompany;
import dev.sportello.users.RegisterIntermediary;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UserProfile;
import dev.sportello.users.VerifyContact;
import org.assertj.core.api.ThrowableAssert;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real SDK over the in-memory storage, with a hand-moved clock, the test office directory, recording
 * channels, deterministic meeting rooms and a fragile-users register; plus shortcuts to create users,
 * verify contacts, grant mandates, read the audit trail and deliver what is due. One per test.
 */
public final class CoreFixture implements AutoCloseable {
    /** A portal back-end service principal. */
    public static final Principal PORTAL = Principal.service("portal");   // granted every operation by the builder below
    /** Monday 23 November 2026, 10:00 in Rome. */
    public static final Instant START = Instant.parse("2026-11-23T09:00:00Z");
    /** A back-office operator of Roma. */
    public static final Principal BACK_OFFICE = Principal.operator(TestOffices.ROMA_BACK_OFFICE, Credential.CIE);
    /** Another back-office operator of Roma. */
    public static final Principal BACK_OFFICE_2 = Principal.operator(TestOffices.ROMA_BACK_OFFICE_2, Credential.CIE);
    /** Roma's supervisor. */
    public static final Principal SUPERVISOR = Principal.operator(TestOffices.ROMA_SUPERVISOR, Credential.CIE);
    /** A front-office operator of Roma. */
    public static final Principal FRONT_OFFICE = Principal.operator(TestOffices.ROMA_FRONT_OFFICE, Credential.CIE);
    /** Roma's sign-language operator. */
    public static final Principal INTERPRETER = Principal.operator(TestOffices.ROMA_SIGN_LANGUAGE, Credential.CIE);
    /** A back-office operator of Cagliari. */
    public static final Principal CAGLIARI = Principal.operator(TestOffices.CAGLIARI_BACK_OFFICE, Credential.CIE);

    /** The clock of the SDK, at {@link #START}. */
    public final MutableClock clock = new MutableClock(START);
    /** What the channels and the event sink received. */
    public final RecordingChannels channels = new RecordingChannels();
    /** The storage. */
    public final MemoryStorage storage = new MemoryStorage();
    /** The fragile-users register (R-USR-5). */
    public final MemoryFragilityRegister fragility = new MemoryFragilityRegister();
    /** The meeting provider of video calls. */
    public final DeterministicMeetings meetings = new DeterministicMeetings();
    /** Identifiers from a fixed seed. */
    public final TestData data = new TestData(20261123L);
    /** The SDK. */
    public final SportelloSdk sdk;
    private int keys;

    /** The SDK with default settings. */
    public CoreFixture() {
        this(builder -> { });
    }

    /**
     * The SDK with changed settings.
     *
     * @param customizer changes to the builder, applied last
     */
    public CoreFixture(Consumer<SportelloSdk.Builder> customizer) {
        this(storage -> storage, customizer);
    }

    /**
     * The SDK over a wrapper of the memory storage (to inject faults), with changed settings.
     *
     * @param wrapper    wraps {@link #storage}
     * @param customizer changes to the builder, applied last
     */
    public CoreFixture(Function<UnitOfWork, UnitOfWork> wrapper, Consumer<SportelloSdk.Builder> customizer) {
        SportelloSdk.Builder builder = SportelloSdk.builder()
                .unitOfWork(wrapper.apply(storage))
                .officeDirectory(TestOffices.directory())
                .clock(clock)
                .eventSink(channels)
                .smsChannel(channels)
                .emailChannel(channels)
                .pushChannel(channels)
                .appointments(a -> a.meetingProvider(meetings))
                .users(u -> u.fragilityRegister(fragility))
                .dispatcher(d -> d.timeouts(Duration.ofSeconds(30), Duration.ofSeconds(5)))
                .serviceGrants(ServiceGrants.builder().grant("portal", EnumSet.allOf(Operation.class)).build());
        customizer.accept(builder);
        this.sdk = builder.build();
    }

    /**
     * A user signed in with SPID level 2.
     *
     * @param user the user
     * @return the principal
     */
    public static Principal as(UserProfile user) {
        return Principal.user(user.id(), Credential.SPID_L2);
    }

    /**
     * A user signed in with CIE.
     *
     * @param user the user
     * @return the principal
     */
    public static Principal cie(UserProfile user) {
        return Principal.user(user.id(), Credential.CIE);
    }

    /**
     * An instant from a wall-clock time in Rome.
     *
     * @param localDateTime e.g. {@code 2026-11-24T10:00}
     * @return the instant
     */
    public static Instant rome(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Office.ROME).toInstant();
    }

    /** A fresh idempotency key. */
    public String key() {
        return "key-test-" + (++keys);
    }

    /** Registers an adult citizen resident in Rome. */
    public UserProfile citizen() {
        return citizen("H501");
    }

    /**
     * Registers an adult citizen resident in a municipality.
     *
     * @param municipality the municipality code
     * @return the profile
     */
    public UserProfile citizen(String municipality) {
        return register(data.adultTaxCode(), municipality);
    }

    /**
     * Registers a citizen born on a day, resident in Rome.
     *
     * @param birth the birth date
     * @return the profile
     */
    public UserProfile citizenBorn(LocalDate birth) {
        return register(data.taxCode(birth, false, "H501"), "H501");
    }

    /**
     * Registers a citizen with a tax code.
     *
     * @param code         the tax code
     * @param municipality the municipality of residence
     * @return the profile
     */
    public UserProfile register(TaxCode code, String municipality) {
        return sdk.users().register(PORTAL, new RegisterCitizen(code, "Maria Rossi", new MunicipalityCode(municipality),
                Language.IT));
    }

    /** Registers a company with its seat in Rome. */
    public UserProfile company() {
        return company("H501");
    }

    /**
     * Registers a company with its seat in a municipality.
     *
     * @param municipality the municipality code
     * @return the profile
     */
    public UserProfile company(String municipality) {
        return sdk.users().register(PORTAL, new RegisterCompany(data.vatNumber(), "Edilizia Rossi S.r.l.",
                data.registrationNumber(), new MunicipalityCode(municipality), Language.IT));
    }

    /** Registers an intermediary (a labour consultant) in Rome. */
    public UserProfile intermediary() {
        return sdk.users().register(PORTAL, new RegisterIntermediary(data.adultTaxCode(), "Studio Verdi",
                new MunicipalityCode("H501"), Language.IT));
    }

    /**
     * Records a citizen as deaf (R-USR-5 c).
     *
     * @param user the citizen
     * @return the same user
     */
    public UserProfile deaf(UserProfile user) {
        fragility.put((TaxCode) user.fiscalCode(), FragilityFacts.deafPerson());
        return user;
    }

    /**
     * Adds a contact point and verifies it with the code delivered to it.
     *
     * @param user  the user
     * @param kind  mobile or e-mail
     * @param value the number or address
     * @return the verified contact point
     */
    public ContactPoint verifiedContact(UserProfile user, ContactKind kind, String value) {
        ContactPoint added = sdk.users().addContact(as(user), new AddContact(user.id(), kind, value));
        sdk.dispatcher().drain(10);
        return sdk.users().verifyContact(as(user), new VerifyContact(user.id(), added.id(), lastCode(added)));
    }

    /** A citizen in Rome with a verified mobile and e-mail, re-read. */
    public UserProfile citizenWithContacts() {
        return withContacts(citizen());
    }

    /**
     * Verifies a mobile and an e-mail for a user.
     *
     * @param user the user
     * @return the profile, re-read
     */
    public UserProfile withContacts(UserProfile user) {
        verifiedContact(user, ContactKind.MOBILE, data.mobileAsTyped());
        verifiedContact(user, ContactKind.EMAIL, data.email());
        return sdk.users().get(PORTAL, user.id());
    }

    /**
     * The one-time code last delivered to a contact point.
     *
     * @param contact the contact point
     * @return the code
     */
    public String lastCode(ContactPoint contact) {
        return (contact.kind() == ContactKind.MOBILE ? channels.lastCode(new PhoneNumber(contact.value()))
                : channels.lastCode(new EmailAddress(contact.value()))).orElseThrow(() ->
                new IllegalStateException("no code was sent to the contact point"));
    }

    /**
     * A company's mandate to an intermediary for a year, with the kind's default scope: the company requests it,
     * the consultant accepts it with the code.
     *
     * @param company    the company
     * @param consultant the intermediary
     * @return the active mandate
     */
    public Delegation mandate(UserProfile company, UserProfile consultant) {
        return accepted(company, new RequestDelegation(DelegationKind.MANDATE, company.id(), consultant.id(), null,
                clock.instant().plus(Duration.ofDays(365)), null));
    }

    /**
     * A delegation the delegator requests and the delegate accepts with the code at once.
     *
     * @param delegator the delegator (signed in with SPID level 2)
     * @param request   the request
     * @return the active delegation
     */
    public Delegation accepted(UserProfile delegator, RequestDelegation request) {
        DelegationRequested requested = sdk.delegations().request(as(delegator), request);
        return sdk.delegations().accept(Principal.user(request.delegate(), Credential.SPID_L2),
                new AcceptDelegation(requested.delegation().id(), requested.acceptanceCode()));
    }

    /**
     * The SMS delivered to a user's verified mobile.
     *
     * @param user the user (as read after verifying the mobile)
     * @return the SMS, in delivery order
     */
    public List<SmsMessage> smsTo(UserProfile user) {
        String number = user.verifiedContact(ContactKind.MOBILE).orElseThrow().value();
        return channels.sms().stream().filter(s -> s.to().e164().equals(number)).toList();
    }

    /**
     * The messages of a user, newest first.
     *
     * @param user the user
     * @return the messages
     */
    public List<MessageView> messages(UserProfile user) {
        return sdk.notifications().messages(PORTAL, user.id(), PageRequest.first(200)).items();
    }

    /**
     * The audit trail of an object (or of an operation, for denials before any object was read).
     *
     * @param subject the object
     * @return its entries
     */
    public List<AuditEntry> audit(AuditSubject subject) {
        return sdk.audit().forSubject(PORTAL, subject, PageRequest.first(200)).items();
    }

    /**
     * The denied entries of an object's audit trail.
     *
     * @param subject the object
     * @return the denials
     */
    public List<AuditEntry> denials(AuditSubject subject) {
        return audit(subject).stream().filter(a -> a.outcome() == AuditEntry.Outcome.DENIED).toList();
    }

    /**
     * Reads the stores directly, in a transaction of their own.
     *
     * @param read what to read
     * @param <T>  the result type
     * @return the result
     */
    public <T> T read(Function<Stores, T> read) {
        return storage.inTransaction(read::apply);
    }

    /** Delivers everything that is due. */
    public void deliver() {
        sdk.dispatcher().drain(1000);
    }

    /**
     * Asserts that a call fails with a {@link SportelloException} of a code.
     *
     * @param call the call
     * @param code the expected code
     * @return the error, for further checks
     */
    public static SportelloException fails(ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        SportelloException[] caught = new SportelloException[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(SportelloException.class, e -> {
            assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
            caught[0] = e;
        });
        return caught[0];
    }

    @Override
    public void close() {
        sdk.close();
    }
}
