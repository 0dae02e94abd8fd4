/**
 * Sportello core: the rules. Only the package with the SDK builder is exported; everything else is
 * implementation.
 */
module dev.sportello.core {
    requires transitive dev.sportello.api;
    requires org.hibernate.validator;
    requires org.slf4j;
    requires com.google.i18n.phonenumbers.libphonenumber;
    requires org.iban4j;
    requires dev.sportello.attestation.verifier;
    requires com.google.zxing;
    requires java.desktop;

    exports dev.sportello.core;
}
