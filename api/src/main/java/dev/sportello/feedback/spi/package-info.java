/**
 * The feedback area's service-provider interface: the stores an adapter implements for it. Stores are
 * looked up by type in a transaction ({@link dev.sportello.spi.Stores#get}); their data types grow only in
 * ways that keep adapters source- and binary-compatible (see {@code docs/compatibility.md}). Depends on the
 * api alone.
 */
package dev.sportello.feedback.spi;
