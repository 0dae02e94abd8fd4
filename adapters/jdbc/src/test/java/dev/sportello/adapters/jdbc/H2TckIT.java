package dev.sportello.adapters.jdbc;

import dev.sportello.appointments.BookingCalendar;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.tck.AuditTampering;
import dev.sportello.tck.SportelloTck;
import dev.sportello.users.MunicipalityCode;

import java.util.List;
import java.util.Map;

/** The whole TCK on H2 in PostgreSQL mode. */
class H2TckIT extends SportelloTck {
    @Override
    protected UnitOfWork freshStorage() {
        JdbcStorage storage = Databases.h2();
        Databases.truncate(false);
        return storage;
    }

    @Override
    protected OfficeDirectory directoryWith(List<Office> offices, Map<MunicipalityCode, OfficeCode> municipalities,
                                            List<Operator> operators, List<BookingCalendar> calendars) {
        Databases.h2();
        return Databases.directory(false, offices, municipalities, operators, calendars);
    }

    @Override
    protected AuditTampering auditTampering(UnitOfWork storage) {
        return new SqlAuditTampering(Databases.dataSource(false));
    }
}
