package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.ServiceGrants;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.adapters.memory.SampleFiles;
import dev.sportello.core.SportelloSdk;
import dev.sportello.dossiers.Deduction;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DocumentUpload;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.PaymentPeriod;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.spi.DocumentContentStore;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.dossiers.spi.DossierWrites;
import dev.sportello.notifications.MessageView;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.Stores;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.UserProfile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the dossier scenario contracts share: the institution's feed service (granted only
 * {@code DOSSIER_FEED}), the operators, sample reports, payments, measures and PDF documents, and reads of
 * what the storage holds.
 */
abstract class DossierScenarios extends ScenarioContract {
    /** The institution's system of record: a service granted only the feed. */
    static final Principal RECORDS = Principal.service("inail-records");
    /** An operator of the dossiers' managing office. */
    static final Principal CAGLIARI = Principal.operator(TckOffices.CAGLIARI_BACK_OFFICE, Credential.CIE);
    /** An operator of another office. */
    static final Principal ROMA = Principal.operator(TckOffices.ROMA_BACK_OFFICE, Credential.CIE);
    /** A valid Italian IBAN. */
    static final String IBAN = "IT60X0542811101000000123456";
    static final Instant SOURCE_TIME = SdkHarness.START.minus(Duration.ofDays(30));

    @Override
    protected SdkHarness newHarness() {
        return harness(storage, b -> { });
    }

    /** A harness over a storage whose feed service is {@link #RECORDS}, with other settings as given. */
    static SdkHarness harness(UnitOfWork over, Consumer<SportelloSdk.Builder> settings) {
        return new SdkHarness(over, b -> {
            b.serviceGrants(ServiceGrants.builder().grant("portal", EnumSet.allOf(Operation.class))
                    .grant("inail-records", Operation.DOSSIER_FEED).build());
            settings.accept(b);
        });
    }

    static DossierReport report(DossierId id, UserId owner, long sequence, DossierStatus status) {
        return report(id, owner, sequence, status, List.of(), List.of());
    }

    static DossierReport report(DossierId id, UserId owner, long sequence, DossierStatus status, List<Measure> measures,
                                List<Payment> payments) {
        DossierOutcome outcome = status.isBefore(DossierStatus.DECIDED) ? null
                : new DossierOutcome("ACCEPTED", "Inabilità temporanea riconosciuta", LocalDate.of(2026, 10, 20));
        return new DossierReport(id, sequence, SOURCE_TIME.plus(Duration.ofHours(sequence)), DossierKindCode.WORKPLACE_INJURY,
                owner, TckOffices.CAGLIARI, status, null, outcome, measures, payments, null);
    }

    static DossierReport withKind(DossierReport r, DossierKindCode kind) {
        return new DossierReport(r.dossier(), r.sequence(), r.occurredAt(), kind, r.owner(), r.office(), r.status(),
                r.statusNote(), r.outcome(), r.measures(), r.payments(), r.personalData());
    }

    static DossierReport withOffice(DossierReport r, OfficeCode office) {
        return new DossierReport(r.dossier(), r.sequence(), r.occurredAt(), r.kind(), r.owner(), office, r.status(),
                r.statusNote(), r.outcome(), r.measures(), r.payments(), r.personalData());
    }

    static Payment payment(String id, PaymentStatus status) {
        return new Payment(id, new PaymentPeriod(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 30)), Money.euro("1450.00"),
                List.of(new Deduction("Ritenuta IRPEF", Money.euro("333.50"))), Money.euro("1116.50"), status,
                LocalDate.of(2026, 11, 27), new PaymentMethod.Account(PaymentMethod.AccountType.BANK, IBAN));
    }

    static Measure measure(String id, String payment) {
        return new Measure(id, LocalDate.of(2026, 10, 20), "Liquidazione indennità", "Ti è stata liquidata l'indennità.",
                payment, null);
    }

    /** A decided dossier with one payment and one measure, of a citizen of Rome, managed by Cagliari. */
    UserProfile ownerOf(DossierId id) {
        UserProfile owner = h.citizen();
        h.sdk.dossiers().report(RECORDS, report(id, owner.id(), 1, DossierStatus.DECIDED, List.of(measure("PRV-1", "PAY-1")),
                List.of(payment("PAY-1", PaymentStatus.PAID))));
        return owner;
    }

    static byte[] pdf(int size, long seed) {
        return SampleFiles.pdf(size, seed);
    }

    static DocumentUpload upload(DossierId dossier, String id, String contentType, byte[] content) {
        return new DocumentUpload(dossier, DocumentId.of(id), DocumentKind.TAX_CERTIFICATE, "Certificazione Unica 2026",
                "CU_2026.pdf", contentType, 2026, LocalDate.of(2026, 3, 16), () -> new ByteArrayInputStream(content));
    }

    /** The audit subject of a dossier's document. */
    static dev.sportello.AuditSubject documentSubject(DossierId dossier, String document) {
        return new dev.sportello.AuditSubject() {
            @Override
            public String auditType() {
                return "dossier-document";
            }

            @Override
            public String auditId() {
                return dossier.value() + "#" + document;
            }
        };
    }

    /** The bytes a download streams, or the error it fails with. */
    byte[] download(Principal principal, DossierId dossier, String document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        h.sdk.dossiers().download(principal, dossier, DocumentId.of(document), d -> out);
        return out.toByteArray();
    }

    boolean stored(DossierId id) {
        return tx((Stores s) -> s.get(DossierStore.class).find(id)).isPresent();
    }

    boolean contentStored(DossierId dossier, String document) {
        return tx((Stores s) -> {
            try {
                return s.get(DocumentContentStore.class).read(dossier, DocumentId.of(document), new ByteArrayOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    long pendingTasks() {
        return tx((Stores s) -> s.get(OutboxStore.class).findBacklog(h.clock.instant()).pending());
    }

    List<MessageView> messages(UserProfile user) {
        return h.sdk.notifications().messages(SdkHarness.PORTAL, user.id(), PageRequest.first(200)).items();
    }

    List<ErrorCode> denials(dev.sportello.AuditSubject subject) {
        return h.sdk.audit().forSubject(SdkHarness.PORTAL, subject, PageRequest.first(50)).items().stream()
                .filter(a -> a.outcome() == AuditEntry.Outcome.DENIED).map(AuditEntry::errorCode).toList();
    }

    /**
     * A storage whose dossier store fails every write of payments for one dossier, as an adapter reports a
     * failure ({@code ADAPTER_FAILED}): the report at fault fails after its first writes, every time.
     */
    static UnitOfWork failingPaymentsOf(UnitOfWork delegate, DossierId poisoned) {
        return new UnitOfWork() {
            @Override
            public String spiVersion() {
                return delegate.spiVersion();
            }

            @Override
            public Set<Class<?>> storeTypes() {
                return delegate.storeTypes();
            }

            @Override
            public <T> T inTransaction(TransactionalWork<T> work) {
                return delegate.inTransaction(stores -> work.run(new Stores() {
                    @Override
                    public <S> S get(Class<S> type) {
                        S store = stores.get(type);
                        return type != DossierStore.class ? store : type.cast(Proxy.newProxyInstance(type.getClassLoader(),
                                new Class<?>[]{type}, (p, method, args) -> {
                                    if (method.getName().equals("putPayments") && poisoned.equals(args[0])
                                            || method.getName().equals("writeAll")
                                            && ((DossierWrites) args[0]).payments().containsKey(poisoned)) {
                                        throw SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("reason",
                                                "injected: payments of " + poisoned + " cannot be written"));
                                    }
                                    try {
                                        return method.invoke(store, args);
                                    } catch (InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                }));
                    }

                    @Override
                    public void flush(dev.sportello.spi.WriteBatch batch) {
                        stores.flush(batch);
                    }
                }));
            }
        };
    }
}
