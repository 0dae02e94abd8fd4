package dev.sportello.attestation.verifier;

import java.lang.management.ManagementFactory;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixed world of the verifier's fuzz targets: keys from fixed seeds (so that committed corpus inputs keep their
 * meaning across runs), a loaded trust list and status list, seed tokens, and the checks every answer must pass.
 */
final class FuzzWorld {
    /**
     * Most bytes one verification may allocate, whatever the text: the caps (4096 characters, 64 KB inflated) keep the
     * worst case measured (an array of 65,000 integers) near 2.5 MB.
     */
    static final long MAX_ALLOCATED_BYTES = 16L << 20;

    static final InMemorySigner ES = es256FromSeed(20261203);
    static final TrustList TRUST = Fixtures.loadedTrustList(ES, Fixtures.ED);
    static final StatusList STATUS = Fixtures.statusList(TRUST, Fixtures.ED, 5);
    /** The claims of every seed token: a Valid verdict can only carry one of them (the payload is signed). */
    static final Set<AttestationClaims> SIGNED_CLAIMS = Set.of(Fixtures.claims(7), Fixtures.claims(5), documentClaims());

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private FuzzWorld() {
    }

    /** The COSE_Sign1 bytes of the seed tokens: valid, revoked, a document-reference holder, both algorithms. */
    static List<byte[]> seedTokens() {
        List<byte[]> tokens = new ArrayList<>();
        for (InMemorySigner signer : List.of(ES, Fixtures.ED)) {
            tokens.add(CoseSign1.sign(ClaimsCodec.encode(Fixtures.claims(7)), signer, null));
            tokens.add(CoseSign1.sign(ClaimsCodec.encode(Fixtures.claims(5)), signer, null));
            tokens.add(CoseSign1.sign(ClaimsCodec.encode(documentClaims()), signer, null));
        }
        return tokens;
    }

    /**
     * Verifies through the rules themselves (not the public catch-all, so that an exception is a finding) and
     * checks the answer: a verdict, bounded allocation, and Valid only for claims that were really signed.
     */
    static Verdict verifyAndCheck(String text) {
        Verdict verdict = Verification.verify(text, TRUST, STATUS, Fixtures.NOW);
        assertThat(verdict).isNotNull();
        // measured on a second run: the first run of a code path loads (and, when fuzzing, instruments) classes
        assertThat(allocated(text)).as("bytes allocated by one verification").isLessThan(MAX_ALLOCATED_BYTES);
        if (verdict instanceof Verdict.Valid valid) {
            assertThat(SIGNED_CLAIMS).contains(valid.claims());
        }
        assertThat(AttestationVerifier.verify(text, TRUST, STATUS, Fixtures.NOW).getClass()).isEqualTo(verdict.getClass());
        return verdict;
    }

    private static long allocated(String text) {
        long thread = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(thread);
        Verification.verify(text, TRUST, STATUS, Fixtures.NOW);
        return THREADS.getThreadAllocatedBytes(thread) - before;
    }

    private static AttestationClaims documentClaims() {
        AttestationClaims named = Fixtures.claims(9);
        return new AttestationClaims(named.issuer(), named.issuedAt(), named.expiresAt(), named.tokenId(), named.status(),
                new Attestation(new Holder.DocumentReference("CIE:CA00000AA"), StatusCategory.HANDICAP_L104, null,
                        LocalDate.of(2026, 11, 20), null));
    }

    /** A P-256 signer whose key comes from a seeded SHA1PRNG: the same key on every run of a given JDK. */
    private static InMemorySigner es256FromSeed(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return InMemorySigner.of(CoseAlgorithm.ES256, generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
