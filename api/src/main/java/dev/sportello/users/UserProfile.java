package dev.sportello.users;

import dev.sportello.Arguments;
import dev.sportello.Language;
import dev.sportello.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the counter knows of a user. {@link #toString()} masks the name as the value objects mask
 * codes and contacts, so that a profile logged by mistake does not put personal data in a log.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id                 the id, not null
 * @param kind               citizen, company or intermediary, not null
 * @param fiscalCode         tax code (citizens, professional intermediaries) or company tax code, not null
 * @param name               full name or company name, not null
 * @param registrationNumber the company registration number, only for companies (else null)
 * @param municipality       residence (citizens) or registered seat (companies), not null
 * @param language           preferred language, not null
 * @param contacts           contact points, not null, immutable
 * @param version            optimistic-locking version; pass it back to update
 * @param createdAt          registration time, not null
 * @param updatedAt          last change, not null
 */
public record UserProfile(UserId id, UserKind kind, FiscalCode fiscalCode, String name,
                          CompanyRegistrationNumber registrationNumber, MunicipalityCode municipality,
                          Language language, List<ContactPoint> contacts, long version, Instant createdAt,
                          Instant updatedAt) {
    /** Checks and copies the components. */
    public UserProfile {
        Arguments.required(id, "UserProfile", "id");
        Arguments.required(kind, "UserProfile", "kind");
        Arguments.required(fiscalCode, "UserProfile", "fiscalCode");
        Arguments.required(name, "UserProfile", "name");
        Arguments.required(municipality, "UserProfile", "municipality");
        Arguments.required(language, "UserProfile", "language");
        contacts = Arguments.list(contacts, "UserProfile", "contacts");
        Arguments.required(createdAt, "UserProfile", "createdAt");
        Arguments.required(updatedAt, "UserProfile", "updatedAt");
    }

    /**
     * The most recently verified contact point of a kind.
     *
     * @param contactKind mobile or e-mail, not null
     * @return the contact point, if any is verified
     */
    public Optional<ContactPoint> verifiedContact(ContactKind contactKind) {
        return contacts.stream()
                .filter(c -> c.kind() == contactKind && c.verified())
                .max(java.util.Comparator.comparing(ContactPoint::verifiedAt));
    }

    /** The components, with the name reduced to initials and the codes and contacts masked. */
    @Override
    public String toString() {
        StringBuilder initials = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                initials.append(initials.isEmpty() ? "" : " ").appendCodePoint(word.codePointAt(0)).append('.');
            }
        }
        return "UserProfile[id=" + id + ", kind=" + kind + ", fiscalCode=" + fiscalCode + ", name=" + initials
                + ", registrationNumber=" + registrationNumber + ", municipality=" + municipality + ", language="
                + language + ", contacts=" + contacts + ", version=" + version + ", createdAt=" + createdAt
                + ", updatedAt=" + updatedAt + "]";
    }
}
