/**
 * Medical reports (R-DOS-4): the civil-invalidity, deafness, blindness, handicap (Law 104/1992) and
 * disability (Law 68/1999) reports that belong to a dossier and arrive through the dossier feed
 * ({@link dev.sportello.dossiers.DossierReport#medicalReport()}, a {@link dev.sportello.dossiers.MedicalReport}), the
 * personalised guide their recipients
 * get with the notice "Il tuo verbale sanitario è stato emesso", in three renderings of one content, and the
 * anonymous figures of how the guide is used (R-NOT-4). Entry point: {@link dev.sportello.medical.MedicalReports}.
 */
package dev.sportello.medical;
