package dev.sportello.core.internal.requests;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.TopicCode;
import dev.sportello.requests.FieldType;
import dev.sportello.requests.Topic;
import dev.sportello.requests.TopicField;
import dev.sportello.users.CompanyRegistrationNumber;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicCatalogTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final TopicCatalog catalog = TopicCatalog.with(List.of());

    private void fails(Runnable call, ErrorCode code, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.violations().get(0).field()).isEqualTo(field);
        });
    }

    @Test
    void contributoryRegularityNeedsAPastPeriodAndBuildsItsSubject() {
        TopicCatalog.Checked checked = catalog.check(TopicCode.CONTRIBUTORY_REGULARITY, Map.of("period", " 2026-01/2026-03 "),
                null, null, TODAY);
        assertThat(checked.subject()).isEqualTo("Regolarità contributiva – periodo 2026-01/2026-03");
        assertThat(checked.fields()).containsEntry("period", "2026-01/2026-03");
        assertThat(catalog.check(TopicCode.CONTRIBUTORY_REGULARITY, Map.of("period", "2026-11"), null, null, TODAY).subject())
                .endsWith("2026-11");
        fails(() -> catalog.check(TopicCode.CONTRIBUTORY_REGULARITY, Map.of(), null, null, TODAY),
                ErrorCode.REQ_FIELD_MISSING, "fields.period");
        fails(() -> catalog.check(TopicCode.CONTRIBUTORY_REGULARITY, Map.of("period", "2026-12"), null, null, TODAY),
                ErrorCode.REQ_PERIOD_IN_FUTURE, "fields.period");
        fails(() -> catalog.check(TopicCode.CONTRIBUTORY_REGULARITY, Map.of("period", "2026-01/2027-01"), null, null, TODAY),
                ErrorCode.REQ_PERIOD_IN_FUTURE, "fields.period");
        fails(() -> catalog.check(TopicCode.CONTRIBUTORY_REGULARITY, Map.of("period", "2026-03/2026-01"), null, null, TODAY),
                ErrorCode.REQ_FIELD_INVALID, "fields.period");
        fails(() -> catalog.check(TopicCode.CONTRIBUTORY_REGULARITY, Map.of("period", "marzo"), null, null, TODAY),
                ErrorCode.REQ_FIELD_INVALID, "fields.period");
        fails(() -> catalog.check(TopicCode.CONTRIBUTORY_REGULARITY, Map.of("period", "2026-01", "color", "red"), null, null,
                TODAY), ErrorCode.REQ_FIELD_UNKNOWN, "fields.color");
    }

    @Test
    void topicsAboutADossierOrACompanyNeedThem() {
        fails(() -> catalog.check(TopicCode.DOSSIER_STATUS, Map.of(), " ", null, TODAY), ErrorCode.REQ_DOSSIER_REQUIRED, "dossier");
        assertThat(catalog.check(TopicCode.DOSSIER_STATUS, Map.of(), "INV-2026-42", null, TODAY).subject())
                .isEqualTo("Stato della pratica INV-2026-42");
        fails(() -> catalog.check(TopicCode.MONTHLY_DECLARATIONS, Map.of("month", "2026-10"), null, null, TODAY),
                ErrorCode.REQ_COMPANY_REQUIRED, "company");
        assertThat(catalog.check(TopicCode.MONTHLY_DECLARATIONS, Map.of("month", "2026-10"), null,
                new CompanyRegistrationNumber("1234567890"), TODAY).subject()).isEqualTo("DM trasmessi – 2026-10");
    }

    @Test
    void choicesAndYearsAreChecked() {
        assertThat(catalog.check(TopicCode.DOCUMENT_DELIVERY, Map.of("document", "PENSION_SLIP", "year", "2025"), null, null,
                TODAY).subject()).isEqualTo("Invio documento PENSION_SLIP 2025");
        fails(() -> catalog.check(TopicCode.DOCUMENT_DELIVERY, Map.of("document", "PASSPORT", "year", "2025"), null, null,
                TODAY), ErrorCode.REQ_FIELD_INVALID, "fields.document");
        fails(() -> catalog.check(TopicCode.DOCUMENT_DELIVERY, Map.of("document", "PENSION_SLIP", "year", "2027"), null, null,
                TODAY), ErrorCode.REQ_PERIOD_IN_FUTURE, "fields.year");
    }

    @Test
    void unknownTopicsAreRefusedAndGenericOnesFallBackToTheTitle() {
        fails(() -> catalog.check(new TopicCode("ASTROLOGY"), Map.of(), null, null, TODAY), ErrorCode.REQ_TOPIC_UNKNOWN, "topic");
        assertThat(catalog.check(TopicCode.GENERIC, Map.of(), null, null, TODAY).subject()).isEqualTo("Richiesta generica");
        assertThat(catalog.check(TopicCode.GENERIC, Map.of("subject", "Domanda"), null, null, TODAY).subject()).isEqualTo("Domanda");
    }

    @Test
    void integratorsAddTopicsWhoseSubjectPlaceholdersAreChecked() {
        Topic naspi = new Topic(new TopicCode("NASPI_PAYMENT"), "Pagamento NASpI",
                List.of(TopicField.required("month", FieldType.MONTH)), "NASpI – {month}", false, false);
        assertThat(TopicCatalog.with(List.of(naspi)).check(naspi.code(), Map.of("month", "2026-09"), null, null, TODAY).subject())
                .isEqualTo("NASpI – 2026-09");
        Topic broken = new Topic(new TopicCode("BROKEN"), "Broken", List.of(), "About {nothing}", false, false);
        assertThatThrownBy(() -> TopicCatalog.with(List.of(broken))).isInstanceOf(IllegalArgumentException.class);
    }
}
