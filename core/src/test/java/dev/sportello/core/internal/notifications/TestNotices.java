package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.notifications.Amount;
import dev.sportello.notifications.CallToAction;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.Section;
import dev.sportello.users.UserProfile;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Proactive notices for the notification tests: a "medical report issued" guide with two calls to action. */
final class TestNotices {
    static final MessageKind MEDICAL_REPORT = new MessageKind("MEDICAL_REPORT_ISSUED");

    private TestNotices() {
    }

    static PublishProactiveNotice medicalReport(UserProfile user, Set<Channel> alerts, Duration validity) {
        return new PublishProactiveNotice(user.id(), MEDICAL_REPORT, "Il tuo verbale sanitario è stato emesso",
                List.of(new Section("Benefici riconosciuti", List.of("Ti spettano:"),
                        List.of(new Amount("Indennità di accompagnamento", new BigDecimal("542.02"), "al mese")))),
                List.of(new CallToAction("qr-code", "Scarica il QR code", "https://example.it/qr", null),
                        new CallToAction("disability-card", "Richiedi la Carta della disabilità", "https://example.it/carta",
                                "DISABILITY_CARD")),
                Set.of(), alerts, validity);
    }
}
