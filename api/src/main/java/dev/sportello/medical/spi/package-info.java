/**
 * What a storage implements for medical reports: {@link dev.sportello.medical.spi.MedicalReportStore}.
 */
package dev.sportello.medical.spi;
