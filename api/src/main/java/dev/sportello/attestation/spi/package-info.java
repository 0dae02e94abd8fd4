/**
 * The ports of the attestation area: the signer (an HSM or KMS in production) and the store of issued
 * attestations.
 */
package dev.sportello.attestation.spi;
