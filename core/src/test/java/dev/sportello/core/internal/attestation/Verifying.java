package dev.sportello.core.internal.attestation;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.sportello.attestation.Attestations;
import dev.sportello.attestation.spi.AttestationSigner;
import dev.sportello.attestation.verifier.AttestationVerifier;
import dev.sportello.attestation.verifier.CoseAlgorithm;
import dev.sportello.attestation.verifier.Loaded;
import dev.sportello.attestation.verifier.StatusList;
import dev.sportello.attestation.verifier.TrustAnchor;
import dev.sportello.attestation.verifier.TrustList;
import dev.sportello.attestation.verifier.Verdict;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/** What a verifier does in the tests: download the lists, load them against the anchor, verify; decode QR images. */
final class Verifying {
    private Verifying() {
    }

    /** Verifies a QR text against the SDK's current trust list and status list 1, at a time. */
    static Verdict verify(Attestations attestations, AttestationSigner anchor, String qrText, Instant now) {
        Loaded<TrustList> trust = TrustList.load(attestations.trustList(), TrustAnchor.of(CoseAlgorithm.ES256,
                anchor.publishedKey()), now);
        if (!(trust instanceof Loaded.Accepted<TrustList> acceptedTrust)) {
            throw new AssertionError("trust list rejected: " + trust);
        }
        Loaded<StatusList> status = StatusList.load(attestations.statusList(1), acceptedTrust.document(), now);
        if (!(status instanceof Loaded.Accepted<StatusList> acceptedStatus)) {
            throw new AssertionError("status list rejected: " + status);
        }
        return AttestationVerifier.verify(qrText, acceptedTrust.document(), acceptedStatus.document(), now);
    }

    /** The text of the QR code in a PNG, as a phone's reader finds it. */
    static String decodePng(byte[] png) throws Exception {
        BufferedImage image = read(png);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(),
                image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
    }

    static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new AssertionError("not an image");
        }
        return image;
    }
}
