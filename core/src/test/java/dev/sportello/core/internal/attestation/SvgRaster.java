package dev.sportello.core.internal.attestation;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rasterises the renderer's SVG path ({@code M x y h w v1 h-w z} runs) to a PNG, as an SVG viewer would draw it. */
final class SvgRaster {
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final Pattern PATH = Pattern.compile("<path fill=\"#000\" d=\"([^\"]*)\"/>");

    private SvgRaster() {
    }

    static byte[] png(String svg, int side) throws Exception {
        Matcher path = PATH.matcher(svg);
        if (!path.find()) {
            throw new AssertionError("no path");
        }
        int scale = 4;
        BufferedImage image = new BufferedImage(side * scale, side * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
        Matcher run = RUN.matcher(path.group(1));
        int end = 0;
        while (run.find()) {
            if (run.start() != end) {
                throw new AssertionError("unexpected path data at " + end);
            }
            end = run.end();
            int x0 = Integer.parseInt(run.group(1));
            int y0 = Integer.parseInt(run.group(2));
            int w = Integer.parseInt(run.group(3));
            for (int y = y0 * scale; y < (y0 + 1) * scale; y++) {
                for (int x = x0 * scale; x < (x0 + w) * scale; x++) {
                    image.setRGB(x, y, 0);
                }
            }
        }
        if (end != path.group(1).length()) {
            throw new AssertionError("unparsed path data");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
