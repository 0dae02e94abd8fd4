package dev.sportello.dossiers;

import dev.sportello.Arguments;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The user's personal data as the institution holds them (dati anagrafici), a read-only view the feed
 * reports: named fields in display order (e.g. {@code name}, {@code birthDate}, {@code address},
 * {@code municipality}) with the time the source read them. A change is asked for through a
 * {@code PERSONAL_DATA_CHANGE} request (R-DOS-3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param fields field names (a letter, then letters or digits, at most 40) and their values (1–200
 *               characters), at most 30, in display order; not null
 * @param asOf   when the source read them, not null
 */
public record PersonalData(Map<String, String> fields, Instant asOf) {
    /** Compiled once: {@code String.matches} compiles its expression on every call. */
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");

    /**
     * Checks and copies the components, keeping their order.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}, {@code VALUE_INVALID} or
     *                                             {@code TEXT_MALFORMED}
     */
    public PersonalData {
        Map<String, String> given = Arguments.map(fields, "PersonalData", "fields");
        Arguments.required(asOf, "PersonalData", "asOf");
        if (given.isEmpty() || given.size() > 30) {
            throw Arguments.invalid("PersonalData", "fields", "1 to 30 fields");
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw Arguments.invalid("PersonalData", "fields", "names are a letter then letters or digits, at most 40");
            }
            ordered.put(name, DossierTexts.text(value, "PersonalData", "fields." + name, 200));
        });
        fields = java.util.Collections.unmodifiableMap(ordered);
    }
}
