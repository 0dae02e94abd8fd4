package dev.sportello.attestation;

/**
 * The image formats of an attestation's QR code.
 *
 * <p>Thread-safe (an enum).
 */
public enum QrFormat {
    /** A PNG image ({@code image/png}), black modules on white, 8 pixels a module. */
    PNG("image/png", "png"),
    /** An SVG image ({@code image/svg+xml}) drawn as one path. */
    SVG("image/svg+xml", "svg");

    private final String mediaType;
    private final String extension;

    QrFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** The media type; never null. */
    public String mediaType() {
        return mediaType;
    }

    /** The file-name extension, without the dot; never null. */
    public String extension() {
        return extension;
    }
}
