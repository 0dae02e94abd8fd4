package dev.sportello.adapters.memory;

import dev.sportello.Arguments;
import dev.sportello.users.FragilityFacts;
import dev.sportello.users.TaxCode;
import dev.sportello.users.spi.FragilityRegister;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fragile-users records held in memory, for tests and demos (R-USR-5).
 *
 * <p>Thread-safe.
 */
public final class MemoryFragilityRegister implements FragilityRegister {
    private final Map<String, FragilityFacts> facts = new ConcurrentHashMap<>();

    /** An empty register. */
    public MemoryFragilityRegister() {
        // nobody is on record yet
    }

    /**
     * Records the facts about a citizen (replacing earlier ones).
     *
     * @param taxCode the citizen, not null
     * @param record  the facts, not null
     * @return this register
     */
    public MemoryFragilityRegister put(TaxCode taxCode, FragilityFacts record) {
        Arguments.required(taxCode, "MemoryFragilityRegister", "taxCode");
        facts.put(taxCode.canonical(), Arguments.required(record, "MemoryFragilityRegister", "record"));
        return this;
    }

    @Override
    public Optional<FragilityFacts> facts(TaxCode taxCode) {
        return Optional.ofNullable(facts.get(taxCode.canonical()));
    }
}
