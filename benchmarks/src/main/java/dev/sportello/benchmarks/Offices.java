package dev.sportello.benchmarks;

import dev.sportello.adapters.memory.MemoryOfficeDirectory;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.WeeklyHours;

import java.time.MonthDay;

/** The office directory of the benchmarks. */
final class Offices {
    static final OfficeCode ROMA = new OfficeCode("ROMA-TIBURTINO");

    private Offices() {
    }

    static MemoryOfficeDirectory directory() {
        return MemoryOfficeDirectory.builder()
                .office(new Office(ROMA, "Roma Tiburtino", Office.ROME, WeeklyHours.weekdays("08:00-18:00"),
                        MonthDay.of(6, 29)), "H501")
                .build();
    }
}
