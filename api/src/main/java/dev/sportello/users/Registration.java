package dev.sportello.users;

import dev.sportello.Language;

/**
 * A command that registers a user; one record per kind of party.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface Registration permits RegisterCitizen, RegisterCompany, RegisterIntermediary {
    /** The preferred language. */
    Language language();

    /** The fiscal code that identifies the new user. */
    FiscalCode fiscalCode();
}
