package dev.sportello.adapters.jdbc;

import dev.sportello.spi.AppointmentStore;
import dev.sportello.spi.AttachmentStore;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.ClosureStore;
import dev.sportello.spi.ConsentStore;
import dev.sportello.spi.CounterStore;
import dev.sportello.spi.DelegationStore;
import dev.sportello.spi.EngagementStore;
import dev.sportello.spi.InboxStore;
import dev.sportello.spi.MessageStore;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.RequestStore;
import dev.sportello.spi.Stores;
import dev.sportello.spi.UserStore;
import dev.sportello.spi.WriteBatch;

/** The stores of one JDBC transaction. */
final class JdbcStores implements Stores {
    private final Db db;

    JdbcStores(Db db) {
        this.db = db;
    }

    @Override
    public UserStore users() {
        return new JdbcUserStore(db);
    }

    @Override
    public ConsentStore consents() {
        return new JdbcRecordStores.Consents(db);
    }

    @Override
    public AuditStore audit() {
        return new JdbcRecordStores.Audit(db);
    }

    @Override
    public OutboxStore outbox() {
        return new JdbcOutboxStore(db);
    }

    @Override
    public CounterStore counters() {
        return new JdbcCounterStore(db);
    }

    @Override
    public ClosureStore closures() {
        return new JdbcRecordStores.Closures(db);
    }

    @Override
    public DelegationStore delegations() {
        return new JdbcRecordStores.Delegations(db);
    }

    @Override
    public MessageStore messages() {
        return new JdbcMessageStores.Messages(db);
    }

    @Override
    public InboxStore inbox() {
        return new JdbcMessageStores.Inbox(db);
    }

    @Override
    public EngagementStore engagement() {
        return new JdbcRecordStores.Engagement(db);
    }

    @Override
    public RequestStore requests() {
        return new JdbcRequestStores.Requests(db);
    }

    @Override
    public AttachmentStore attachments() {
        return new JdbcRequestStores.Archives(db);
    }

    @Override
    public AppointmentStore appointments() {
        return new JdbcAppointmentStore(db);
    }

    @Override
    public void flush(WriteBatch batch) {
        if (JdbcWriteBatch.fitsOneStatement(db, batch)) {
            JdbcWriteBatch.write(db, batch);
        } else {
            Stores.super.flush(batch);
        }
    }
}
