/**
 * The medical-reports area (R-DOS-4, R-NOT-4): the feed hook, the audience rules, the guide's content and its
 * renderings, the notice task and the anonymous figures. Internal: not API.
 */
package dev.sportello.core.internal.medical;
