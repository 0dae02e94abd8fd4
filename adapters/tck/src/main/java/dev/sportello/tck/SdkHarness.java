package dev.sportello.tck;

import dev.sportello.Credential;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.adapters.memory.DeterministicMeetings;
import dev.sportello.adapters.memory.MemoryFragilityRegister;
import dev.sportello.adapters.memory.MutableClock;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.core.SportelloSdk;
import dev.sportello.delegation.AcceptDelegation;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationRequested;
import dev.sportello.delegation.RequestDelegation;
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

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.function.Consumer;

/**
 * The whole SDK over the storage under test, with a hand-moved clock, the TCK office directory and
 * recording channels; plus shortcuts to create users. Used by the scenario contracts.
 *
 * <p>Not thread-safe to build; the SDK it holds is thread-safe.
 */
public final class SdkHarness implements AutoCloseable {
    /** A portal back-end service principal. */
    public static final Principal PORTAL = Principal.service("portal");   // granted every operation by the builder below
    /** Monday 23 November 2026, 10:00 in Rome. */
    public static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    /** The clock of the SDK. */
    public final MutableClock clock;
    /** What the channels and the event sink received. */
    public final RecordingChannels channels;
    /** The storage under test. */
    public final UnitOfWork storage;
    /** The fragile-users records (R-USR-5). */
    public final MemoryFragilityRegister fragility = new MemoryFragilityRegister();
    /** The meeting provider of video calls. */
    public final DeterministicMeetings meetings = new DeterministicMeetings();
    /** The SDK. */
    public final SportelloSdk sdk;

    /**
     * Builds the SDK with default settings (and retries quick enough for tests).
     *
     * @param storage the storage under test
     */
    public SdkHarness(UnitOfWork storage) {
        this(storage, builder -> { });
    }

    /**
     * Builds the SDK, letting the test change the builder.
     *
     * @param storage    the storage under test
     * @param customizer changes to the builder
     */
    public SdkHarness(UnitOfWork storage, Consumer<SportelloSdk.Builder> customizer) {
        this(storage, new RecordingChannels(), new MutableClock(START), customizer);
    }

    /**
     * Builds a second SDK over the same storage, channels and clock (another "process").
     *
     * @param storage    the storage under test
     * @param channels   the channels to share
     * @param clock      the clock to share
     * @param customizer changes to the builder
     */
    public SdkHarness(UnitOfWork storage, RecordingChannels channels, MutableClock clock,
                      Consumer<SportelloSdk.Builder> customizer) {
        this.storage = storage;
        this.channels = channels;
        this.clock = clock;
        SportelloSdk.Builder builder = SportelloSdk.builder()
                .unitOfWork(storage)
                .officeDirectory(TckOffices.directory())
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
     * A principal for a user with SPID level 2.
     *
     * @param user the user
     * @return the principal
     */
    public static Principal as(UserProfile user) {
        return Principal.user(user.id(), Credential.SPID_L2);
    }

    /**
     * Records a citizen as deaf (R-USR-5 c), so that they may ask for a sign-language operator.
     *
     * @param user the citizen
     * @return the same user
     */
    public UserProfile deaf(UserProfile user) {
        fragility.put((TaxCode) user.fiscalCode(), FragilityFacts.deafPerson());
        return user;
    }

    /** Registers a citizen resident in Rome. */
    public UserProfile citizen() {
        return citizen("H501");
    }

    /**
     * Registers a citizen resident in a municipality.
     *
     * @param municipality the municipality code
     * @return the profile
     */
    public UserProfile citizen(String municipality) {
        return sdk.users().register(PORTAL, new RegisterCitizen(TestData.adultTaxCode(), "Maria Rossi",
                new MunicipalityCode(municipality), Language.IT));
    }

    /**
     * Registers a company with its seat in a municipality.
     *
     * @param municipality the municipality code
     * @return the profile
     */
    public UserProfile company(String municipality) {
        return sdk.users().register(PORTAL, new RegisterCompany(TestData.vatNumber(), "Edilizia Rossi S.r.l.",
                TestData.registrationNumber(), new MunicipalityCode(municipality), Language.IT));
    }

    /** Registers an intermediary (a labour consultant) in Rome. */
    public UserProfile intermediary() {
        return sdk.users().register(PORTAL, new RegisterIntermediary(TestData.adultTaxCode(), "Studio Verdi",
                new MunicipalityCode("H501"), Language.IT));
    }

    /**
     * Adds a contact point and verifies it with the code that was delivered to it.
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

    /**
     * A citizen with a verified mobile and e-mail.
     *
     * @return the profile, re-read
     */
    public UserProfile citizenWithContacts() {
        UserProfile user = citizen();
        verifiedContact(user, ContactKind.MOBILE, TestData.mobileAsTyped());
        verifiedContact(user, ContactKind.EMAIL, TestData.email());
        return sdk.users().get(as(user), user.id());
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
     * A company's mandate to an intermediary, with the default scope: requested by the company, accepted by the
     * intermediary with the code.
     *
     * @param company    the company
     * @param consultant the intermediary
     * @param until      the end of its validity
     * @return the active mandate
     */
    public Delegation mandate(UserProfile company, UserProfile consultant, Instant until) {
        return accepted(company, new RequestDelegation(DelegationKind.MANDATE, company.id(), consultant.id(), null, until,
                null));
    }

    /**
     * A delegation that its delegator requests and its delegate accepts at once with the code.
     *
     * @param delegator the delegator
     * @param request   the request
     * @return the active delegation
     */
    public Delegation accepted(UserProfile delegator, RequestDelegation request) {
        DelegationRequested requested = sdk.delegations().request(as(delegator), request);
        return sdk.delegations().accept(Principal.user(request.delegate(), Credential.SPID_L2),
                new AcceptDelegation(requested.delegation().id(), requested.acceptanceCode()));
    }

    /** Delivers everything that is due. */
    public void deliver() {
        sdk.dispatcher().drain(1000);
    }

    @Override
    public void close() {
        sdk.close();
    }
}
