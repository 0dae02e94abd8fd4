/**
 * The ports: every interface an adapter implements, in one place (as {@code org.slf4j.spi} sits in
 * slf4j-api). Adapters depend on the api module alone.
 *
 * <p>Ports exchange immutable snapshots (records), never core objects. A port evolves only by
 * {@code default} methods. Storage ports are reached through a {@link dev.sportello.spi.UnitOfWork}: all
 * writes of one command happen in one transaction. Transport ports return a
 * {@link dev.sportello.spi.DeliveryResult} and do not throw for a refused message.
 *
 * <p>Run the contract tests of {@code sportello-tck} against every adapter you write.
 */
package dev.sportello.spi;
