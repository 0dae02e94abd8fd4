package dev.sportello.attestation.verifier;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * Parses published key material (an X.509 certificate DER or a SubjectPublicKeyInfo DER) into a JDK public key
 * that fits a COSE algorithm: a P-256 key for ES256, an Ed25519 key for Ed25519 and EdDSA. Stateless; thread-safe.
 */
final class PublishedKeys {
    private static final BigInteger P256_ORDER = p256Order();

    private PublishedKeys() {
    }

    /** The public key, or a {@link MalformedException} when the DER does not parse or does not fit. */
    static PublicKey parse(CoseAlgorithm algorithm, byte[] der) throws MalformedException {
        PublicKey key;
        try {
            key = der.length > 0 && looksLikeCertificate(der) ? certificateKey(der) : spkiKey(algorithm, der);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new MalformedException("key DER does not parse");
        }
        if (!fits(algorithm, key)) {
            throw new MalformedException("key does not fit its algorithm");
        }
        return key;
    }

    /** Like {@link #parse} for the issuer side: an {@link AttestationFormatException}. */
    static PublicKey parseOrThrow(CoseAlgorithm algorithm, byte[] der, String field) {
        try {
            return parse(algorithm, Check.present(der, field));
        } catch (MalformedException e) {
            throw new AttestationFormatException(AttestationFormatException.KEY, field, e.reason());
        }
    }

    static boolean fits(CoseAlgorithm algorithm, PublicKey key) {
        if (algorithm == CoseAlgorithm.ES256) {
            if (!(key instanceof ECPublicKey ec)) {
                return false;
            }
            ECParameterSpec params = ec.getParams();
            return params.getOrder().equals(P256_ORDER) && params.getCofactor() == 1;
        }
        return key instanceof EdECPublicKey ed && NamedParameterSpec.ED25519.getName().equalsIgnoreCase(ed.getParams().getName());
    }

    /** A certificate's outer SEQUENCE holds a SEQUENCE (tbsCertificate) that starts with [0] or INTEGER... */
    private static boolean looksLikeCertificate(byte[] der) {
        // An SPKI is SEQUENCE { SEQUENCE { OID ... }, BIT STRING }: its first inner item holds an OID (06) first.
        // A certificate is SEQUENCE { SEQUENCE (tbs) { [0] version | INTEGER serial, ... }, ... }.
        int inner = skipHeader(der, 0);
        if (inner < 0 || inner >= der.length || der[inner] != 0x30) {
            return false;
        }
        int first = skipHeader(der, inner);
        return first > 0 && first < der.length && der[first] != 0x06;
    }

    /** The offset just after the tag and length at {@code at}, or -1. */
    private static int skipHeader(byte[] der, int at) {
        if (at + 2 > der.length) {
            return -1;
        }
        int length = der[at + 1] & 0xff;
        return length < 0x80 ? at + 2 : at + 2 + (length & 0x7f);
    }

    private static PublicKey certificateKey(byte[] der) throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
    }

    private static PublicKey spkiKey(CoseAlgorithm algorithm, byte[] der) throws GeneralSecurityException {
        return KeyFactory.getInstance(algorithm.jdkKeyFactory()).generatePublic(new X509EncodedKeySpec(der));
    }

    private static BigInteger p256Order() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class).getOrder();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 17 has P-256", e);
        }
    }
}
