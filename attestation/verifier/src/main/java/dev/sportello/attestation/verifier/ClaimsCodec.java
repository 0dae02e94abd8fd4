package dev.sportello.attestation.verifier;

import java.util.Map;

/**
 * The CWT claims of an attestation token, both ways. Labels: iss 1, exp 4, iat 6, cti 7,
 * status 65535 {"status_list": {"idx", "uri"}}, attestation -65537 {1 v, 2 fn, 3 gn, 4 dob | 5 ref, 6 st, 7 band,
 * 8 from, 9 until}. Unknown claims are ignored (a verifier of format 1 reads only these). Stateless; thread-safe.
 */
final class ClaimsCodec {
    static final long ISS = 1;
    static final long EXP = 4;
    static final long IAT = 6;
    static final long CTI = 7;
    static final long STATUS = 65535;

    private ClaimsCodec() {
    }

    static byte[] encode(AttestationClaims claims) {
        Map<CborItem, CborItem> reference = CborItem.map();
        reference.put(Claims.of("idx"), Claims.of(claims.status().index()));
        reference.put(Claims.of("uri"), Claims.of(claims.status().uri()));
        Map<CborItem, CborItem> status = CborItem.map();
        status.put(Claims.of("status_list"), new CborItem.MapItem(reference));

        Attestation a = claims.attestation();
        Map<CborItem, CborItem> data = CborItem.map();
        data.put(Claims.of(1), Claims.of(Attestation.VERSION));
        if (a.holder() instanceof Holder.Named named) {
            data.put(Claims.of(2), Claims.of(named.familyName()));
            data.put(Claims.of(3), Claims.of(named.givenName()));
            data.put(Claims.of(4), Claims.of(named.birthDate()));
        } else {
            data.put(Claims.of(5), Claims.of(((Holder.DocumentReference) a.holder()).reference()));
        }
        data.put(Claims.of(6), Claims.of(a.category().code()));
        if (a.band() != null) {
            data.put(Claims.of(7), Claims.of(a.band().lowest()));
        }
        data.put(Claims.of(8), Claims.of(a.validFrom()));
        if (a.validUntil() != null) {
            data.put(Claims.of(9), Claims.of(a.validUntil()));
        }

        Map<CborItem, CborItem> cwt = CborItem.map();
        cwt.put(Claims.of(ISS), Claims.of(claims.issuer()));
        cwt.put(Claims.of(EXP), Claims.of(claims.expiresAt()));
        cwt.put(Claims.of(IAT), Claims.of(claims.issuedAt()));
        cwt.put(Claims.of(CTI), new CborItem.Bytes(claims.tokenId()));
        cwt.put(Claims.of(STATUS), new CborItem.MapItem(status));
        cwt.put(Claims.of(Attestation.CLAIM), new CborItem.MapItem(data));
        return CborWriter.encode(new CborItem.MapItem(cwt));
    }

    static AttestationClaims decode(byte[] payload) throws MalformedException {
        CborItem.MapItem cwt = Claims.map(CborReader.decode(payload), "claims");
        CborItem.MapItem reference = Claims.map(Claims.map(required(cwt.get(STATUS), "status"), "status")
                .get("status_list"), "status_list");
        long index = Claims.integer(reference.get("idx"), "idx");
        String uri = Claims.text(reference.get("uri"), "uri", 256);
        CborItem.MapItem data = Claims.map(required(cwt.get(Attestation.CLAIM), "attestation"), "attestation");
        if (Claims.integer(data.get(1), "version") != Attestation.VERSION) {
            throw new MalformedException("unsupported attestation version");
        }
        try {
            return new AttestationClaims(Claims.text(cwt.get(ISS), "iss", 64), Claims.time(cwt.get(IAT), "iat"),
                    Claims.time(cwt.get(EXP), "exp"), Claims.bytes(cwt.get(CTI), "cti", 32),
                    new StatusReference(uri, index), attestation(data));
        } catch (AttestationFormatException e) {
            throw new MalformedException("invalid " + e.field());
        }
    }

    private static Attestation attestation(CborItem.MapItem data) throws MalformedException {
        Holder holder;
        boolean named = data.get(2) != null || data.get(3) != null || data.get(4) != null;
        if (named == (data.get(5) != null)) {
            throw new MalformedException("holder must be a name and birth date, or a document reference");
        }
        if (named) {
            holder = new Holder.Named(Claims.text(data.get(2), "fn", Holder.MAX_LENGTH),
                    Claims.text(data.get(3), "gn", Holder.MAX_LENGTH), Claims.date(data.get(4), "dob"));
        } else {
            holder = new Holder.DocumentReference(Claims.text(data.get(5), "ref", Holder.MAX_LENGTH));
        }
        StatusCategory category = StatusCategory.ofCode(Claims.integer(data.get(6), "st"));
        if (category == null) {
            throw new MalformedException("unknown status category");
        }
        PercentageBand band = null;
        if (data.get(7) != null) {
            band = PercentageBand.ofCode(Claims.integer(data.get(7), "band"));
            if (band == null) {
                throw new MalformedException("unknown percentage band");
            }
        }
        return new Attestation(holder, category, band, Claims.date(data.get(8), "from"),
                data.get(9) == null ? null : Claims.date(data.get(9), "until"));
    }

    static CborItem required(CborItem item, String what) throws MalformedException {
        if (item == null) {
            throw new MalformedException(what + " is missing");
        }
        return item;
    }
}
