package dev.sportello.core.internal.dossiers;

import dev.sportello.DomainEvent;
import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.EventCodec;
import dev.sportello.dossiers.DossierChange;
import dev.sportello.dossiers.DossierEvents;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the applied reports of one feed transaction changed, with who reported them and when: the payload
 * of one fan-out task. Who and when are the same for every report of the transaction, so they are kept
 * once, and each report's domain event is rebuilt from them and its news when the task runs (same id,
 * time, actor and attributes as if the feed had queued it). The stored form is one attribute per report,
 * its fields length-prefixed ({@code 5:hello}, {@code -} for none), so that any text travels unaltered and
 * a task of 500 reports stays small.
 *
 * @param at         when the feed's transaction ran
 * @param actor      who reported (the integrator's service)
 * @param onBehalfOf the user the actor acted for, or null
 * @param items      the reports' news, in their order
 *
 * <p>Immutable and thread-safe.
 */
record FeedNews(Instant at, PartyId actor, UserId onBehalfOf, List<DossierNews> items) {
    FeedNews {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        items = List.copyOf(items);
    }

    /**
     * The domain event of one report, as the feed's transaction would have queued it.
     *
     * @param news  one of {@link #items}
     * @param dueAt when it is due (the fan-out's time)
     * @return the event's outbox entry
     */
    OutboxEntry event(DossierNews news, Instant dueAt) {
        DomainEvent event = new DomainEvent(news.eventId(), DossierEvents.CHANGED, at, actor, onBehalfOf,
                news.dossier().auditType(), news.dossier().auditId(), news.eventAttributes());
        return OutboxEntry.builder().id(news.eventId()).kind(OutboxKind.EVENT).type(DossierEvents.CHANGED.name())
                .payload(EventCodec.encode(event)).dueAt(dueAt).createdAt(at).updatedAt(dueAt).build();
    }

    /** Writes the news as the flat attributes of one outbox entry; {@link #decode} reads it back. */
    static Map<String, String> encode(FeedNews feed) {
        Map<String, String> out = new HashMap<>();
        out.put("at", feed.at.toString());
        out.put("actor", feed.actor.asText());
        if (feed.onBehalfOf != null) {
            out.put("onBehalfOf", feed.onBehalfOf.asText());
        }
        out.put("n", Integer.toString(feed.items.size()));
        for (int i = 0; i < feed.items.size(); i++) {
            out.put(Integer.toString(i), line(feed.items.get(i)));
        }
        return out;
    }

    /** Reads what {@link #encode} wrote. */
    static FeedNews decode(Map<String, String> in) {
        int n = Integer.parseInt(in.get("n"));
        List<DossierNews> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(news(new Fields(in.get(Integer.toString(i)))));
        }
        String onBehalfOf = in.get("onBehalfOf");
        return new FeedNews(Instant.parse(in.get("at")), PartyId.parse(in.get("actor")),
                onBehalfOf == null ? null : (UserId) PartyId.parse(onBehalfOf), items);
    }

    private static String line(DossierNews news) {
        StringBuilder out = new StringBuilder(160);
        put(out, news.eventId());
        put(out, news.dossier().value());
        put(out, news.kind().code());
        put(out, news.owner().toString());
        put(out, news.office());
        put(out, news.status().name());
        put(out, news.statusNote());
        put(out, news.outcome());
        put(out, String.join(",", news.changes().stream().map(Enum::name).toList()));
        put(out, Integer.toString(news.measures().size()));
        news.measures().forEach(m -> put(out, m));
        putAmounts(out, news.payments());
        putAmounts(out, news.returned());
        return out.toString();
    }

    private static DossierNews news(Fields in) {
        String eventId = in.next();
        DossierId dossier = DossierId.of(in.next());
        DossierKindCode kind = DossierKindCode.of(in.next());
        UserId owner = UserId.of(in.next());
        String office = in.next();
        DossierStatus status = DossierStatus.valueOf(in.next());
        String note = in.next();
        String outcome = in.next();
        Set<DossierChange> changes = EnumSet.noneOf(DossierChange.class);
        for (String name : in.next().split(",")) {
            if (!name.isEmpty()) {
                changes.add(DossierChange.valueOf(name));
            }
        }
        int measureCount = Integer.parseInt(in.next());
        List<String> measures = new ArrayList<>(measureCount);
        for (int j = 0; j < measureCount; j++) {
            measures.add(in.next());
        }
        List<DossierNews.Amount> payments = amounts(in);
        List<DossierNews.Amount> returned = amounts(in);
        return new DossierNews(dossier, kind, owner, office, status, note, outcome, changes, measures, payments, returned,
                eventId);
    }

    private static void putAmounts(StringBuilder out, List<DossierNews.Amount> amounts) {
        put(out, Integer.toString(amounts.size()));
        for (DossierNews.Amount a : amounts) {
            put(out, a.amount());
            put(out, a.date());
        }
    }

    private static List<DossierNews.Amount> amounts(Fields in) {
        int count = Integer.parseInt(in.next());
        List<DossierNews.Amount> amounts = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            amounts.add(new DossierNews.Amount(in.next(), in.next()));
        }
        return amounts;
    }

    private static void put(StringBuilder out, String value) {
        if (value == null) {
            out.append('-');
        } else {
            out.append(value.length()).append(':').append(value);
        }
    }

    /** Reads length-prefixed fields in order. */
    private static final class Fields {
        private final String line;
        private int at;

        Fields(String line) {
            this.line = Objects.requireNonNull(line, "line");
        }

        String next() {
            if (line.charAt(at) == '-') {
                at++;
                return null;
            }
            int colon = line.indexOf(':', at);
            int length = Integer.parseInt(line, at, colon, 10);
            String value = line.substring(colon + 1, colon + 1 + length);
            at = colon + 1 + length;
            return value;
        }
    }
}
