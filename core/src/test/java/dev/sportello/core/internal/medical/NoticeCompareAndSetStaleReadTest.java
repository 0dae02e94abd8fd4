package dev.sportello.core.internal.medical;

import dev.sportello.DispatchReport;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.InterceptedStorage;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.medical.MedicalMessageKinds;
import dev.sportello.medical.spi.MedicalReportRecord;
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static dev.sportello.core.internal.medical.MedicalSamples.adultAsl;
import static dev.sportello.core.internal.medical.MedicalSamples.feed;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interleaving that only READ COMMITTED allows, replayed over the memory storage by a stale read: the earlier
 * edition's notice task reads its edition, a re-issue commits and its own notice is attached, then the stale task
 * publishes and tries to attach its notice. {@code attachNotice}'s compare-and-set on the edition refuses it, and the
 * task withdraws what it published: the re-issue's notice stays attached and alone (without the compare-and-set the
 * stale notice would overwrite it).
 */
class NoticeCompareAndSetStaleReadTest {
    private final AtomicBoolean failNextFind = new AtomicBoolean();
    private final AtomicReference<MedicalReportRecord> staleFind = new AtomicReference<>();
    private final CoreFixture h = new CoreFixture(
            storage -> InterceptedStorage.around(storage, MedicalReportStore.class, this::replaying), b -> b.medicalReports(MedicalSamples::allLinks));
    private final DossierId id = DossierId.of("INPS-INV-2026-000042");

    @AfterEach
    void close() {
        h.close();
    }

    /** The medical store of a transaction, whose next {@code find} may fail or answer a stale record. */
    private MedicalReportStore replaying(MedicalReportStore real) {
        return (MedicalReportStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {MedicalReportStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        if (failNextFind.compareAndSet(true, false)) {
                            throw SportelloException.of(ErrorCode.ADAPTER_FAILED, Map.of("adapter", "storage"));
                        }
                        MedicalReportRecord stale = staleFind.getAndSet(null);
                        if (stale != null) {
                            return Optional.of(stale);
                        }
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private MedicalReportRecord stored() {
        return h.read((Stores s) -> s.get(MedicalReportStore.class).find(id)).orElseThrow();
    }

    @Test
    void theEarlierEditionsNoticeTaskReadingBeforeTheReissueCannotAttachItsNoticeAfterIt() {
        UserProfile maria = h.citizen();
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, adultAsl()));      // edition 1's notice task scheduled
        MedicalReportRecord editionOne = stored();
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 2, MedicalSamples.report(2,
                MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.ASL, LocalDate.of(1985, 12, 10), false, true)));
        failNextFind.set(true);                          // edition 1's task, claimed first, fails and waits its backoff
        DispatchReport first = h.sdk.dispatcher().drain(1000);
        assertThat(first.retried()).isEqualTo(1);
        MedicalReportRecord reissue = stored();
        assertThat(reissue.report().edition()).isEqualTo(2);
        assertThat(reissue.notice()).as("the re-issue's notice is attached").isNotNull();

        staleFind.set(editionOne);                       // its retry reads edition 1, as before the re-issue committed
        h.clock.advance(Duration.ofDays(1));
        DispatchReport second = h.sdk.dispatcher().drain(1000);
        assertThat(second.deadLettered() + second.retried()).isZero();
        assertThat(staleFind.get()).as("the task read the stale record").isNull();

        assertThat(stored().notice()).as("the re-issue's notice is still the one attached")
                .isEqualTo(reissue.notice());
        List<InboxNotice> inbox = h.sdk.notifications().inbox(as(maria), maria.id(), PageRequest.first(20)).items();
        assertThat(inbox).filteredOn(n -> n.kind().equals(MedicalMessageKinds.REISSUED)).singleElement()
                .satisfies(n -> {
                    assertThat(n.id()).isEqualTo(reissue.notice());
                    assertThat(n.content()).isNotNull();
                });
        assertThat(inbox).as("the stale task's notice was published, then withdrawn")
                .filteredOn(n -> n.kind().equals(MedicalMessageKinds.ISSUED)).singleElement()
                .satisfies(n -> assertThat(n.content()).isNull());
    }
}
