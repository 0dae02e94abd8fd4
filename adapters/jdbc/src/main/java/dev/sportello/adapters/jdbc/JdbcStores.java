package dev.sportello.adapters.jdbc;

import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.delegation.spi.DelegationStore;
import dev.sportello.dossiers.spi.DocumentContentStore;
import dev.sportello.dossiers.spi.DocumentStore;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.feedback.spi.FeedbackStore;
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.attestation.spi.AttestationStore;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.notifications.spi.DeviceStore;
import dev.sportello.notifications.spi.EngagementStore;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.offices.spi.ClosureStore;
import dev.sportello.requests.spi.AttachmentStore;
import dev.sportello.requests.spi.RequestStore;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.CounterStore;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.StoreRegistry;
import dev.sportello.spi.Stores;
import dev.sportello.spi.WriteBatch;
import dev.sportello.users.spi.ConsentStore;
import dev.sportello.users.spi.UserStore;

/** The stores of one JDBC transaction, created by type over its connection. */
final class JdbcStores implements Stores {
    /** Every store this adapter provides: one line per store type. */
    static final StoreRegistry<Db> REGISTRY = StoreRegistry.<Db>builder()
            .add(UserStore.class, JdbcUserStore::new)
            .add(ConsentStore.class, JdbcRecordStores.Consents::new)
            .add(AuditStore.class, JdbcRecordStores.Audit::new)
            .add(OutboxStore.class, JdbcOutboxStore::new)
            .add(CounterStore.class, JdbcCounterStore::new)
            .add(ClosureStore.class, JdbcRecordStores.Closures::new)
            .add(DelegationStore.class, JdbcDelegationStore::new)
            .add(MessageStore.class, JdbcMessageStores.Messages::new)
            .add(InboxStore.class, JdbcMessageStores.Inbox::new)
            .add(EngagementStore.class, JdbcRecordStores.Engagement::new)
            .add(DeviceStore.class, JdbcDeviceStore::new)
            .add(RequestStore.class, JdbcRequestStores.Requests::new)
            .add(AttachmentStore.class, JdbcRequestStores.Archives::new)
            .add(AppointmentStore.class, JdbcAppointmentStore::new)
            .add(FeedbackStore.class, JdbcFeedbackStore::new)
            .add(DossierStore.class, JdbcDossierStore::new)
            .add(DocumentStore.class, JdbcDocumentStores.Documents::new)
            .add(DocumentContentStore.class, JdbcDocumentStores.Contents::new)
            .add(FragileStore.class, JdbcFragileStore::new)
            .add(MedicalReportStore.class, JdbcMedicalReportStore::new)
            .add(AttestationStore.class, JdbcAttestationStore::new)
            .build();

    private final Db db;
    private final Stores stores;

    JdbcStores(Db db) {
        this.db = db;
        this.stores = REGISTRY.stores(db);
    }

    @Override
    public <S> S get(Class<S> type) {
        return stores.get(type);
    }

    @Override
    public int flushAll(WriteBatch batch) {
        if (JdbcWriteBatch.fitsOneStatement(db, batch)) {
            return JdbcWriteBatch.write(db, batch);
        }
        return Stores.super.flushAll(batch);
    }

    @Override
    public void flush(WriteBatch batch) {
        WriteBatch appends = batch.appendsOnly();
        if (JdbcWriteBatch.fitsOneStatement(db, appends)) {
            JdbcWriteBatch.write(db, appends);
        } else {
            Stores.super.flush(appends);
        }
    }
}
