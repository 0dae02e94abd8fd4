package dev.sportello.attestation.verifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The payload of a trust list, both ways: {1 iss, 6 iat, 4 exp, -65538 next update, -65539 [keys]}, each key
 * {1 kid, 2 alg, 3 key DER, 4 not before, 5 not after}. Stateless; thread-safe.
 */
final class TrustListCodec {
    static final long NEXT_UPDATE = -65538;
    static final long KEYS = -65539;

    private TrustListCodec() {
    }

    static byte[] encode(TrustList list) {
        List<CborItem> keys = new ArrayList<>();
        for (SignerKey key : list.keys()) {
            Map<CborItem, CborItem> entry = CborItem.map();
            entry.put(Claims.of(1), new CborItem.Bytes(key.keyId()));
            entry.put(Claims.of(2), Claims.of(key.algorithm().id()));
            entry.put(Claims.of(3), new CborItem.Bytes(key.keyDer()));
            entry.put(Claims.of(4), Claims.of(key.notBefore()));
            entry.put(Claims.of(5), Claims.of(key.notAfter()));
            keys.add(new CborItem.MapItem(entry));
        }
        Map<CborItem, CborItem> payload = CborItem.map();
        payload.put(Claims.of(ClaimsCodec.ISS), Claims.of(list.issuer()));
        payload.put(Claims.of(ClaimsCodec.IAT), Claims.of(list.issuedAt()));
        payload.put(Claims.of(ClaimsCodec.EXP), Claims.of(list.expiresAt()));
        payload.put(Claims.of(NEXT_UPDATE), Claims.of(list.nextUpdate()));
        payload.put(Claims.of(KEYS), new CborItem.Array(keys));
        return CborWriter.encode(new CborItem.MapItem(payload));
    }

    static Loaded<TrustList> load(byte[] bytes, TrustAnchor anchor, Instant now) {
        if (anchor == null || now == null) {
            return new Loaded.Rejected<>(Loaded.Problem.MALFORMED, "no anchor or no time given");
        }
        try {
            CoseSign1.Parsed parsed = CoseSign1.parse(bytes);
            if (!TrustList.TYPE.equals(parsed.type())) {
                return new Loaded.Rejected<>(Loaded.Problem.MALFORMED, "not a trust list (typ)");
            }
            if (!anchor.hasKeyId(parsed.keyId())) {
                return new Loaded.Rejected<>(Loaded.Problem.UNKNOWN_KEY, "not signed by the configured anchor");
            }
            if (!CoseSign1.verifies(parsed, anchor.algorithm(), anchor.publicKey())) {
                return new Loaded.Rejected<>(Loaded.Problem.BAD_SIGNATURE, "trust list signature does not verify");
            }
            TrustList list = decode(parsed.payload());
            if (now.isBefore(list.issuedAt()) || now.isAfter(list.expiresAt())) {
                return new Loaded.Rejected<>(Loaded.Problem.EXPIRED, "trust list not valid at this time");
            }
            return new Loaded.Accepted<>(list);
        } catch (MalformedException e) {
            return new Loaded.Rejected<>(Loaded.Problem.MALFORMED, e.reason());
        } catch (RuntimeException e) {
            return new Loaded.Rejected<>(Loaded.Problem.MALFORMED, "unreadable trust list");
        }
    }

    private static TrustList decode(byte[] payload) throws MalformedException {
        CborItem.MapItem map = Claims.map(CborReader.decode(payload), "trust list");
        if (!(map.get(KEYS) instanceof CborItem.Array array) || array.items().isEmpty()
                || array.items().size() > TrustList.MAX_KEYS) {
            throw new MalformedException("trust list keys are not an array of 1-" + TrustList.MAX_KEYS);
        }
        List<SignerKey> keys = new ArrayList<>();
        for (CborItem item : array.items()) {
            CborItem.MapItem entry = Claims.map(item, "key");
            CoseAlgorithm algorithm = CoseAlgorithm.ofId(Claims.integer(entry.get(2), "alg"));
            if (algorithm == null) {
                throw new MalformedException("unsupported key algorithm");
            }
            byte[] der = Claims.bytes(entry.get(3), "key", 8192);
            PublishedKeys.parse(algorithm, der);
            if (!Arrays.equals(Claims.bytes(entry.get(1), "kid", 64), KeyIds.of(der))) {
                throw new MalformedException("kid is not the key id of the key");
            }
            try {
                keys.add(new SignerKey(algorithm, der, Claims.time(entry.get(4), "notBefore"),
                        Claims.time(entry.get(5), "notAfter")));
            } catch (AttestationFormatException e) {
                throw new MalformedException("invalid key " + e.field());
            }
        }
        try {
            return TrustList.of(Claims.text(map.get(ClaimsCodec.ISS), "iss", 64), Claims.time(map.get(ClaimsCodec.IAT), "iat"),
                    Claims.time(map.get(NEXT_UPDATE), "next update"), Claims.time(map.get(ClaimsCodec.EXP), "exp"), keys);
        } catch (AttestationFormatException e) {
            throw new MalformedException("invalid trust list " + e.field());
        }
    }
}
