/**
 * Internal: the dossiers area (R-DOS-1…3). Not API; not exported by the module.
 */
package dev.sportello.core.internal.dossiers;
