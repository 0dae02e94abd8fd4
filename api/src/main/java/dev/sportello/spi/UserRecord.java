package dev.sportello.spi;

import dev.sportello.Language;
import dev.sportello.UserId;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.FiscalCode;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.UserKind;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Stored form of a user with their contact points.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                 the id, not null
 * @param kind               the kind, not null
 * @param fiscalCode         unique among users, not null
 * @param name               the name, not null
 * @param registrationNumber companies only (unique among users), else null
 * @param municipality       residence or registered seat, not null
 * @param language           preferred language, not null
 * @param contacts           contact points in the order they were added, not null
 * @param version            optimistic-locking version, starts at 0
 * @param createdAt          creation time, not null
 * @param updatedAt          last change, not null
 */
public record UserRecord(UserId id, UserKind kind, FiscalCode fiscalCode, String name,
                         CompanyRegistrationNumber registrationNumber, MunicipalityCode municipality,
                         Language language, List<ContactRecord> contacts, long version, Instant createdAt,
                         Instant updatedAt) {
    /** Checks and copies the components. */
    public UserRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fiscalCode, "fiscalCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(language, "language");
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
