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
        FragileUserSettings.Builder b = fragileUsers.toBuilder();
        SettingsChecks.required(changes, "fragileUsers").accept(b);
        fragileUsers = b.build();
        return self();
    }

    /**
     * Changes the users settings: one-time codes, the fragility register.
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B users(Consumer<UserSettings.Builder> changes) {
        UserSettings.Builder b = users.toBuilder();
        SettingsChecks.required(changes, "users").accept(b);
        users = b.build();
        return self();
    }

    /**
     * Changes the notifications settings: SMS limits, quiet hours, templates, the integrator's kinds.
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B notifications(Consumer<NotificationSettings.Builder> changes) {
        NotificationSettings.Builder b = notifications.toBuilder();
        SettingsChecks.required(changes, "notifications").accept(b);
        notifications = b.build();
        return self();
    }

    /**
     * Changes the requests settings: attachment limits, outcomes, pilots, topics, a protocol registry.
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B requests(Consumer<RequestSettings.Builder> changes) {
        RequestSettings.Builder b = requests.toBuilder();
        SettingsChecks.required(changes, "requests").accept(b);
        requests = b.build();
        return self();
    }

    /**
     * Changes the appointments settings: rules, timings, the meeting provider of video calls.
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B appointments(Consumer<AppointmentSettings.Builder> changes) {
        AppointmentSettings.Builder b = appointments.toBuilder();
        SettingsChecks.required(changes, "appointments").accept(b);
        appointments = b.build();
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
        MedicalSettings.Builder b = medical.toBuilder();
        SettingsChecks.required(changes, "medicalReports").accept(b);
        medical = b.build();
        return self();
    }

    /**
     * Changes the attestation settings: issuer, status lists, lifetime, signers (in-memory keys by default).
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B attestations(Consumer<AttestationSettings.Builder> changes) {
        AttestationSettings.Builder b = (attestations == null ? AttestationSettings.defaults() : attestations).toBuilder();
        SettingsChecks.required(changes, "attestations").accept(b);
        attestations = b.build();
        return self();
    }

    /**
     * Changes the dossiers settings: the dossier kinds, the documents accepted, the feed's transactions.
     *
     * @param changes what to change
     * @return this builder
     */
    public B dossiers(Consumer<DossierSettings.Builder> changes) {
        DossierSettings.Builder b = dossiers.toBuilder();
        SettingsChecks.required(changes, "dossiers").accept(b);
        dossiers = b.build();
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
        DelegationSettings.Builder b = delegations.toBuilder();
        SettingsChecks.required(changes, "delegations").accept(b);
        delegations = b.build();
        return self();
    }

    /**
     * Changes the dispatcher settings: batches, retries, timeouts, workers, the send executor.
     *
     * @param changes changes to a builder holding the current settings
     * @return this builder
     */
    public B dispatcher(Consumer<DispatcherSettings.Builder> changes) {
        DispatcherSettings.Builder b = dispatcher.toBuilder();
        SettingsChecks.required(changes, "dispatcher").accept(b);
        dispatcher = b.build();
        return self();
    }

    /** The attestation settings: the configured ones, or the defaults with freshly generated keys. */
    AttestationSettings attestationSettings() {
        return attestations == null ? AttestationSettings.defaults() : attestations;
    }
}
