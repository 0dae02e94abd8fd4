/**
 * Sportello API: what applications call and what adapters implement. Depends on Bean Validation only.
 */
module dev.sportello.api {
    requires transitive jakarta.validation;
    /** Only {@code dev.sportello.spi.CappedBody} needs it, and only in an HTTP transport, which reads it itself. */
    requires static java.net.http;

    exports dev.sportello;
    exports dev.sportello.appointments;
    exports dev.sportello.attestation;
    exports dev.sportello.attestation.spi;
    exports dev.sportello.delegation;
    exports dev.sportello.dossiers;
    exports dev.sportello.feedback;
    exports dev.sportello.fragile;
    exports dev.sportello.medical;
    exports dev.sportello.medical.spi;
    exports dev.sportello.notifications;
    exports dev.sportello.offices;
    exports dev.sportello.requests;
    exports dev.sportello.spi;
    exports dev.sportello.appointments.spi;
    exports dev.sportello.delegation.spi;
    exports dev.sportello.dossiers.spi;
    exports dev.sportello.feedback.spi;
    exports dev.sportello.fragile.spi;
    exports dev.sportello.notifications.spi;
    exports dev.sportello.offices.spi;
    exports dev.sportello.requests.spi;
    exports dev.sportello.users.spi;
    exports dev.sportello.users;

    // Bean Validation reads constrained record fields reflectively.
    opens dev.sportello to org.hibernate.validator;
    opens dev.sportello.appointments to org.hibernate.validator;
    opens dev.sportello.delegation to org.hibernate.validator;
    opens dev.sportello.dossiers to org.hibernate.validator;
    opens dev.sportello.feedback to org.hibernate.validator;
    opens dev.sportello.fragile to org.hibernate.validator;
    opens dev.sportello.medical to org.hibernate.validator;
    opens dev.sportello.notifications to org.hibernate.validator;
    opens dev.sportello.offices to org.hibernate.validator;
    opens dev.sportello.requests to org.hibernate.validator;
    opens dev.sportello.users to org.hibernate.validator;
}
