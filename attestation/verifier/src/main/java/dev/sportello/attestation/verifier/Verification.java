package dev.sportello.attestation.verifier;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** The verdict rules of {@link AttestationVerifier}, in their order. Stateless; thread-safe. */
final class Verification {
    private Verification() {
    }

    static Verdict verify(String qrText, TrustList trustList, StatusList statusList, Instant now) {
        if (now == null) {
            return new Verdict.Malformed("no time given");
        }
        if (qrText == null) {
            return new Verdict.Malformed("no text");
        }
        if (qrText.length() > AttestationEncoder.MAX_TEXT_LENGTH) { // before anything else: bounded memory
            return new Verdict.Malformed("text too long");
        }
        if (!qrText.startsWith(AttestationEncoder.PREFIX)) {
            return new Verdict.Malformed("not an " + AttestationEncoder.PREFIX + " attestation");
        }
        CoseSign1.Parsed parsed;
        try {
            byte[] cose = Zlib.inflate(Base45.decode(qrText.substring(AttestationEncoder.PREFIX.length())), Zlib.MAX_INFLATED);
            parsed = CoseSign1.parse(cose);
        } catch (MalformedException e) {
            return new Verdict.Malformed(e.reason());
        }
        String kid = HexFormat.of().formatHex(parsed.keyId());
        if (parsed.type() != null) {
            return new Verdict.Malformed("an attestation has no typ header");
        }
        if (trustList == null) {
            return new Verdict.UnknownKey(kid, "no trust list");
        }
        if (now.isAfter(trustList.expiresAt())) {
            return new Verdict.UnknownKey(kid, "trust list expired");
        }
        List<Integer> candidates = trustList.indexesOf(parsed.keyId());
        if (candidates.isEmpty()) {
            return new Verdict.UnknownKey(kid, "no key with this kid in the trust list");
        }
        Integer signer = null;
        for (int index : candidates) {
            if (CoseSign1.verifies(parsed, trustList.keys().get(index).algorithm(), trustList.publicKey(index))) {
                signer = index;
                break;
            }
        }
        if (signer == null) {
            return new Verdict.BadSignature(kid);
        }
        AttestationClaims claims;
        try {
            claims = ClaimsCodec.decode(parsed.payload());
        } catch (MalformedException e) {
            return new Verdict.Malformed(e.reason());
        }
        SignerKey key = trustList.keys().get(signer);
        if (claims.issuedAt().isBefore(key.notBefore()) || claims.issuedAt().isAfter(key.notAfter())) {
            return new Verdict.UnknownKey(kid, "key not valid at the token's issue time");
        }
        boolean notYet = now.isBefore(claims.issuedAt());
        if (notYet || now.isAfter(claims.expiresAt())) {
            return new Verdict.Expired(claims.issuedAt(), claims.expiresAt(), notYet);
        }
        if (statusList == null) {
            return new Verdict.StatusUnavailable("no status list");
        }
        if (!statusList.uri().equals(claims.status().uri())) {
            return new Verdict.StatusUnavailable("the status list is not the token's");
        }
        if (now.isAfter(statusList.expiresAt())) {
            return new Verdict.StatusUnavailable("status list expired");
        }
        int status = statusList.status(claims.status().index());
        if (status < 0) {
            return new Verdict.StatusUnavailable("index beyond the status list");
        }
        if (status != StatusList.VALID) {
            return new Verdict.Revoked(statusList.uri(), claims.status().index(), statusList.issuedAt());
        }
        return new Verdict.Valid(claims, kid, statusList.issuedAt());
    }
}
