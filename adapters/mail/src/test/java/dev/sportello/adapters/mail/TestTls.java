package dev.sportello.adapters.mail;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.concurrent.TimeUnit;

/**
 * TLS material for the tests: a self-signed certificate for {@code 127.0.0.1} and {@code localhost}
 * made once with the JDK's {@code keytool}, and trust in GreenMail's own test certificate.
 *
 * <p>Thread-safe (initialised once).
 */
final class TestTls {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private static KeyStore loopback;

    private TestTls() {
    }

    /** A keystore whose key's certificate names 127.0.0.1 and localhost (EC P-256, valid for 2 days). */
    static synchronized KeyStore loopbackKeyStore() throws IOException, GeneralSecurityException, InterruptedException {
        if (loopback == null) {
            Path dir = Files.createTempDirectory("sportello-mail-tls");
            Path file = dir.resolve("loopback.p12");
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "smtp",
                    "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                    "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", file.toString(), "-storepass", "changeit", "-keypass", "changeit")
                    .redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed");
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                ks.load(in, PASSWORD);
            }
            Files.delete(file);
            Files.delete(dir);
            loopback = ks;
        }
        return loopback;
    }

    /** The server side: the loopback key. */
    static SSLContext loopbackServer() throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(loopbackKeyStore(), PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    /** The client side: trusts the loopback certificate only. */
    static SSLContext trustingLoopback() throws Exception {
        return trusting(loopbackKeyStore().getCertificate("smtp"));
    }

    /** The client side: trusts the self-signed certificate GreenMail ships in its jar ({@code greenmail.p12}). */
    static SSLContext trustingGreenMail() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = com.icegreen.greenmail.util.GreenMail.class.getClassLoader()
                .getResourceAsStream("greenmail.p12")) {
            ks.load(in, PASSWORD);
        }
        return trusting(ks.getCertificate("greenmail"));
    }

    private static SSLContext trusting(Certificate certificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("trusted", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }
}
