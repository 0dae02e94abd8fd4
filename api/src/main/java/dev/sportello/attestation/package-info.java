/**
 * The QR attestation of an invalidity status (R-DOS-5): issuing, rendering, e-mailing and revoking signed tokens
 * that anyone verifies offline with {@code sportello-attestation-verifier}, and the signed trust and status lists
 * verifiers download.
 */
package dev.sportello.attestation;
