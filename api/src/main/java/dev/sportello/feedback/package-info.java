/**
 * Suggestions and satisfaction ratings (R-DOS-6): a user rates the service as a whole, a closed request
 * or a completed appointment from 1 to 5, with an optional suggestion; the institution's staff read the
 * ratings as figures with small-cell suppression and triage the suggestions. Entry point
 * {@link dev.sportello.feedback.Feedback}, reached by {@code Sportello.feedback()}.
 */
package dev.sportello.feedback;
