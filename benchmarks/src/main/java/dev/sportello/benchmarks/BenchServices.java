package dev.sportello.benchmarks;

import dev.sportello.Operation;
import dev.sportello.ServiceGrants;

import java.util.EnumSet;

/** The benchmarks' service principals, {@code bench} and {@code portal}, granted every operation. */
final class BenchServices {
    static final ServiceGrants GRANTS = ServiceGrants.builder().grant("bench", EnumSet.allOf(Operation.class))
            .grant("portal", EnumSet.allOf(Operation.class)).build();

    private BenchServices() {
    }
}
