package dev.sportello.core.internal.attestation;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.attestation.QrFormat;
import dev.sportello.attestation.QrImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders a QR text with ZXing: error correction Q (readable from a scratched phone screen), the mode ZXing picks
 * for the text (alphanumeric for the Base45 of an attestation), a quiet zone of 4 modules. PNG through the JDK's
 * ImageIO (8 pixels a module); SVG written here as one path of the dark modules — it holds no text but numbers.
 *
 * <p>Thread-safe (stateless).
 */
final class QrRenderer {
    /** The quiet zone, in modules. */
    static final int QUIET_ZONE = 4;
    /** Pixels a module in the PNG. */
    static final int SCALE = 8;

    private QrRenderer() {
    }

    /** The QR code of a text, in a format. */
    static QrImage render(String text, QrFormat format) {
        ByteMatrix matrix = encode(text);
        byte[] content = format == QrFormat.PNG ? png(matrix) : svg(matrix).getBytes(StandardCharsets.UTF_8);
        return new QrImage(format, matrix.getWidth(), content);
    }

    static ByteMatrix encode(String text) {
        try {
            QRCode code = Encoder.encode(text, ErrorCorrectionLevel.Q, Map.of(EncodeHintType.ERROR_CORRECTION,
                    ErrorCorrectionLevel.Q));
            return code.getMatrix();
        } catch (WriterException e) {
            throw SportelloException.of(ErrorCode.ATT_SIGNING_FAILED, Map.of("reason", "the text does not fit a QR code"));
        }
    }

    private static byte[] png(ByteMatrix m) {
        int side = (m.getWidth() + 2 * QUIET_ZONE) * SCALE;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        int white = 0xFFFFFF;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                int mx = x / SCALE - QUIET_ZONE;
                int my = y / SCALE - QUIET_ZONE;
                boolean dark = mx >= 0 && my >= 0 && mx < m.getWidth() && my < m.getHeight() && m.get(mx, my) == 1;
                image.setRGB(x, y, dark ? 0 : white);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String svg(ByteMatrix m) {
        int side = m.getWidth() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            int x = 0;
            while (x < m.getWidth()) {
                if (m.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < m.getWidth() && m.get(x, y) == 1) {
                    x++;
                }
                path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                + side + " " + side + "\" width=\"" + side * SCALE + "\" height=\"" + side * SCALE
                + "\" shape-rendering=\"crispEdges\"><rect width=\"" + side + "\" height=\"" + side
                + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
    }
}
