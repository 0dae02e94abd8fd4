package dev.sportello.attestation.verifier;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.List;
import java.util.Map;

/**
 * COSE_Sign1 (RFC 9052, tag 18) with an attached payload: protected header {1: alg, 4: kid[, 16: typ]}, an empty
 * unprotected header, signature over ["Signature1", protected, h'', payload]. The kid may also come in the
 * unprotected header; the protected one wins. Stateless; thread-safe.
 */
final class CoseSign1 {
    static final long TAG = 18;
    static final long ALG = 1;
    static final long KID = 4;
    static final long TYP = 16;
    static final int SIGNATURE_LENGTH = 64;

    /**
     * A parsed (not yet verified) COSE_Sign1.
     *
     * @param algorithm the algorithm of the protected header
     * @param keyId     the kid (protected, else unprotected); empty when absent
     * @param type      the typ of the protected header, or null
     */
    record Parsed(byte[] protectedBytes, CoseAlgorithm algorithm, byte[] keyId, String type, byte[] payload,
            byte[] signature) {
    }

    private CoseSign1() {
    }

    /** Signs a payload; {@code type} (header 16) may be null. */
    static byte[] sign(byte[] payload, Signer signer, String type) {
        CoseAlgorithm algorithm = Check.present(signer.algorithm(), "signer.algorithm");
        if (!algorithm.issuable()) {
            throw Check.invalid("signer.algorithm", algorithm + " is accepted on verification only");
        }
        byte[] kid = Check.present(signer.keyId(), "signer.keyId");
        if (kid.length != KeyIds.LENGTH) {
            throw Check.invalid("signer.keyId", "a key id is " + KeyIds.LENGTH + " bytes");
        }
        Map<CborItem, CborItem> header = CborItem.map();
        header.put(new CborItem.Int(ALG), new CborItem.Int(algorithm.id()));
        header.put(new CborItem.Int(KID), new CborItem.Bytes(kid));
        if (type != null) {
            header.put(new CborItem.Int(TYP), new CborItem.Text(type));
        }
        byte[] protectedBytes = CborWriter.encode(new CborItem.MapItem(header));
        byte[] signature;
        try {
            signature = signer.sign(toBeSigned(protectedBytes, payload));
        } catch (AttestationFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AttestationFormatException(AttestationFormatException.SIGNER, "signer", "the signer failed", e);
        }
        if (signature == null || signature.length != SIGNATURE_LENGTH) {
            throw new AttestationFormatException(AttestationFormatException.SIGNER, "signer",
                    "the signer must answer a raw " + SIGNATURE_LENGTH + "-byte signature");
        }
        return CborWriter.encode(new CborItem.Tagged(TAG, new CborItem.Array(List.of(new CborItem.Bytes(protectedBytes),
                new CborItem.MapItem(CborItem.map()), new CborItem.Bytes(payload), new CborItem.Bytes(signature)))));
    }

    /** Parses the structure; checks the headers' shape but not the signature. */
    static Parsed parse(byte[] bytes) throws MalformedException {
        CborItem item = CborReader.decode(bytes);
        if (item instanceof CborItem.Tagged tagged) {
            if (tagged.tag() != TAG) {
                throw new MalformedException("not a COSE_Sign1 (tag " + tagged.tag() + ")");
            }
            item = tagged.item();
        }
        if (!(item instanceof CborItem.Array array) || array.items().size() != 4) {
            throw new MalformedException("COSE_Sign1 is not an array of 4");
        }
        List<CborItem> parts = array.items();
        if (!(parts.get(0) instanceof CborItem.Bytes protectedBytes) || !(parts.get(1) instanceof CborItem.MapItem unprotected)
                || !(parts.get(2) instanceof CborItem.Bytes payload) || !(parts.get(3) instanceof CborItem.Bytes signature)) {
            throw new MalformedException("COSE_Sign1 parts have the wrong types");
        }
        byte[] protectedRaw = protectedBytes.value();
        if (protectedRaw.length == 0) {
            throw new MalformedException("empty protected header");
        }
        if (!(CborReader.decode(protectedRaw) instanceof CborItem.MapItem header)) {
            throw new MalformedException("protected header is not a map");
        }
        if (unprotected.get(ALG) != null) {
            throw new MalformedException("alg must be in the protected header");
        }
        if (!(header.get(ALG) instanceof CborItem.Int alg)) {
            throw new MalformedException("missing alg");
        }
        CoseAlgorithm algorithm = CoseAlgorithm.ofId(alg.value());
        if (algorithm == null) {
            throw new MalformedException("unsupported algorithm " + alg.value());
        }
        CborItem kid = header.get(KID) != null ? header.get(KID) : unprotected.get(KID);
        byte[] keyId;
        if (kid == null) {
            keyId = new byte[0];
        } else if (kid instanceof CborItem.Bytes b && b.length() <= 64) {
            keyId = b.value();
        } else {
            throw new MalformedException("kid is not a byte string");
        }
        CborItem typ = header.get(TYP);
        String type = null;
        if (typ instanceof CborItem.Text text) {
            type = text.value();
        } else if (typ != null) {
            throw new MalformedException("typ is not a text string");
        }
        return new Parsed(protectedRaw, algorithm, keyId, type, payload.value(), signature.value());
    }

    /** Whether the key fits the token's algorithm family and the signature verifies; false on any failure. */
    static boolean verifies(Parsed parsed, CoseAlgorithm keyAlgorithm, PublicKey key) {
        boolean sameFamily = (parsed.algorithm() == CoseAlgorithm.ES256) == (keyAlgorithm == CoseAlgorithm.ES256);
        if (!sameFamily || parsed.signature().length != SIGNATURE_LENGTH) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(parsed.algorithm().jdkSignature());
            signature.initVerify(key);
            signature.update(toBeSigned(parsed.protectedBytes(), parsed.payload()));
            return signature.verify(parsed.signature());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    static byte[] toBeSigned(byte[] protectedBytes, byte[] payload) {
        return CborWriter.encode(new CborItem.Array(List.of(new CborItem.Text("Signature1"),
                new CborItem.Bytes(protectedBytes), new CborItem.Bytes(new byte[0]), new CborItem.Bytes(payload))));
    }
}
