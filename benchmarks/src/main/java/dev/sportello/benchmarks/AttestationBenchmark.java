package dev.sportello.benchmarks;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import dev.sportello.attestation.verifier.Attestation;
import dev.sportello.attestation.verifier.AttestationClaims;
import dev.sportello.attestation.verifier.AttestationEncoder;
import dev.sportello.attestation.verifier.AttestationVerifier;
import dev.sportello.attestation.verifier.CoseAlgorithm;
import dev.sportello.attestation.verifier.Holder;
import dev.sportello.attestation.verifier.InMemorySigner;
import dev.sportello.attestation.verifier.Loaded;
import dev.sportello.attestation.verifier.PercentageBand;
import dev.sportello.attestation.verifier.SignerKey;
import dev.sportello.attestation.verifier.StatusCategory;
import dev.sportello.attestation.verifier.StatusList;
import dev.sportello.attestation.verifier.StatusReference;
import dev.sportello.attestation.verifier.TrustAnchor;
import dev.sportello.attestation.verifier.TrustList;
import dev.sportello.attestation.verifier.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The QR attestation (issue 11 §4): sign throughput (ES256, Ed25519), verify throughput on one thread with the
 * trust list and status list already loaded (goal: 10,000/s on one core), and the QR text's length for a named
 * holder and a document-reference holder, with the QR version and module count at error correction Q (ZXing).
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.sportello.benchmarks.AttestationBenchmark}
 * ({@code -Drounds=5 -Dseconds=3}).
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
public final class AttestationBenchmark {
    private static final int ROUNDS = Integer.getInteger("rounds", 5);
    private static final double SECONDS = Double.parseDouble(System.getProperty("seconds", "3"));
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant NOW = T0.plus(Duration.ofHours(2));
    static final String STATUS_URI = "https://attestazioni.inps.it/status/000001";

    private AttestationBenchmark() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args ignored
     */
    public static void main(String[] args) throws Exception {
        World world = new World();
        System.out.printf("Attestation: one thread, %d rounds of %.1f s after one warm-up round, median%n", ROUNDS, SECONDS);
        for (CoseAlgorithm algorithm : List.of(CoseAlgorithm.ES256, CoseAlgorithm.ED25519)) {
            int[] index = {0};
            System.out.printf("sign   %-8s : %,10.0f tokens/s%n", algorithm,
                    rate(() -> world.sign(algorithm, index[0]++).length()));
        }
        for (CoseAlgorithm algorithm : List.of(CoseAlgorithm.ES256, CoseAlgorithm.ED25519)) {
            String text = world.sign(algorithm, 7);
            System.out.printf("verify %-8s : %,10.0f tokens/s (Valid, lists loaded)%n", algorithm,
                    rate(() -> world.verifyValid(text)));
        }
        nativeProvider(world);
        String text = world.sign(CoseAlgorithm.ES256, 7);
        System.out.printf("decode only      : %,10.0f tokens/s (prefix, Base45, zlib, COSE parse; kid not in the list)%n",
                rate(() -> world.verifyUnknownKey(text)));
        System.out.println("QR text (alphanumeric, error correction Q):");
        for (Map.Entry<String, AttestationClaims> e : Map.of("Named holder", world.claims(7, true),
                "DocumentReference holder", world.claims(7, false)).entrySet()) {
            String qr = AttestationEncoder.encode(e.getValue(), world.es256);
            QRCode code = qr(qr);
            System.out.printf("  %-25s: %4d characters, QR version %d (%d x %d modules), mode %s%n", e.getKey(),
                    qr.length(), code.getVersion().getVersionNumber(), code.getMatrix().getWidth(),
                    code.getMatrix().getHeight(), code.getMode());
        }
    }

    /**
     * The same verify with a native JCA provider registered by the application (Amazon Corretto Crypto Provider,
     * AWS-LC): the verifier asks the JCA for its algorithms by name, so it runs on whatever provider comes first,
     * without a change to the JDK-only artifact. Last, since it changes the process's providers.
     */
    private static void nativeProvider(World world) throws Exception {
        if (!Boolean.parseBoolean(System.getProperty("native", "true"))) {
            return;
        }
        com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider.install();
        Throwable error = com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider.INSTANCE.getLoadingError();
        if (error != null) {
            System.out.println("native provider : not available on this platform (" + error.getClass().getSimpleName() + ")");
            return;
        }
        System.out.printf("with a native JCA provider registered first (ACCP %s, AWS-LC %s):%n",
                com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider.INSTANCE.getVersionStr(),
                com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider.INSTANCE.getAwsLcVersionStr());
        for (CoseAlgorithm algorithm : List.of(CoseAlgorithm.ES256, CoseAlgorithm.ED25519)) {
            String text = world.sign(algorithm, 7);
            System.out.printf("verify %-8s : %,10.0f tokens/s (Valid, lists loaded; signature on %s)%n", algorithm,
                    rate(() -> world.verifyValid(text)), java.security.Signature.getInstance(
                            algorithm == CoseAlgorithm.ES256 ? "SHA256withECDSAinP1363Format" : "Ed25519").getProvider().getName());
            int[] index = {0};
            System.out.printf("sign   %-8s : %,10.0f tokens/s%n", algorithm,
                    rate(() -> world.sign(algorithm, index[0]++).length()));
        }
    }

    /** The QR code ZXing would render for a text at error correction Q. */
    static QRCode qr(String text) throws WriterException {
        return Encoder.encode(text, ErrorCorrectionLevel.Q, Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q));
    }

    /** Operations per second: the median of the rounds, after a warm-up round. */
    private static double rate(IntSupplier operation) {
        double[] rates = new double[ROUNDS];
        long sink = 0;
        for (int round = -1; round < ROUNDS; round++) {
            long start = System.nanoTime();
            long deadline = start + (long) (SECONDS * 1e9);
            int n = 0;
            long now;
            do {
                sink += operation.getAsInt();
                n++;
                now = System.nanoTime();
            } while (now < deadline);
            if (round >= 0) {
                rates[round] = n / ((now - start) / 1e9);
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return Medians.of(rates);
    }

    /** Keys, a loaded trust list and status list, and the claims of the benchmark. Not thread-safe. */
    static final class World {
        final InMemorySigner es256 = InMemorySigner.generate(CoseAlgorithm.ES256);
        final InMemorySigner ed25519 = InMemorySigner.generate(CoseAlgorithm.ED25519);
        final TrustList trust;
        final TrustList otherTrust;
        final StatusList status;

        World() {
            InMemorySigner anchor = InMemorySigner.generate(CoseAlgorithm.ES256);
            trust = load(TrustList.of("IT-INPS", T0, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(7)), List.of(
                    SignerKey.of(es256, T0.minus(Duration.ofDays(365)), T0.plus(Duration.ofDays(365))),
                    SignerKey.of(ed25519, T0.minus(Duration.ofDays(365)), T0.plus(Duration.ofDays(365))))).sign(anchor), anchor);
            InMemorySigner stranger = InMemorySigner.generate(CoseAlgorithm.ES256);
            otherTrust = load(TrustList.of("IT-INPS", T0, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(7)), List.of(
                    SignerKey.of(stranger, T0.minus(Duration.ofDays(365)), T0.plus(Duration.ofDays(365))))).sign(anchor), anchor);
            BitSet revoked = new BitSet();
            revoked.set(5);
            byte[] list = StatusList.sign(STATUS_URI, revoked, 131_072, T0, T0.plus(Duration.ofDays(1)), Duration.ofHours(12), es256);
            status = ((Loaded.Accepted<StatusList>) StatusList.load(list, trust, NOW)).document();
        }

        private static TrustList load(byte[] bytes, InMemorySigner anchor) {
            return ((Loaded.Accepted<TrustList>) TrustList.load(bytes, TrustAnchor.of(anchor), NOW)).document();
        }

        AttestationClaims claims(long index, boolean named) {
            Holder holder = named ? new Holder.Named("Rossi", "Maria Grazia", LocalDate.of(1961, 4, 23))
                    : new Holder.DocumentReference("CIE:CA00000AA");
            byte[] cti = java.nio.ByteBuffer.allocate(16).putLong(0x5350_4f52_5445_4c4cL).putLong(index).array();
            return new AttestationClaims("IT-INPS", T0, T0.plus(Duration.ofDays(365)), cti,
                    new StatusReference(STATUS_URI, index % 131_072),
                    new Attestation(holder, StatusCategory.CIVIL_INVALIDITY, PercentageBand.of(80), LocalDate.of(2026, 11, 20),
                            LocalDate.of(2029, 11, 19)));
        }

        /** A signed token (a fresh cti and index each time, as an issuer would). */
        String sign(CoseAlgorithm algorithm, long index) {
            return AttestationEncoder.encode(claims(index == 5 ? 6 : index, true), algorithm == CoseAlgorithm.ES256 ? es256 : ed25519);
        }

        /** Verifies a token that must be Valid; throws otherwise, so that the figure cannot be of an error path. */
        int verifyValid(String text) {
            Verdict verdict = AttestationVerifier.verify(text, trust, status, NOW);
            if (!(verdict instanceof Verdict.Valid valid)) {
                throw new IllegalStateException("expected Valid, got " + verdict);
            }
            return valid.keyId().length();
        }

        /** Verifies against a trust list without the token's key: everything but the signature and the claims. */
        int verifyUnknownKey(String text) {
            Verdict verdict = AttestationVerifier.verify(text, otherTrust, status, NOW);
            if (!(verdict instanceof Verdict.UnknownKey unknown)) {
                throw new IllegalStateException("expected UnknownKey, got " + verdict);
            }
            return unknown.keyId().length();
        }
    }
}
