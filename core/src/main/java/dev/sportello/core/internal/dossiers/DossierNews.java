package dev.sportello.core.internal.dossiers;

import dev.sportello.UserId;
import dev.sportello.dossiers.DossierChange;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.DossierEvents;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one applied report changed that its owner should learn about (R-DOS-1): the feed's transaction
 * keeps it in a fan-out task ({@link FeedNews}), which the dispatcher turns into inbox notices, messages
 * and the report's domain event after commit. It holds the values the notices show as reported, so a
 * later report does not change what an earlier notice says.
 *
 * @param dossier    the dossier
 * @param kind       its kind
 * @param owner      its owner, who is told
 * @param office     its managing office (an attribute of the event)
 * @param status     the status after the report
 * @param statusNote the status note, or null
 * @param outcome    the outcome's text when the outcome changed, else null
 * @param changes    what changed (not empty)
 * @param measures   the kinds of the new measures
 * @param payments   the new payments
 * @param returned   the payments newly returned
 * @param eventId    the id of the domain event, fixed by the report's transaction
 *
 * <p>Immutable and thread-safe.
 */
record DossierNews(DossierId dossier, DossierKindCode kind, UserId owner, String office, DossierStatus status,
                   String statusNote, String outcome, Set<DossierChange> changes, List<String> measures,
                   List<Amount> payments, List<Amount> returned, String eventId) {
    DossierNews {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(eventId, "eventId");
        changes = changes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(changes));
        measures = List.copyOf(measures);
        payments = List.copyOf(payments);
        returned = List.copyOf(returned);
    }

    /**
     * A payment as its notice shows it.
     *
     * @param amount the net amount with its currency, e.g. {@code 1250.00 EUR}
     * @param date   the payment's date, ISO
     */
    record Amount(String amount, String date) {
    }

    /** The attributes of the report's {@link DossierEvents#CHANGED} event. */
    Map<String, String> eventAttributes() {
        return Map.of("office", office, "kind", kind.code(), "status", status.name(), "changes",
                changes.stream().map(Enum::name).collect(Collectors.joining(",")));
    }
}
