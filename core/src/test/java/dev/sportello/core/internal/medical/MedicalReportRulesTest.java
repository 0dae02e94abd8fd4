package dev.sportello.core.internal.medical;

import dev.sportello.Channel;
import dev.sportello.Credential;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.SkipReason;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.RecordConsent;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.dossiers.DossierChange;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.dossiers.Benefit;
import dev.sportello.medical.GuideFigure;
import dev.sportello.medical.GuideInteraction;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.medical.MedicalMessageKinds;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.medical.spi.GuideTally;
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.notifications.EngagementCount;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static dev.sportello.core.internal.medical.MedicalSamples.adultAsl;
import static dev.sportello.core.internal.medical.MedicalSamples.feed;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** R-DOS-4 medical reports through the feed, their notice and lifecycle, access, and R-NOT-4 anonymous figures. */
class MedicalReportRulesTest {
    private final CoreFixture h = new CoreFixture(b -> b.medicalReports(m -> MedicalSamples.allLinks(m)));
    private final DossierId id = DossierId.of("INPS-INV-2026-000042");

    @AfterEach
    void close() {
        h.close();
    }

    private boolean medicalStored() {
        return h.read((Stores s) -> s.get(MedicalReportStore.class).find(id)).isPresent();
    }

    private List<InboxNotice> inbox(UserProfile user) {
        return h.sdk.notifications().inbox(as(user), user.id(), PageRequest.first(20)).items();
    }

    @Test
    void aReportedMedicalReportIsStoredAndAnnouncedAfterCommitInTheInbox() {
        UserProfile maria = h.citizen();
        ReportResult result = h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, adultAsl()));
        assertThat(((ReportResult.Applied) result).changes()).contains(DossierChange.MEDICAL_REPORT);
        assertThat(h.sdk.medicalReports().report(as(maria), id).report()).isEqualTo(adultAsl());
        assertThat(inbox(maria)).noneMatch(n -> n.kind().equals(MedicalMessageKinds.ISSUED));   // not before the task ran
        h.deliver();
        InboxNotice notice = inbox(maria).stream().filter(n -> n.kind().equals(MedicalMessageKinds.ISSUED)).findFirst().orElseThrow();
        assertThat(notice.title()).isEqualTo("Il tuo verbale sanitario è stato emesso");
        assertThat(notice.expiresAt()).isEqualTo(h.sdk.medicalReports().report(as(maria), id).availableUntil());
        // the notice only says that the guide is there: the report's content stays behind MEDICAL_GUIDE_READ
        assertThat(notice.content().callsToAction()).isEmpty();
        assertThat(notice.content().sections()).singleElement().satisfies(section -> {
            assertThat(section.amounts()).isEmpty();
            assertThat(String.join(" ", section.paragraphs())).contains("guida").doesNotContain("%")
                    .doesNotContain(adultAsl().judgement()).doesNotContain("542");
        });
    }

    @Test
    void theFeedFingerprintCoversEveryComponentOfTheMedicalReportThoughItsTextHidesThem() {
        UserProfile maria = h.citizen();
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, adultAsl()));
        assertThat(h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, adultAsl())))
                .isInstanceOfSatisfying(ReportResult.Unchanged.class,
                        u -> assertThat(u.reason()).isEqualTo(ReportResult.Reason.DUPLICATE));
        MedicalReport other = MedicalSamples.report(1, MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.ASL,
                LocalDate.of(1985, 12, 10), true, false);                       // only statusAttested differs
        assertThat(other.toString()).isEqualTo(adultAsl().toString());
        fails(() -> h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, other)), ErrorCode.DOS_SEQUENCE_REUSED);
    }

    @Test
    void anInboxListingCarriesNoticeContentOnlyToTheRecipientWithTheGuidesAssurance() {
        UserProfile maria = h.citizen();
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, adultAsl()));
        h.deliver();
        assertThat(inbox(maria)).filteredOn(n -> n.kind().equals(MedicalMessageKinds.ISSUED)).singleElement()
                .satisfies(n -> assertThat(n.content()).isNotNull());
        Principal weak = Principal.user(maria.id(), Credential.SPID_L1);
        assertThat(h.sdk.notifications().inbox(weak, maria.id(), PageRequest.first(20)).items())
                .filteredOn(n -> n.kind().equals(MedicalMessageKinds.ISSUED)).singleElement()
                .satisfies(n -> assertThat(n.content()).isNull());
    }

    @Test
    void smsAndEmailGoOnlyWithTheProactiveOptInAndAVerifiedContact() {
        UserProfile anna = h.citizenWithContacts();
        h.sdk.dossiers().report(PORTAL, feed(id, anna.id(), 1, adultAsl()));
        h.deliver();
        assertThat(h.messages(anna)).filteredOn(m -> m.kind().equals(MedicalMessageKinds.ISSUED) && m.channel() != Channel.INBOX
                        && m.channel() != Channel.PUSH)
                .isNotEmpty().extracting(MessageView::skipReason).containsOnly(SkipReason.NO_PROACTIVE_OPT_IN);
        assertThat(h.smsTo(anna)).noneMatch(sms -> sms.text().contains("verbale"));   // only the verification code went
        h.sdk.users().recordConsent(as(anna), new RecordConsent(anna.id(), Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN));
        h.sdk.dossiers().report(PORTAL, feed(id, anna.id(), 2, MedicalSamples.report(2, MedicalReportKind.CIVIL_INVALIDITY,
                IssuerKind.ASL, LocalDate.of(1985, 12, 10), true, true)));
        h.deliver();
        assertThat(h.smsTo(anna)).filteredOn(sms -> sms.text().contains("verbale sanitario")).hasSize(1);
    }

    @Test
    void theSameReportAgainIsADuplicateAStaleOneChangesNothingAndAnEarlierEditionIsRefused() {
        UserProfile maria = h.citizen();
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 2, MedicalSamples.report(2,
                MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.ASL, LocalDate.of(1985, 12, 10), true, true)));
        assertThat(h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 2, MedicalSamples.report(2,
                MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.ASL, LocalDate.of(1985, 12, 10), true, true))))
                .isInstanceOf(ReportResult.Unchanged.class);
        assertThat(h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, adultAsl())))
                .isEqualTo(new ReportResult.Unchanged(id, 1, ReportResult.Reason.STALE));
        fails(() -> h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 3, adultAsl())), ErrorCode.MED_EDITION_BACKWARDS);
        fails(() -> h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 3, MedicalSamples.report(2,
                MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.ASL, LocalDate.of(1985, 12, 10), false, true))),
                ErrorCode.MED_EDITION_REUSED);
        assertThat(h.sdk.dossiers().get(as(maria), id).sequence()).isEqualTo(2);   // the refused reports left nothing
        assertThat(h.sdk.medicalReports().report(as(maria), id).report().edition()).isEqualTo(2);
    }

    @Test
    void badInputHasStableCodesAndLeavesNothing() {
        fails(() -> new MedicalReport("VRB-1", 1, MedicalReportKind.CIVIL_INVALIDITY, adultAsl().issuedBy(),
                LocalDate.of(2026, 11, 10), LocalDate.of(1985, 1, 1), "Invalido", 101, List.of(), List.of(), List.of(),
                List.of(), null, false, false), ErrorCode.MED_PERCENTAGE_OUT_OF_RANGE);
        fails(() -> new MedicalReport("VRB-1", 1, MedicalReportKind.CIVIL_INVALIDITY, adultAsl().issuedBy(),
                LocalDate.of(2026, 11, 10), LocalDate.of(1985, 1, 1), "Invalido", -1, List.of(), List.of(), List.of(),
                List.of(), null, false, false), ErrorCode.MED_PERCENTAGE_OUT_OF_RANGE);
        fails(() -> new Benefit("Assegno", Money.euro("-0.01"), LocalDate.of(2026, 3, 1), null), ErrorCode.MED_BENEFIT_AMOUNT_NEGATIVE);
        fails(() -> h.sdk.dossiers().report(PORTAL, feed(id, dev.sportello.UserId.of("0e0f0000-0000-4000-8000-000000000001"), 1, adultAsl())), ErrorCode.DOS_OWNER_UNKNOWN);
        assertThat(medicalStored()).isFalse();
        UserProfile maria = h.citizen();
        fails(() -> h.sdk.medicalReports().report(as(maria), DossierId.of("NO-SUCH-DOSSIER")), ErrorCode.DOS_NOT_FOUND);
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, null));
        fails(() -> h.sdk.medicalReports().guide(as(maria), id), ErrorCode.MED_REPORT_NOT_FOUND);
    }

    @Test
    void aReissueReplacesTheGuideSaysSoAndWithdrawsTheEarlierNotice() {
        UserProfile maria = h.citizen();
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, adultAsl()));
        h.deliver();
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 2, MedicalSamples.report(2, MedicalReportKind.CIVIL_INVALIDITY,
                IssuerKind.ASL, LocalDate.of(1985, 12, 10), false, true)));
        h.deliver();
        List<InboxNotice> notices = inbox(maria);
        InboxNotice reissued = notices.stream().filter(n -> n.kind().equals(MedicalMessageKinds.REISSUED)).findFirst().orElseThrow();
        assertThat(reissued.content().sections().get(0).paragraphs().get(0)).contains("sostituisce");
        assertThat(reissued.content().callsToAction()).isEmpty();
        assertThat(notices.stream().filter(n -> n.kind().equals(MedicalMessageKinds.ISSUED)).findFirst().orElseThrow().content()).isNull();
        assertThat(h.sdk.medicalReports().guide(as(maria), id).reissued()).isTrue();
    }

    @Test
    void theGuideIsAvailableForSixMonthsThenExpires() {
        UserProfile maria = h.citizen();
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, adultAsl()));
        h.clock.advance(Duration.ofDays(180));
        assertThat(h.sdk.medicalReports().guide(as(maria), id).scenes()).isNotEmpty();
        h.clock.advance(Duration.ofDays(5));
        fails(() -> h.sdk.medicalReports().guide(as(maria), id), ErrorCode.MED_GUIDE_EXPIRED);
    }

    @Test
    void onlyTheHolderACoveringDelegateAndTheManagingOfficeRead() {
        UserProfile maria = h.citizen();
        UserProfile other = h.citizen();
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, adultAsl()));
        fails(() -> h.sdk.medicalReports().guide(as(other), id), ErrorCode.ACCESS_NOT_OWNER);
        fails(() -> h.sdk.medicalReports().report(CoreFixture.BACK_OFFICE, id), ErrorCode.ACCESS_WRONG_OFFICE);
        fails(() -> h.sdk.medicalReports().report(PORTAL, id), ErrorCode.ACCESS_ROLE_REQUIRED);
        assertThat(h.denials(id)).hasSize(3);
        assertThat(h.sdk.medicalReports().report(CoreFixture.CAGLIARI, id).owner()).isEqualTo(maria.id());
    }

    @Test
    void aMinorsNoticeGoesToTheirInboxAndTheirParentReadsTheGuideThroughTheDelegation() {
        UserProfile minor = h.citizenBorn(LocalDate.of(2015, 4, 2));
        UserProfile parent = h.citizen();
        h.sdk.delegations().grant(PORTAL, new GrantDelegation(DelegationKind.PARENTAL_RESPONSIBILITY, minor.id(), parent.id(),
                null, Instant.parse("2099-01-01T00:00:00Z"), DelegationKind.PARENTAL_RESPONSIBILITY.operations()));
        h.sdk.dossiers().report(PORTAL, feed(id, minor.id(), 1, MedicalSamples.report(1, MedicalReportKind.DEAFNESS,
                IssuerKind.ASL, LocalDate.of(2015, 4, 2), false, true)));
        h.deliver();
        assertThat(inbox(minor)).anyMatch(n -> n.kind().equals(MedicalMessageKinds.ISSUED));
        Principal parentForMinor = new Principal(parent.id(), Credential.SPID_L2, minor.id());
        assertThat(h.sdk.medicalReports().guide(parentForMinor, id).greeting()).contains("Maria Rossi");
        fails(() -> h.sdk.medicalReports().guide(as(parent), id), ErrorCode.ACCESS_NOT_OWNER);
    }

    @Test
    void interactionsAreCountedWithoutAnyUserAndSmallCellsAreSuppressed() {
        UserProfile maria = h.citizen();
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, adultAsl()));
        for (int i = 0; i < 3; i++) {
            h.sdk.medicalReports().record(as(maria), id, GuideInteraction.sceneViewed("benefits"));
        }
        h.sdk.medicalReports().record(as(maria), id, GuideInteraction.popupOpened("amounts"));
        h.sdk.medicalReports().record(as(maria), id, GuideInteraction.clicked(dev.sportello.medical.CallToActionId.QR_CODE));
        fails(() -> h.sdk.medicalReports().record(as(maria), id, GuideInteraction.popupOpened("no-such-popup")),
                ErrorCode.MED_GUIDE_ITEM_UNKNOWN);
        List<GuideFigure> rows = h.sdk.medicalReports().figures(CoreFixture.SUPERVISOR, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30));
        assertThat(rows).filteredOn(r -> r.item().equals("benefits")).singleElement()
                .satisfies(r -> assertThat(r.count()).isEqualTo(new EngagementCount.Exact(3)));
        assertThat(rows).filteredOn(r -> r.item().equals("amounts")).singleElement()
                .satisfies(r -> assertThat(r.count()).isInstanceOf(EngagementCount.Suppressed.class));
        List<GuideTally> stored = h.read((Stores s) -> s.get(MedicalReportStore.class).between(LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 12, 28)));
        assertThat(Arrays.stream(GuideTally.class.getRecordComponents()).map(RecordComponent::getType).toList())
                .doesNotContain(dev.sportello.UserId.class, DossierId.class);
        assertThat(stored.toString()).doesNotContain(maria.id().toString()).doesNotContain(id.value());
        fails(() -> h.sdk.medicalReports().figures(as(maria), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                ErrorCode.ACCESS_ROLE_REQUIRED);
    }
}
