package dev.sportello.benchmarks;

import dev.sportello.Operation;
import dev.sportello.ServiceGrants;

import java.util.EnumSet;

/**
 * The benchmarks' service principals granted every operation: {@code bench}, {@code portal}, and the dossier
 * feed's {@code inail-records}.
 */
final class BenchServices {
    static final ServiceGrants GRANTS = ServiceGrants.builder().grant("bench", EnumSet.allOf(Operation.class))
            .grant("portal", EnumSet.allOf(Operation.class))
            .grant("inail-records", EnumSet.allOf(Operation.class)).build();

    private BenchServices() {
    }
}
