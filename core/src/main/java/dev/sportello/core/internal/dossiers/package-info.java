/**
 * Internal implementation of Sportello (dossiers, R-DOS-1…3); not API. Nothing here is stable across releases,
 * even where a class is public: use {@code dev.sportello.core.SportelloSdk} and the api module instead.
 */
package dev.sportello.core.internal.dossiers;
