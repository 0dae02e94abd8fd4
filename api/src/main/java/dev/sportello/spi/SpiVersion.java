package dev.sportello.spi;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Map;

/**
 * The version of the service-provider interface, for the handshake between an adapter and the SDK
 * (as SLF4J's providers declare the API version they were built for).
 *
 * <p>An adapter returns {@link #CURRENT} from {@link SpiVersioned#spiVersion()}. Because it is a
 * compile-time constant, the value is copied into the adapter's class file: it says which SPI the
 * adapter was compiled against, whatever api jar is on the class path at run time. The SDK accepts an
 * adapter whose major version equals its own and whose minor version is not newer than its own: minor
 * versions only add {@code default} methods, optional store types and builder fields, so an older
 * adapter keeps working; a newer adapter may rely on SPI that this SDK does not have.
 *
 * <p>Immutable and thread-safe.
 *
 * @param major incremented when the SPI changes incompatibly, at least 1
 * @param minor incremented when the SPI grows compatibly, at least 0
 */
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {
    /** The SPI version of this api jar, {@code "major.minor"}. Adapters return this constant. */
    public static final String CURRENT = "1.1";

    /** Checks the numbers. */
    public SpiVersion {
        if (major < 1 || minor < 0) {
            throw SportelloException.of(ErrorCode.ADAPTER_SPI_INCOMPATIBLE, Map.of("declared",
                    major + "." + minor, "accepted", CURRENT));
        }
    }

    /** The version of this api jar. */
    public static SpiVersion current() {
        return parse(CURRENT);
    }

    /**
     * Reads {@code "major.minor"}.
     *
     * @param text the text, may be null (which no adapter should declare)
     * @return the version
     * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_SPI_INCOMPATIBLE} if the text is not a
     *                                               version
     */
    public static SpiVersion parse(String text) {
        if (text != null && text.matches("[1-9][0-9]{0,3}\\.[0-9]{1,4}")) {
            int dot = text.indexOf('.');
            return new SpiVersion(Integer.parseInt(text.substring(0, dot)), Integer.parseInt(text.substring(dot + 1)));
        }
        throw SportelloException.of(ErrorCode.ADAPTER_SPI_INCOMPATIBLE, Map.of("declared", String.valueOf(text),
                "accepted", CURRENT.substring(0, CURRENT.indexOf('.')) + ".0 to " + CURRENT));
    }

    /**
     * Whether an adapter built against {@code declared} works with this SPI version.
     *
     * @param declared the adapter's version, not null
     * @return true if the major versions match and the adapter's minor is not newer
     */
    public boolean accepts(SpiVersion declared) {
        Arguments.required(declared, "SpiVersion", "declared");
        return declared.major == major && declared.minor <= minor;
    }

    /**
     * Fails unless this SPI version accepts what an adapter declares.
     *
     * @param adapter  what the adapter is (for the message), not null
     * @param declared the version text it declares
     * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_SPI_INCOMPATIBLE}
     */
    public void require(String adapter, String declared) {
        SpiVersion version = parse(declared);
        if (!accepts(version)) {
            throw SportelloException.of(ErrorCode.ADAPTER_SPI_INCOMPATIBLE, Map.of("adapter", adapter,
                    "declared", version.toString(), "accepted", major + ".0 to " + this));
        }
    }

    @Override
    public int compareTo(SpiVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
