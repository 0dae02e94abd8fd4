package dev.sportello.medical;

/**
 * The calls to action of the guide's last scene (R-DOS-4). Whether one is shown is a rule over the report:
 * {@link #DISABILITY_CARD} only for those entitled, {@link #QR_CODE} only when the status is attested, the
 * others when their link is configured ({@code MedicalSettings.link}).
 *
 * <p>Thread-safe (an enum).
 */
public enum CallToActionId {
    /** Download the QR code attesting the status. */ QR_CODE("qr-code"),
    /** Ask for the Disability Card (only those entitled). */ DISABILITY_CARD("disability-card"),
    /** The disability portal. */ DISABILITY_PORTAL("disability-portal"),
    /** The social-security file (fascicolo previdenziale). */ SOCIAL_SECURITY_FILE("social-security-file"),
    /** The digital-identity delegation service. */ IDENTITY_DELEGATION("identity-delegation"),
    /** The online mailbox with the registered letter. */ ONLINE_MAILBOX("online-mailbox");

    private final String key;

    CallToActionId(String key) {
        this.key = key;
    }

    /** The stable key used in templates, HTML ids and the figures; never null. */
    public String key() {
        return key;
    }
}
