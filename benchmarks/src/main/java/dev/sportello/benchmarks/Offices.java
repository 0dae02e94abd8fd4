package dev.sportello.benchmarks;

import dev.sportello.adapters.memory.MemoryOfficeDirectory;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.WeeklyHours;

import java.time.MonthDay;
import java.util.List;

/** The office directory of the benchmarks: eight offices, each competent for one big town. */
final class Offices {
    static final OfficeCode ROMA = new OfficeCode("ROMA-TIBURTINO");
    /** Office codes and the cadastral code of their town. */
    static final List<String[]> OFFICES = List.of(new String[]{"ROMA-TIBURTINO", "H501"}, new String[]{"MILANO", "F205"},
            new String[]{"NAPOLI", "F839"}, new String[]{"TORINO", "L219"}, new String[]{"PALERMO", "G273"},
            new String[]{"GENOVA", "D969"}, new String[]{"BOLOGNA", "A944"}, new String[]{"FIRENZE", "D612"});

    private Offices() {
    }

    static MemoryOfficeDirectory directory() {
        MemoryOfficeDirectory.Builder builder = MemoryOfficeDirectory.builder();
        for (String[] office : OFFICES) {
            builder.office(new Office(new OfficeCode(office[0]), office[0], Office.ROME, WeeklyHours.weekdays("08:00-18:00"),
                    MonthDay.of(6, 29)), office[1]);
        }
        return builder.build();
    }
}
