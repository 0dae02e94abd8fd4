/**
 * Dossiers (R-DOS-1…3): what the counter shows of the institution's cases — status with its timeline,
 * outcome, measures, payments, documents and the personal data as the institution holds them — fed by
 * the integrator's systems of record through {@link dev.sportello.dossiers.Dossiers#report}, and read
 * by their owners, their delegates and the operators of the managing office.
 */
package dev.sportello.dossiers;
