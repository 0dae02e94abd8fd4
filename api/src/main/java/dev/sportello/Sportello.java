package dev.sportello;

import dev.sportello.appointments.Appointments;
import dev.sportello.delegation.Delegations;
import dev.sportello.dossiers.Dossiers;
import dev.sportello.feedback.Feedback;
import dev.sportello.fragile.FragileUsers;
import dev.sportello.notifications.Notifications;
import dev.sportello.offices.Offices;
import dev.sportello.requests.Requests;
import dev.sportello.users.Users;

/**
 * The entry facade of the SDK: one object per application, built by the core's builder
 * ({@code dev.sportello.core.SportelloSdk.builder()}) from the adapters the application chooses.
 *
 * <p>Every use-case method receives the acting {@link Principal} explicitly. Errors are
 * {@link SportelloException}s with stable {@link ErrorCode}s.
 *
 * <p>Implementations are thread-safe.
 */
public interface Sportello {
    /** Users, contact points and consents. */
    Users users();

    /** Offices, competent office and calendars. */
    Offices offices();

    /** Delegations and mandates. */
    Delegations delegations();

    /** Inbox, messages, receipts, proactive notices and engagement figures. */
    Notifications notifications();

    /** Requests to the competent office and their back office. */
    Requests requests();

    /** Appointments with an office: booking, video calls, changes and the waitlist. */
    Appointments appointments();

    /** Suggestions and satisfaction ratings, their figures and the staff's triage (R-DOS-6). */
    Feedback feedback();

    /** Dossiers: the feed of the institution's systems of record and what users see of their cases (R-DOS-1…3). */
    Dossiers dossiers();

    /** The fragile-users channel: enrolment, personal codes, the phone line, documents by post (R-USR-5). */
    FragileUsers fragileUsers();

    /** The outbox dispatcher, driven by the host (no principal: host operations). */
    Dispatcher dispatcher();

    /** Administration of the outbox: dead letters and re-drive (principal-guarded). */
    OutboxAdministration outbox();

    /** The audit trail. */
    AuditTrail audit();
}
