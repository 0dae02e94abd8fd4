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

/**
 * The whole TCK on H2 through a storage that joins host transactions, with none open: every unit of work
 * runs in a transaction of its own, retries included, exactly as the plain storage's.
 */
class H2JoiningTckIT extends SportelloTck {
    @Override
    protected UnitOfWork freshStorage() {
        JdbcStorage storage = Databases.h2();
        Databases.truncate(false);
        return storage.joiningHostTransactions(ThreadBoundTransactions.over(Databases.dataSource(false)));
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
