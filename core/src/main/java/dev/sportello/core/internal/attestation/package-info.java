/**
 * The attestation area (R-DOS-5): issuing signed QR tokens of an attested status, rendering them, e-mailing them,
 * revoking them (by hand, and when the feed records a new edition), and the signed trust and status lists.
 * Internal: not API.
 */
package dev.sportello.core.internal.attestation;
