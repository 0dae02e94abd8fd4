/**
 * The dossiers area's service-provider interface: the stores an adapter implements for it — dossiers with
 * their timelines, measures, payments, request links and the owners' personal data
 * ({@link dev.sportello.dossiers.spi.DossierStore}), document metadata
 * ({@link dev.sportello.dossiers.spi.DocumentStore}) and document content, streamed
 * ({@link dev.sportello.dossiers.spi.DocumentContentStore}). All are looked up by type in a transaction
 * ({@link dev.sportello.spi.Stores#get}) and write in it. Depends on the api alone.
 */
package dev.sportello.dossiers.spi;
