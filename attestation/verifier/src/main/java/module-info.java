/**
 * Sportello attestation verifier: decodes and verifies the QR attestation of invalidity status offline, and
 * encodes it on the issuer side. Depends on the JDK only: no Sportello api, no core, no framework.
 */
module dev.sportello.attestation.verifier {
    exports dev.sportello.attestation.verifier;
}
