package dev.sportello.core;

import java.util.function.Consumer;

/**
 * The area settings of {@link SportelloSdk.Builder}: one method per area, each changing a builder that holds the
 * current settings. Apart from the SDK's builder so that adding an area touches one small file. Not thread-safe.
 *
 * @param <B> the builder type, returned for chaining
 */
abstract class AreaSettingsBuilder<B extends AreaSettingsBuilder<B>> {
    FragileUserSettings fragileUsers = FragileUserSettings.defaults();
    UserSettings users = UserSettings.defaults();
    NotificationSettings notifications = NotificationSettings.defaults();
    RequestSettings requests = RequestSettings.defaults();
    AppointmentSettings appointments = AppointmentSettings.defaults();
    DelegationSettings delegations = DelegationSettings.defaults();
    DispatcherSettings dispatcher = DispatcherSettings.defaults();
    DossierSettings dossiers = DossierSettings.defaults();
    MedicalSettings medical = MedicalSettings.defaults();
    AttestationSettings attestations;

    AreaSettingsBuilder() {
    }

    /** This builder, for chaining. */
    abstract B self();

    /** Changes the fragile-users settings (personal codes, the letters' contacts) in {@code changes}; returns this. */
    public B fragileUsers(Consumer<FragileUserSettings.Builder> changes) {
        fragileUsers = changed(fragileUsers.toBuilder(), changes, "fragileUsers").build();
        return self();
    }

    /**
     * Changes the users settings: one-time codes, the fragility register.
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B users(Consumer<UserSettings.Builder> changes) {
        users = changed(users.toBuilder(), changes, "users").build();
        return self();
    }

    /**
     * Changes the notifications settings: SMS limits, quiet hours, templates, the integrator's kinds.
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B notifications(Consumer<NotificationSettings.Builder> changes) {
        notifications = changed(notifications.toBuilder(), changes, "notifications").build();
        return self();
    }

    /**
     * Changes the requests settings: attachment limits, outcomes, pilots, topics, a protocol registry.
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B requests(Consumer<RequestSettings.Builder> changes) {
        requests = changed(requests.toBuilder(), changes, "requests").build();
        return self();
    }

    /**
     * Changes the appointments settings: rules, timings, the meeting provider of video calls.
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B appointments(Consumer<AppointmentSettings.Builder> changes) {
        appointments = changed(appointments.toBuilder(), changes, "appointments").build();
        return self();
    }

    /**
     * Changes the medical-reports settings: the guide's availability, the audience rules and convention
     * regions, the links of the calls to action, the guide's texts.
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B medicalReports(Consumer<MedicalSettings.Builder> changes) {
        medical = changed(medical.toBuilder(), changes, "medicalReports").build();
        return self();
    }

    /**
     * Changes the attestation settings: issuer, status lists, lifetime, signers (in-memory keys by default).
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B attestations(Consumer<AttestationSettings.Builder> changes) {
        attestations = changed(attestationSettings().toBuilder(), changes, "attestations").build();
        return self();
    }

    /**
     * Changes the dossiers settings: the dossier kinds, the documents accepted, the feed's transactions.
     *
     * @param changes what to change
     * @return this builder
     */
    public B dossiers(Consumer<DossierSettings.Builder> changes) {
        dossiers = changed(dossiers.toBuilder(), changes, "dossiers").build();
        return self();
    }

    /**
     * Changes the delegation settings: acceptance codes, the acceptance window, the notice before a minor
     * comes of age.
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B delegations(Consumer<DelegationSettings.Builder> changes) {
        delegations = changed(delegations.toBuilder(), changes, "delegations").build();
        return self();
    }

    /**
     * Changes the dispatcher settings: batches, retries, timeouts, workers, the send executor.
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B dispatcher(Consumer<DispatcherSettings.Builder> changes) {
        dispatcher = changed(dispatcher.toBuilder(), changes, "dispatcher").build();
        return self();
    }

    /** Applies an area's changes to a builder holding its current settings. */
    private static <T> T changed(T builder, Consumer<T> changes, String name) {
        SettingsChecks.required(changes, name).accept(builder);
        return builder;
    }

    /** The attestation settings: the configured ones, or the defaults with freshly generated keys. */
    AttestationSettings attestationSettings() {
        return attestations == null ? AttestationSettings.defaults() : attestations;
    }
}
