package dev.sportello.core.internal.medical;

import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.core.MedicalSettings;
import dev.sportello.dossiers.DossierId;
import dev.sportello.medical.Audience;
import dev.sportello.medical.AudienceRule;
import dev.sportello.medical.CallToActionId;
import dev.sportello.medical.Guide;
import dev.sportello.medical.GuideLink;
import dev.sportello.medical.GuideVariant;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.dossiers.Region;
import dev.sportello.medical.spi.MedicalReportRecord;
import dev.sportello.offices.OfficeCode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** The guide's content (R-DOS-4): the calls-to-action rule, the audience rules, strict templates, the renderings. */
class GuideContentRulesTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final Audience OFFERED = new Audience(true, Set.of(AudienceRule.ADULTS_WITH_ASL_REPORT), false, GuideVariant.INTERACTIVE);

    private static MedicalReportRecord record(MedicalReport report) {
        return new MedicalReportRecord(DossierId.of("D-1"), dev.sportello.UserId.of("0e0f0000-0000-4000-8000-000000000002"),
                new OfficeCode("CAGLIARI"), report, null, Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2027-05-23T09:00:00Z"), null);
    }

    private static GuideBuilder builder(MedicalSettings settings) {
        return new GuideBuilder(GuideTemplates.load(settings.templates()), settings, ROME);
    }

    @Test
    void theDisabilityCardNeverReachesSomeoneNotEntitledOverEveryCombinationOfTheRulesInputs() {
        int combinations = 0;
        for (boolean entitled : new boolean[] {true, false}) {
            for (boolean attested : new boolean[] {true, false}) {
                for (boolean cardLink : new boolean[] {true, false}) {
                    for (MedicalReportKind kind : MedicalReportKind.values()) {
                        for (IssuerKind issuer : IssuerKind.values()) {
                            for (Language language : Language.values()) {
                                MedicalSettings.Builder b = MedicalSettings.builder();
                                for (CallToActionId id : CallToActionId.values()) {
                                    if (id != CallToActionId.DISABILITY_CARD || cardLink) {
                                        b.link(id, "https://servizi.example.it/" + id.key());
                                    }
                                }
                                MedicalSettings settings = b.build();
                                MedicalReport report = MedicalSamples.report(1, kind, issuer, LocalDate.of(1980, 1, 1), entitled, attested);
                                Guide guide = builder(settings).build(record(report), "Maria Rossi", language, OFFERED);
                                List<CallToActionId> shown = guide.callsToAction().stream().map(GuideLink::id).toList();
                                assertThat(shown.contains(CallToActionId.DISABILITY_CARD)).as("%s %s %s", entitled, kind, language)
                                        .isEqualTo(entitled && cardLink);
                                assertThat(shown.contains(CallToActionId.QR_CODE)).isEqualTo(attested);
                                assertThat(shown).contains(CallToActionId.DISABILITY_PORTAL, CallToActionId.SOCIAL_SECURITY_FILE,
                                        CallToActionId.IDENTITY_DELEGATION, CallToActionId.ONLINE_MAILBOX);
                                String html = GuideRenderings.html(guide, "nav", "footer");
                                String text = GuideRenderings.text(guide, "footer", "end");
                                assertThat(html.contains("cta-disability-card")).isEqualTo(entitled && cardLink);
                                assertThat(text.contains("/disability-card")).isEqualTo(entitled && cardLink);
                                combinations++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(combinations).isEqualTo(2 * 2 * 2 * 5 * 2 * 3);
    }

    @Test
    void audienceRulesOneByOne() {
        MedicalSettings only = MedicalSettings.builder().audience(EnumSet.of(AudienceRule.ADULTS_WITH_ASL_REPORT)).build();
        LocalDate adult = LocalDate.of(1980, 1, 1);
        LocalDate minor = LocalDate.of(2015, 1, 1);
        assertThat(AudienceRules.decide(MedicalSamples.report(1, MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.ASL, adult, false, false), only).offered()).isTrue();
        assertThat(AudienceRules.decide(MedicalSamples.report(1, MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.INSTITUTION_COMMISSION, adult, false, false), only).offered()).isFalse();
        assertThat(AudienceRules.decide(MedicalSamples.report(1, MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.ASL, minor, false, false), only).offered()).isFalse();
        MedicalSettings convention = MedicalSettings.builder().audience(EnumSet.of(AudienceRule.CONVENTION_REGIONS))
                .conventionRegions(Set.of(Region.LAZIO)).build();
        Audience lazio = AudienceRules.decide(MedicalSamples.report(1, MedicalReportKind.DEAFNESS, IssuerKind.INSTITUTION_COMMISSION, adult, false, false), convention);
        assertThat(lazio.matched()).containsExactly(AudienceRule.CONVENTION_REGIONS);
        assertThat(AudienceRules.decide(MedicalSamples.report(1, MedicalReportKind.DEAFNESS, IssuerKind.INSTITUTION_COMMISSION, adult, false, false),
                convention.toBuilder().conventionRegions(Set.of(Region.SARDEGNA)).build()).offered()).isFalse();
        MedicalSettings minors = MedicalSettings.builder().audience(EnumSet.of(AudienceRule.MINORS_THROUGH_DELEGATION)).build();
        Audience child = AudienceRules.decide(MedicalSamples.report(1, MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.ASL, minor, false, false), minors);
        assertThat(child.offered()).isTrue();
        assertThat(child.minor()).isTrue();
        assertThat(AudienceRules.decide(MedicalSamples.report(1, MedicalReportKind.CIVIL_INVALIDITY, IssuerKind.ASL, adult, false, false), minors).offered()).isFalse();
        assertThat(AudienceRules.decide(MedicalSamples.report(1, MedicalReportKind.BLINDNESS, IssuerKind.ASL, adult, false, false), only).variant())
                .isEqualTo(GuideVariant.SCREEN_READER);
        assertThat(AudienceRules.decide(MedicalSamples.report(1, MedicalReportKind.DEAFNESS, IssuerKind.ASL, adult, false, false), only).variant())
                .isEqualTo(GuideVariant.INTERACTIVE);
    }

    @Test
    void templatesAreStrictAtConfigurationTime() {
        fails(() -> GuideTemplates.load(Map.of(Language.EN, Map.of("greeting", "Hello {nome},"))), ErrorCode.MED_TEMPLATE_PLACEHOLDER_UNKNOWN);
        fails(() -> GuideTemplates.load(Map.of(Language.DE, Map.of("greeting", "Hallo,"))), ErrorCode.MED_TEMPLATE_PLACEHOLDER_MISSING);
        fails(() -> GuideTemplates.load(Map.of(Language.IT, Map.of("no.such.key", "x"))), ErrorCode.MED_TEMPLATE_KEY_UNKNOWN);
        fails(() -> new dev.sportello.core.internal.testing.CoreFixture(b -> b.medicalReports(m -> m.templates(Language.IT,
                Map.of("title", "{name}")))), ErrorCode.MED_TEMPLATE_PLACEHOLDER_UNKNOWN);
        // a text the notice task could not publish is refused at configuration time, not retried into a dead letter
        fails(() -> GuideTemplates.load(Map.of(Language.IT, Map.of("notice.body", " "))), ErrorCode.CONFIG_INVALID);
        fails(() -> GuideTemplates.load(Map.of(Language.IT, Map.of("title", "x".repeat(201)))), ErrorCode.CONFIG_INVALID);
        assertThat(GuideTemplates.load(Map.of(Language.IT, Map.of("title", "x".repeat(200)))).text(Language.IT, "title"))
                .hasSize(200);
        GuideTemplates ok = GuideTemplates.load(Map.of(Language.EN, Map.of("greeting", "Hello {name},")));
        assertThat(ok.text(Language.EN, "greeting", Map.of("name", "Anna"))).isEqualTo("Hello Anna,");
    }

    @Test
    void amountsAndDatesAreFormattedPerLocaleAndPersonalTextIsEscapedInHtml() {
        MedicalSettings settings = MedicalSamples.allLinks(MedicalSettings.builder()).build();
        MedicalReport report = MedicalSamples.adultAsl();
        Guide it = builder(settings).build(record(report), "Maria <b>Rossi</b>", Language.IT, OFFERED);
        Guide en = builder(settings).build(record(report), "Maria Rossi", Language.EN, OFFERED);
        Guide de = builder(settings).build(record(report), "Maria Rossi", Language.DE, OFFERED);
        assertThat(it.scenes().get(1).sections().get(0).amounts().get(1).formatted()).isEqualTo("542,02 €");
        assertThat(en.scenes().get(1).sections().get(0).amounts().get(1).formatted()).isEqualTo("€542.02");
        assertThat(de.scenes().get(1).sections().get(0).amounts().get(1).formatted()).isEqualTo("542,02 €");
        assertThat(it.scenes().get(0).sections().get(0).paragraphs()).anyMatch(p -> p.contains("10 novembre 2026"));
        assertThat(it.scenes()).extracting(Guide.Scene::id).containsExactlyElementsOf(GuideBuilder.SCENES);
        String html = GuideRenderings.html(it, "Indice", "Fine");
        assertThat(html).contains("<html lang=\"it\">").contains("Maria &lt;b&gt;Rossi&lt;/b&gt;")
                .contains("&lt;100%&gt; &amp; diritto").doesNotContain("<b>Rossi");
        assertThat(html.split("<h1", -1)).hasSize(2);
        assertThat(html).contains("<header>", "<nav aria-label=", "<main>", "<footer>", "<details id=\"popup-amounts\">");
        String text = GuideRenderings.text(it, "Fine", "Fine della guida.");
        assertThat(text).doesNotContain("<p>").doesNotContain("&lt;").contains("Gentile Maria <b>Rossi</b>,").contains("1. Il tuo verbale").contains("6. Cosa puoi fare ora")
                .contains("Indennità di accompagnamento: 542,02 €");
    }
}
