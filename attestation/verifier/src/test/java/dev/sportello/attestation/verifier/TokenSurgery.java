package dev.sportello.attestation.verifier;

import java.util.List;
import java.util.Map;

/** Builds tokens the encoder would refuse to build, to check what the verifier makes of them. */
final class TokenSurgery {
    private TokenSurgery() {
    }

    static String wrap(byte[] cose) {
        return AttestationEncoder.PREFIX + Base45.encode(Zlib.deflate(cose));
    }

    static byte[] signWithAlgorithm(byte[] payload, InMemorySigner signer, long alg) {
        Map<CborItem, CborItem> header = CborItem.map();
        header.put(new CborItem.Int(1), new CborItem.Int(alg));
        header.put(new CborItem.Int(4), new CborItem.Bytes(signer.keyId()));
        return assemble(CborWriter.encode(new CborItem.MapItem(header)), CborItem.map(), payload, signer);
    }

    static byte[] signWithKidPlacement(byte[] payload, InMemorySigner signer, byte[] protectedKid, byte[] unprotectedKid) {
        Map<CborItem, CborItem> header = CborItem.map();
        header.put(new CborItem.Int(1), new CborItem.Int(signer.algorithm().id()));
        if (protectedKid != null) {
            header.put(new CborItem.Int(4), new CborItem.Bytes(protectedKid));
        }
        Map<CborItem, CborItem> unprotected = CborItem.map();
        if (unprotectedKid != null) {
            unprotected.put(new CborItem.Int(4), new CborItem.Bytes(unprotectedKid));
        }
        return assemble(CborWriter.encode(new CborItem.MapItem(header)), unprotected, payload, signer);
    }

    static byte[] assemble(byte[] protectedBytes, Map<CborItem, CborItem> unprotected, byte[] payload, InMemorySigner signer) {
        byte[] signature = signer.sign(CoseSign1.toBeSigned(protectedBytes, payload));
        return CborWriter.encode(new CborItem.Tagged(18, new CborItem.Array(List.of(new CborItem.Bytes(protectedBytes),
                new CborItem.MapItem(unprotected), new CborItem.Bytes(payload), new CborItem.Bytes(signature)))));
    }
}
