package dev.sportello.feedback;

import dev.sportello.offices.OfficeCode;
import jakarta.validation.constraints.NotNull;

import java.time.YearMonth;

/**
 * Which rating figures to read: months {@code from} to {@code to} (both included, at most 24, years 1900 to
 * 9999), for one office or every office.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from   the first month, required
 * @param to     the last month, required, not before {@code from}
 * @param office one office, or null for every office (supervisors and services)
 */
public record RatingFiguresQuery(@NotNull YearMonth from, @NotNull YearMonth to, OfficeCode office) {
}
