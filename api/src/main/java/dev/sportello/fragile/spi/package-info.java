/**
 * The fragile-users channel's service-provider interface: the store an adapter implements for it. Stores are
 * looked up by type in a transaction ({@link dev.sportello.spi.Stores#get}); their data types grow only in
 * ways that keep adapters source- and binary-compatible (see {@code docs/compatibility.md}). The postal
 * channel the letters go through is a cross-cutting port, {@link dev.sportello.spi.PostalChannel}. Depends on
 * the api alone.
 */
package dev.sportello.fragile.spi;
