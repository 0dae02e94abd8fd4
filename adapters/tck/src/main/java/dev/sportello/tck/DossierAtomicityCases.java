package dev.sportello.tck;

import dev.sportello.Principal;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.tck.AtomicityContract.Case;
import dev.sportello.users.UserProfile;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.sportello.tck.AtomicityCases.messages;
import static dev.sportello.tck.AtomicityCases.prepared;

/**
 * The dossier rows of {@link AtomicityContract}: a report that creates a dossier, one that changes every part
 * of it (status, outcome, measure, payment, personal data), and a document stored from a stream. A bulk
 * call re-runs a failed batch report by report, so it is {@link DossierAtomicityContract}'s.
 */
final class DossierAtomicityCases {
    private DossierAtomicityCases() {
    }

    static List<Case> rows() {
        return List.of(
                new Case("dossiers.report (new)", h -> {
                    UserProfile owner = h.citizen();
                    DossierId id = fresh();
                    return prepared(() -> h.sdk.dossiers().report(SdkHarness.PORTAL, DossierScenarios.report(id, owner.id(),
                            1, DossierStatus.DECIDED, List.of(DossierScenarios.measure("PRV-1", "PAY-1")),
                            List.of(DossierScenarios.payment("PAY-1", PaymentStatus.PAID)))), () -> seen(h, owner, id), id);
                }),
                new Case("dossiers.report (change)", h -> {
                    UserProfile owner = h.citizen();
                    DossierId id = fresh();
                    h.sdk.dossiers().report(SdkHarness.PORTAL, DossierScenarios.report(id, owner.id(), 1, DossierStatus.RECEIVED,
                            List.of(), List.of(DossierScenarios.payment("PAY-1", PaymentStatus.SCHEDULED))));
                    DossierReport change = DossierScenarios.report(id, owner.id(), 3, DossierStatus.DECIDED,
                            List.of(DossierScenarios.measure("PRV-1", "PAY-1")), List.of(DossierScenarios.payment("PAY-1",
                                    PaymentStatus.RETURNED), DossierScenarios.payment("PAY-2", PaymentStatus.PAID)));
                    DossierReport withData = new DossierReport(id, change.sequence(), change.occurredAt(), change.kind(),
                            owner.id(), change.office(), change.status(), "Definita", change.outcome(), change.measures(),
                            change.payments(), new PersonalData(Map.of("address", "Via Appia 10"), change.occurredAt()));
                    return prepared(() -> h.sdk.dossiers().report(SdkHarness.PORTAL, withData), () -> seen(h, owner, id), id);
                }),
                new Case("dossiers.storeDocument", h -> {
                    UserProfile owner = h.citizen();
                    DossierId id = fresh();
                    h.sdk.dossiers().report(SdkHarness.PORTAL, DossierScenarios.report(id, owner.id(), 1, DossierStatus.DECIDED));
                    byte[] content = DossierScenarios.pdf(300_000, 11);
                    return prepared(() -> h.sdk.dossiers().storeDocument(SdkHarness.PORTAL, DossierScenarios.upload(id, "CU-2026",
                            "application/pdf", content)), () -> List.of(h.sdk.dossiers().documents(SdkHarness.as(owner), id),
                            messages(h, owner)), id, DossierScenarios.documentSubject(id, "CU-2026"));
                }));
    }

    private static DossierId fresh() {
        return DossierId.of("ATOM-" + UUID.randomUUID());
    }

    /** What the owner sees of the dossier, without a write (a download would audit). */
    private static Object seen(SdkHarness h, UserProfile owner, DossierId id) {
        Principal me = SdkHarness.as(owner);
        return List.of(h.sdk.dossiers().search(me, dev.sportello.dossiers.DossierSearch.all(dev.sportello.PageRequest.first(5))),
                h.sdk.dossiers().get(me, id), h.sdk.dossiers().payments(me, id),
                h.sdk.dossiers().personalData(me, owner.id()).map(Object.class::cast).orElse("none"), messages(h, owner));
    }
}
