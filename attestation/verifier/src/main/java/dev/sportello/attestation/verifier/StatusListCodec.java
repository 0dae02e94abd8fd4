package dev.sportello.attestation.verifier;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The claims of a Status List Token (CWT form), both ways: sub 2 (the URI), iat 6, exp 4, ttl 65534,
 * status_list 65533 {"bits": 1, "lst": zlib bytes}. Stateless; thread-safe.
 */
final class StatusListCodec {
    static final long SUB = 2;
    static final long TTL = 65534;
    static final long STATUS_LIST = 65533;

    private StatusListCodec() {
    }

    static byte[] encode(String uri, Instant issuedAt, Instant expiresAt, Duration ttl, byte[] bits) {
        Map<CborItem, CborItem> list = CborItem.map();
        list.put(Claims.of("bits"), Claims.of(1));
        list.put(Claims.of("lst"), new CborItem.Bytes(Zlib.deflate(bits)));
        Map<CborItem, CborItem> claims = CborItem.map();
        claims.put(Claims.of(SUB), Claims.of(uri));
        claims.put(Claims.of(ClaimsCodec.IAT), Claims.of(issuedAt));
        claims.put(Claims.of(ClaimsCodec.EXP), Claims.of(expiresAt));
        if (ttl != null) {
            claims.put(Claims.of(TTL), Claims.of(ttl.getSeconds()));
        }
        claims.put(Claims.of(STATUS_LIST), new CborItem.MapItem(list));
        return CborWriter.encode(new CborItem.MapItem(claims));
    }

    static Loaded<StatusList> load(byte[] bytes, TrustList trustList, Instant now) {
        if (trustList == null || now == null) {
            return new Loaded.Rejected<>(Loaded.Problem.MALFORMED, "no trust list or no time given");
        }
        try {
            CoseSign1.Parsed parsed = CoseSign1.parse(bytes);
            if (!StatusList.TYPE.equals(parsed.type())) {
                return new Loaded.Rejected<>(Loaded.Problem.MALFORMED, "not a status list token (typ)");
            }
            List<Integer> candidates = trustList.indexesOf(parsed.keyId());
            if (candidates.isEmpty()) {
                return new Loaded.Rejected<>(Loaded.Problem.UNKNOWN_KEY, "no key with this kid in the trust list");
            }
            Integer signer = null;
            for (int index : candidates) {
                if (CoseSign1.verifies(parsed, trustList.keys().get(index).algorithm(), trustList.publicKey(index))) {
                    signer = index;
                    break;
                }
            }
            if (signer == null) {
                return new Loaded.Rejected<>(Loaded.Problem.BAD_SIGNATURE, "status list signature does not verify");
            }
            StatusList list = decode(parsed.payload());
            SignerKey key = trustList.keys().get(signer);
            if (list.issuedAt().isBefore(key.notBefore()) || list.issuedAt().isAfter(key.notAfter())) {
                return new Loaded.Rejected<>(Loaded.Problem.UNKNOWN_KEY, "key not valid at the list's issue time");
            }
            if (now.isBefore(list.issuedAt()) || now.isAfter(list.expiresAt())) {
                return new Loaded.Rejected<>(Loaded.Problem.EXPIRED, "status list not valid at this time");
            }
            return new Loaded.Accepted<>(list);
        } catch (MalformedException e) {
            return new Loaded.Rejected<>(Loaded.Problem.MALFORMED, e.reason());
        } catch (RuntimeException e) {
            return new Loaded.Rejected<>(Loaded.Problem.MALFORMED, "unreadable status list");
        }
    }

    private static StatusList decode(byte[] payload) throws MalformedException {
        CborItem.MapItem claims = Claims.map(CborReader.decode(payload), "status list claims");
        String uri = Claims.text(claims.get(SUB), "sub", 256);
        Instant issuedAt = Claims.time(claims.get(ClaimsCodec.IAT), "iat");
        Instant expiresAt = Claims.time(claims.get(ClaimsCodec.EXP), "exp");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new MalformedException("exp is not after iat");
        }
        Duration ttl = null;
        if (claims.get(TTL) != null) {
            long seconds = Claims.integer(claims.get(TTL), "ttl");
            if (seconds <= 0) {
                throw new MalformedException("ttl is not positive");
            }
            ttl = Duration.ofSeconds(seconds);
        }
        CborItem.MapItem list = Claims.map(claims.get(STATUS_LIST), "status_list");
        if (Claims.integer(list.get("bits"), "bits") != 1) {
            throw new MalformedException("only 1-bit status lists are accepted");
        }
        byte[] bits = Zlib.inflate(Claims.bytes(list.get("lst"), "lst", CborReader.MAX_BYTES), StatusList.MAX_LIST_BYTES);
        if (bits.length == 0) {
            throw new MalformedException("empty status list");
        }
        return new StatusList(uri, issuedAt, expiresAt, ttl, bits);
    }
}
