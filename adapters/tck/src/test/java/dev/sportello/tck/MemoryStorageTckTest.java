package dev.sportello.tck;

import dev.sportello.adapters.memory.MemoryAuditTampering;
import dev.sportello.adapters.memory.MemoryOfficeDirectory;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.MunicipalityCode;

import java.util.List;
import java.util.Map;

/** The in-memory adapter, the TCK's first user. */
class MemoryStorageTckTest extends SportelloTck {
    @Override
    protected UnitOfWork freshStorage() {
        return new MemoryStorage();
    }

    @Override
    protected OfficeDirectory directoryWith(List<Office> offices, Map<MunicipalityCode, OfficeCode> municipalities,
                                            List<Operator> operators, List<BookingCalendar> calendars) {
        MemoryOfficeDirectory.Builder builder = MemoryOfficeDirectory.builder();
        for (Office office : offices) {
            builder.office(office, municipalities.entrySet().stream().filter(e -> e.getValue().equals(office.code()))
                    .map(e -> e.getKey().value()).toArray(String[]::new));
        }
        operators.forEach(builder::operator);
        calendars.forEach(builder::calendar);
        return builder.build();
    }

    @Override
    protected AuditTampering auditTampering(UnitOfWork storage) {
        MemoryStorage memory = (MemoryStorage) storage;
        return new AuditTampering() {
            @Override
            public void changeAction(String entryId, String action) {
                MemoryAuditTampering.changeAction(memory, entryId, action);
            }

            @Override
            public void delete(String entryId) {
                MemoryAuditTampering.delete(memory, entryId);
            }
        };
    }
}
