package dev.sportello;

/**
 * Every operation that the assurance policy guards. Each has a default minimum level and says
 * whether the institutional PIN is accepted by default (R-USR-2: "allowed only where a rule says so").
 * Integrators change both through {@link AssurancePolicy.Builder}.
 *
 * <p>An operation is also an {@link AuditSubject}: a denial that happens before any object is loaded
 * (assurance too low, delegation out of scope) is recorded against the operation.
 *
 * <p>Thread-safe (an enum).
 */
public enum Operation implements AuditSubject {
    /** Register a user (usually called by the portal's service principal after login). */
    USER_REGISTER(AssuranceLevel.SUBSTANTIAL, false),
    /** Read a user profile. */
    USER_READ(AssuranceLevel.LOW, false),
    /** Change a user profile. */
    USER_UPDATE(AssuranceLevel.SUBSTANTIAL, false),
    /** Add a contact point or ask for a new verification code. */
    CONTACT_ADD(AssuranceLevel.SUBSTANTIAL, false),
    /** Enter a verification code. */
    CONTACT_VERIFY(AssuranceLevel.SUBSTANTIAL, false),
    /** Give or withdraw a consent. */
    CONSENT_RECORD(AssuranceLevel.SUBSTANTIAL, false),
    /** Read consents and their history. */
    CONSENT_READ(AssuranceLevel.LOW, false),
    /** Read offices, competent office and opening days. */
    OFFICE_READ(AssuranceLevel.LOW, false),
    /** Close an office on a day (ad-hoc closure). */
    OFFICE_CLOSE_DAY(AssuranceLevel.SUBSTANTIAL, false),
    /** Grant a delegation or mandate. */
    DELEGATION_GRANT(AssuranceLevel.SUBSTANTIAL, false),
    /** Revoke a delegation or mandate. */
    DELEGATION_REVOKE(AssuranceLevel.SUBSTANTIAL, false),
    /** Read delegations. */
    DELEGATION_READ(AssuranceLevel.LOW, false),
    /** Accept or reject a delegation offered to oneself (the delegate's own act, never on behalf). */
    DELEGATION_ACCEPT(AssuranceLevel.SUBSTANTIAL, false),
    /** Read the inbox and the status of messages. */
    INBOX_READ(AssuranceLevel.LOW, false),
    /** Mark inbox notices read, record views and clicks. */
    INBOX_INTERACT(AssuranceLevel.LOW, false),
    /** Register, unregister and list one's own app installations for push notifications. */
    DEVICE_MANAGE(AssuranceLevel.SUBSTANTIAL, false),
    /** Publish a proactive notice or report receipts (services). */
    NOTIFICATION_ADMIN(AssuranceLevel.SUBSTANTIAL, false),
    /** Read the personalised guide of a proactive notice (R-USR-2: fragile channel and guide). */
    PROACTIVE_GUIDE_READ(AssuranceLevel.SUBSTANTIAL, false),
    /** Submit a request or answer an operator's question. */
    REQUEST_SUBMIT(AssuranceLevel.SUBSTANTIAL, false),
    /** Read and search requests. */
    REQUEST_READ(AssuranceLevel.LOW, false),
    /** Operator work on requests: take in charge, comment, close, transfer. */
    REQUEST_WORK(AssuranceLevel.SUBSTANTIAL, false),
    /** Supervisor figures on request queues. */
    REQUEST_SUPERVISE(AssuranceLevel.SUBSTANTIAL, false),
    /** Read one's appointments and waitlist entries. */
    APPOINTMENT_READ(AssuranceLevel.LOW, false),
    /** Look up free appointment slots. */
    APPOINTMENT_AVAILABILITY(AssuranceLevel.LOW, false),
    /** Book, cancel or reschedule an in-person or phone-callback appointment; join a waitlist. */
    APPOINTMENT_BOOK(AssuranceLevel.SUBSTANTIAL, true),
    /** Book a video call: R-APT-1 accepts PIN, SPID, CNS or CIE. */
    APPOINTMENT_BOOK_VIDEO_CALL(AssuranceLevel.SUBSTANTIAL, true),
    /** Join a video call with the admission code. */
    APPOINTMENT_JOIN(AssuranceLevel.SUBSTANTIAL, true),
    /** Operator work on appointments: identity checks, admission, outcome. */
    APPOINTMENT_WORK(AssuranceLevel.SUBSTANTIAL, false),
    /** Report dossiers and their changes from the institution's systems of record (services, R-DOS-1). */
    DOSSIER_FEED(AssuranceLevel.SUBSTANTIAL, false),
    /** Read one's dossiers: status, timeline, outcome, measures (R-DOS-2; the seed accepts the PIN). */
    DOSSIER_READ(AssuranceLevel.LOW, true),
    /** Read a dossier's payments and payment method (R-DOS-2). */
    DOSSIER_PAYMENT_READ(AssuranceLevel.SUBSTANTIAL, true),
    /** List and download a dossier's documents: tax certificate, pension slip, measure letters (R-DOS-2). */
    DOSSIER_DOCUMENT_READ(AssuranceLevel.SUBSTANTIAL, true),
    /** Read a dossier's medical report (R-DOS-4). */
    MEDICAL_REPORT_READ(AssuranceLevel.SUBSTANTIAL, false),
    /** Read the personalised guide of a medical report and record interactions with it (R-USR-2: SPID L2, CIE or CNS). */
    MEDICAL_GUIDE_READ(AssuranceLevel.SUBSTANTIAL, false),
    /** The anonymous figures of the medical-report guides (R-NOT-4): supervisors and granted services. */
    MEDICAL_FIGURES(AssuranceLevel.SUBSTANTIAL, false),
    /** Issue the QR attestation of a medical report's status, render it, e-mail it (R-DOS-5). */
    ATTESTATION_ISSUE(AssuranceLevel.SUBSTANTIAL, false),
    /** Revoke a QR attestation (R-DOS-5): operators of the managing office and granted services. */
    ATTESTATION_REVOKE(AssuranceLevel.SUBSTANTIAL, false),
    /** Rate the service or a finished interaction, with an optional suggestion (R-DOS-6). */
    FEEDBACK_GIVE(AssuranceLevel.LOW, false),
    /** Staff work on ratings and suggestions: figures and the triage queue (R-DOS-6). */
    FEEDBACK_REVIEW(AssuranceLevel.SUBSTANTIAL, false),
    /** Use the fragile-users channel (R-USR-5; R-USR-2 needs at least SPID L2, CIE or CNS). */
    FRAGILE_CHANNEL(AssuranceLevel.SUBSTANTIAL, false),
    /** Enrol a user in the fragile-users channel, reissue or revoke their personal code (channel staff, services). */
    FRAGILE_ENROL(AssuranceLevel.SUBSTANTIAL, false),
    /** The fragile-users phone line: identify callers, record calls and voicemails, work callbacks (R-USR-5). */
    FRAGILE_PHONE_LINE(AssuranceLevel.SUBSTANTIAL, false),
    /** Administration: dead letters, audit trail, calendars. */
    ADMINISTRATION(AssuranceLevel.SUBSTANTIAL, false);

    private final AssuranceLevel defaultMinimum;
    private final boolean pinAcceptedByDefault;

    Operation(AssuranceLevel defaultMinimum, boolean pinAcceptedByDefault) {
        this.defaultMinimum = defaultMinimum;
        this.pinAcceptedByDefault = pinAcceptedByDefault;
    }

    /** The minimum level of the default policy; never null. */
    public AssuranceLevel defaultMinimum() {
        return defaultMinimum;
    }

    /**
     * The area the operation belongs to, as the SDK's observations name it: {@code users}, {@code offices},
     * {@code delegation}, {@code notifications}, {@code requests}, {@code appointments}, {@code dossiers},
     * {@code medical}, {@code attestation}, {@code feedback}, {@code fragile} or {@code sdk}.
     *
     * @return the area, never null
     */
    public String area() {
        return switch (this) {
            case USER_REGISTER, USER_READ, USER_UPDATE, CONTACT_ADD, CONTACT_VERIFY, CONSENT_RECORD, CONSENT_READ -> "users";
            case FRAGILE_CHANNEL, FRAGILE_ENROL, FRAGILE_PHONE_LINE -> "fragile";
            case OFFICE_READ, OFFICE_CLOSE_DAY -> "offices";
            case DELEGATION_GRANT, DELEGATION_REVOKE, DELEGATION_READ, DELEGATION_ACCEPT -> "delegation";
            case INBOX_READ, INBOX_INTERACT, DEVICE_MANAGE, NOTIFICATION_ADMIN, PROACTIVE_GUIDE_READ -> "notifications";
            case REQUEST_SUBMIT, REQUEST_READ, REQUEST_WORK, REQUEST_SUPERVISE -> "requests";
            case APPOINTMENT_READ, APPOINTMENT_AVAILABILITY, APPOINTMENT_BOOK, APPOINTMENT_BOOK_VIDEO_CALL,
                 APPOINTMENT_JOIN, APPOINTMENT_WORK -> "appointments";
            case DOSSIER_FEED, DOSSIER_READ, DOSSIER_PAYMENT_READ, DOSSIER_DOCUMENT_READ -> "dossiers";
            case MEDICAL_REPORT_READ, MEDICAL_GUIDE_READ, MEDICAL_FIGURES -> "medical";
            case ATTESTATION_ISSUE, ATTESTATION_REVOKE -> "attestation";
            case FEEDBACK_GIVE, FEEDBACK_REVIEW -> "feedback";
            case ADMINISTRATION -> "sdk";
        };
    }

    /** Whether the default policy accepts the institutional PIN. */
    public boolean pinAcceptedByDefault() {
        return pinAcceptedByDefault;
    }

    /** Returns {@code operation}. */
    @Override
    public String auditType() {
        return "operation";
    }

    /** Returns {@link #name()}. */
    @Override
    public String auditId() {
        return name();
    }
}
