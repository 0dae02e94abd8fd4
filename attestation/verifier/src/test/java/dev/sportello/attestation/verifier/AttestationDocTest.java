package dev.sportello.attestation.verifier;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/attestation.md cannot drift: its test vectors are what the code computes, its QR texts decode to its COSE
 * bytes and verify as it says, its diagnostic notation is the notation of its bytes, and its snippet is the code
 * between the markers below, which runs. A failing run writes the computed block to target/attestation-vectors.txt.
 */
class AttestationDocTest {
    private static final Path DOC = Path.of("..", "..", "docs", "attestation.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "dev", "sportello", "attestation", "verifier",
            "AttestationDocTest.java");

    private static String doc() throws IOException {
        return Files.readString(DOC);
    }

    private static String fenced(String doc, String marker) {
        Matcher block = Pattern.compile("(?s)<!-- " + Pattern.quote(marker) + " -->\\s*```[a-z-]*\\n(.*?)```").matcher(doc);
        assertThat(block.find()).as("docs/attestation.md has a fenced block after <!-- %s -->", marker).isTrue();
        return block.group(1);
    }

    private static Map<String, String> printedVectors() throws IOException {
        Map<String, String> printed = new LinkedHashMap<>();
        for (String line : fenced(doc(), "vectors").split("\n")) {
            int eq = line.indexOf(" = ");
            printed.put(line.substring(0, eq), line.substring(eq + 3));
        }
        return printed;
    }

    @Test
    void theDocPrintsTheVectorsTheCodeComputes() throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "attestation-vectors.txt"), TestVectors.render());
        Map<String, String> printed = printedVectors();
        Map<String, String> computed = TestVectors.values();
        assertThat(printed.keySet()).containsExactlyElementsOf(computed.keySet());
        computed.forEach((name, value) -> {
            if (name.endsWith(".qr")) {
                // the zlib stream may differ between zlib builds: what must match is what it inflates to
                String cose = name.replace(".qr", ".cose");
                assertThat(HexFormat.of().formatHex(inflate(printed.get(name)))).as(name).isEqualTo(computed.get(cose));
                assertThat(HexFormat.of().formatHex(inflate(value))).as(name).isEqualTo(computed.get(cose));
            } else if (name.equals("statuslist.cose") && !printed.get(name).equals(value)) {
                // its lst is a zlib stream too: another zlib build may sign other bytes for the same bits
                assertThat(printedStatusList(printed).status(TestVectors.REVOKED_INDEX)).isEqualTo(StatusList.INVALID);
                assertThat(statusBits(printed.get(name))).isEqualTo(printed.get("statuslist.bits"));
            } else {
                assertThat(printed.get(name)).as(name).isEqualTo(value);
            }
        });
    }

    @Test
    void seedsAreRfc8032PrivateKeys() {
        // RFC 8032 §7.1, TEST 1: secret key → public key, as the vectors' seeds are used
        InMemorySigner rfc = InMemorySigner.ed25519FromSeed(HexFormat.of().parseHex(
                "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        assertThat(HexFormat.of().formatHex(rfc.publishedDer()))
                .isEqualTo("302a300506032b6570032100" + "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        assertThat(HexFormat.of().formatHex(rfc.sign(new byte[0]))).isEqualTo("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e0652249015"
                + "55fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    }

    private static StatusList printedStatusList(Map<String, String> v) {
        HexFormat hex = HexFormat.of();
        TrustAnchor anchor = TrustAnchor.of(CoseAlgorithm.ED25519, hex.parseHex(v.get("anchor.spki")));
        TrustList trust = ((Loaded.Accepted<TrustList>) TrustList.load(hex.parseHex(v.get("trustlist.cose")), anchor,
                TestVectors.NOW)).document();
        return ((Loaded.Accepted<StatusList>) StatusList.load(hex.parseHex(v.get("statuslist.cose")), trust,
                TestVectors.NOW)).document();
    }

    private static String statusBits(String statusListHex) {
        try {
            CborItem.MapItem claims = (CborItem.MapItem) CborReader.decode(
                    TestVectors.parse(HexFormat.of().parseHex(statusListHex)).payload());
            CborItem.MapItem list = (CborItem.MapItem) claims.get(StatusListCodec.STATUS_LIST);
            return HexFormat.of().formatHex(Zlib.inflate(((CborItem.Bytes) list.get("lst")).value(), StatusList.MAX_LIST_BYTES));
        } catch (MalformedException e) {
            throw new AssertionError(e.reason(), e);
        }
    }

    @Test
    void thePrintedTokensVerifyAsTheDocSays() throws IOException {
        Map<String, String> v = printedVectors();
        HexFormat hex = HexFormat.of();
        TrustAnchor anchor = TrustAnchor.of(CoseAlgorithm.ED25519, hex.parseHex(v.get("anchor.spki")));
        TrustList trust = ((Loaded.Accepted<TrustList>) TrustList.load(hex.parseHex(v.get("trustlist.cose")), anchor,
                TestVectors.NOW)).document();
        StatusList status = printedStatusList(v);
        assertThat(statusBits(v.get("statuslist.cose"))).isEqualTo(v.get("statuslist.bits"));
        assertThat(AttestationVerifier.verify(v.get("valid.qr"), trust, status, TestVectors.NOW))
                .isEqualTo(new Verdict.Valid(TestVectors.validClaims(), v.get("signer.kid"), TestVectors.T0));
        assertThat(AttestationVerifier.verify(v.get("revoked.qr"), trust, status, TestVectors.NOW))
                .isEqualTo(new Verdict.Revoked(TestVectors.STATUS_URI, TestVectors.REVOKED_INDEX, TestVectors.T0));
        assertThat(AttestationVerifier.verify(v.get("expired.qr"), trust, status, TestVectors.NOW)).isEqualTo(
                new Verdict.Expired(TestVectors.expiredClaims().issuedAt(), TestVectors.expiredClaims().expiresAt(), false));
        String flipped = v.get("valid.cose").replace(v.get("valid.signature"),
                "00" + v.get("valid.signature").substring(2));
        assertThat(AttestationVerifier.verify(TokenSurgery.wrap(hex.parseHex(flipped)), trust, status, TestVectors.NOW))
                .isEqualTo(new Verdict.BadSignature(v.get("signer.kid")));
    }

    @Test
    void theDiagnosticNotationIsThatOfTheBytes() throws IOException {
        String doc = doc();
        HexFormat hex = HexFormat.of();
        assertThat(fenced(doc, "diag:valid.claims").strip()).isEqualTo(Diagnostic.of(ClaimsCodec.encode(TestVectors.validClaims())));
        assertThat(fenced(doc, "diag:valid.cose").strip()).isEqualTo(Diagnostic.of(TestVectors.cose(TestVectors.validClaims())));
        assertThat(fenced(doc, "diag:trustlist.payload").strip())
                .isEqualTo(Diagnostic.of(TestVectors.parse(TestVectors.trustList().sign(TestVectors.ANCHOR)).payload()));
        assertThat(fenced(doc, "diag:statuslist.payload").strip())
                .isEqualTo(Diagnostic.of(TestVectors.parse(TestVectors.statusList()).payload()));
        assertThat(hex.formatHex(ClaimsCodec.encode(TestVectors.validClaims()))).isEqualTo(printedVectors().get("valid.claims"));
    }

    @Test
    void theSnippetIsTheCodeThatRuns() throws IOException {
        String source = Files.readString(SOURCE);
        String start = "// docs:" + "start";   // split, so that only the markers match
        String end = "// docs:" + "end";
        String code = source.substring(source.indexOf(start) + start.length(), source.indexOf(end));
        assertThat(lines(fenced(doc(), "snippet"))).isEqualTo(lines(code));

        Map<String, String> v = printedVectors();
        byte[] anchorDer = HexFormat.of().parseHex(v.get("anchor.spki"));
        byte[] trustBytes = HexFormat.of().parseHex(v.get("trustlist.cose"));
        byte[] statusBytes = HexFormat.of().parseHex(v.get("statuslist.cose"));
        String qrText = v.get("valid.qr");
        Instant now = TestVectors.NOW;
        boolean accepted = false;
        // docs:start
        TrustAnchor anchor = TrustAnchor.of(CoseAlgorithm.ED25519, anchorDer);       // configured once, out of band
        if (TrustList.load(trustBytes, anchor, now) instanceof Loaded.Accepted<TrustList> trust
                && StatusList.load(statusBytes, trust.document(), now) instanceof Loaded.Accepted<StatusList> status) {
            Verdict verdict = AttestationVerifier.verify(qrText, trust.document(), status.document(), now);
            if (verdict instanceof Verdict.Valid valid) {
                Attestation attestation = valid.claims().attestation();               // show holder, category, band
                accepted = attestation.category() == StatusCategory.CIVIL_INVALIDITY;
            }
        }
        // docs:end
        assertThat(accepted).isTrue();
    }

    private static List<String> lines(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static byte[] inflate(String qrText) {
        try {
            return Zlib.inflate(Base45.decode(qrText.substring(AttestationEncoder.PREFIX.length())), Zlib.MAX_INFLATED);
        } catch (MalformedException e) {
            throw new AssertionError(e.reason(), e);
        }
    }
}
