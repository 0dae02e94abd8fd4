package dev.sportello.spi;

/**
 * A port that declares the SPI version it implements. The storage ({@link UnitOfWork}) must; any other
 * port may, and the SDK's builder then checks it too.
 *
 * <p>Implementations are thread-safe.
 */
public interface SpiVersioned {
    /**
     * The SPI version the adapter was written against.
     *
     * @return {@link SpiVersion#CURRENT}, as compiled into the adapter; never null
     */
    String spiVersion();
}
