/**
 * The entry facade ({@link dev.sportello.Sportello}), the acting principal, the assurance policy, the
 * error model and the types shared by every area. Areas live in sub-packages with the same names as
 * in the core: {@code users}, {@code offices}, {@code notifications}, {@code requests},
 * {@code appointments}, {@code delegation}; ports in {@code spi}.
 */
package dev.sportello;
