package dev.sportello.core.internal.notifications;

import dev.sportello.Language;
import dev.sportello.notifications.Amount;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.ProactiveContent;
import dev.sportello.notifications.Section;

import java.text.NumberFormat;

/** The plain-text forms of proactive content: the accessible variant of a notice (screen readers). */
final class AccessibleText {
    private AccessibleText() {
    }

    static String greeting(Language language, String name) {
        return switch (language) {
            case IT -> "Gentile " + name + ",";
            case EN -> "Dear " + name + ",";
            case DE -> "Sehr geehrte/r " + name + ",";
        };
    }

    static String summary(Language language) {
        return switch (language) {
            case IT -> "Apri l'avviso per leggere la guida personalizzata.";
            case EN -> "Open the notice to read your personalised guide.";
            case DE -> "Öffnen Sie die Mitteilung, um Ihren persönlichen Leitfaden zu lesen.";
        };
    }

    private static String actions(Language language) {
        return switch (language) {
            case IT -> "Azioni disponibili:";
            case EN -> "Available actions:";
            case DE -> "Verfügbare Aktionen:";
        };
    }

    static String of(InboxNotice notice, Language language) {
        StringBuilder out = new StringBuilder(notice.title()).append("\n\n");
        ProactiveContent content = notice.content();
        if (content == null) {
            return out.append(notice.body()).append('\n').toString();
        }
        NumberFormat money = NumberFormat.getNumberInstance(language.locale());
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        out.append(content.greeting()).append("\n\n");
        for (Section section : content.sections()) {
            out.append(section.heading()).append('\n');
            section.paragraphs().forEach(p -> out.append(p).append('\n'));
            for (Amount amount : section.amounts()) {
                out.append("- ").append(amount.label()).append(": ").append(money.format(amount.value())).append(" euro");
                if (amount.period() != null) {
                    out.append(' ').append(amount.period());
                }
                out.append('\n');
            }
            out.append('\n');
        }
        if (!content.callsToAction().isEmpty()) {
            out.append(actions(language)).append('\n');
            content.callsToAction().forEach(c -> out.append("- ").append(c.label()).append(": ").append(c.url()).append('\n'));
        }
        return out.toString();
    }
}
