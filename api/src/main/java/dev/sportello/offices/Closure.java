package dev.sportello.offices;

import dev.sportello.Arguments;
import dev.sportello.AuditSubject;
import dev.sportello.PartyId;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An ad-hoc closure of an office on one day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param office    the office, not null
 * @param date      the day, not null
 * @param reason    the reason shown to users, not null
 * @param createdBy who decided it, not null
 * @param createdAt when, not null
 */
public record Closure(OfficeCode office, LocalDate date, String reason, PartyId createdBy, Instant createdAt) implements AuditSubject {
    /** Checks the components. */
    public Closure {
        Arguments.required(office, "Closure", "office");
        Arguments.required(date, "Closure", "date");
        Arguments.required(reason, "Closure", "reason");
        Arguments.required(createdBy, "Closure", "createdBy");
        Arguments.required(createdAt, "Closure", "createdAt");
    }

    @Override
    public String auditType() {
        return "closure";
    }

    @Override
    public String auditId() {
        return office.value() + "/" + date;
    }
}
