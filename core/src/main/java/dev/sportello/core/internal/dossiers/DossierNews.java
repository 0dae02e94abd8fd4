package dev.sportello.core.internal.dossiers;

import dev.sportello.UserId;
import dev.sportello.dossiers.DossierChange;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one applied report changed that its owner should learn about (R-DOS-1), with the domain event it
 * raised: the feed's transaction keeps it in a fan-out task, which the dispatcher turns into inbox notices,
 * messages and the event after commit. It holds the values the notices show as reported, so a later report
 * does not change what an earlier notice says.
 *
 * @param dossier    the dossier
 * @param kind       its kind
 * @param owner      its owner, who is told
 * @param status     the status after the report
 * @param statusNote the status note, or null
 * @param outcome    the outcome's text when the outcome changed, else null
 * @param changes    what changed (not empty)
 * @param measures   the kinds of the new measures
 * @param payments   the new payments
 * @param returned   the payments newly returned
 * @param event      the event's outbox entry (id, time and actor fixed by the report's transaction)
 *
 * <p>Immutable and thread-safe.
 */
record DossierNews(DossierId dossier, DossierKindCode kind, UserId owner, DossierStatus status, String statusNote,
                   String outcome, Set<DossierChange> changes, List<String> measures, List<Amount> payments,
                   List<Amount> returned, OutboxEntry event) {
    DossierNews {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(event, "event");
        changes = Set.copyOf(changes);
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

    /** Writes a list of news as the flat attributes of one outbox entry; {@link #decode} reads it back. */
    static Map<String, String> encode(List<DossierNews> all) {
        Map<String, String> out = new HashMap<>();
        out.put("n", Integer.toString(all.size()));
        for (int i = 0; i < all.size(); i++) {
            DossierNews news = all.get(i);
            String p = i + ".";
            out.put(p + "dossier", news.dossier.value());
            out.put(p + "kind", news.kind.code());
            out.put(p + "owner", news.owner.toString());
            out.put(p + "status", news.status.name());
            putIfSet(out, p + "note", news.statusNote);
            putIfSet(out, p + "outcome", news.outcome);
            out.put(p + "changes", news.changes.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
            putList(out, p + "m", news.measures);
            putAmounts(out, p + "p", news.payments);
            putAmounts(out, p + "r", news.returned);
            OutboxEntry e = news.event;
            out.put(p + "e.id", e.id());
            out.put(p + "e.type", e.type());
            out.put(p + "e.at", e.createdAt().toString());
            e.payload().forEach((k, v) -> out.put(p + "e." + k, v));
        }
        return out;
    }

    /** Reads what {@link #encode} wrote. */
    static List<DossierNews> decode(Map<String, String> in) {
        int n = Integer.parseInt(in.get("n"));
        List<Map<String, String>> parts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parts.add(new HashMap<>());
        }
        in.forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot > 0) {
                parts.get(Integer.parseInt(key.substring(0, dot))).put(key.substring(dot + 1), value);
            }
        });
        List<DossierNews> all = new ArrayList<>(n);
        for (Map<String, String> p : parts) {
            Set<DossierChange> changes = EnumSet.noneOf(DossierChange.class);
            Arrays.stream(p.get("changes").split(",")).filter(s -> !s.isEmpty()).map(DossierChange::valueOf).forEach(changes::add);
            Map<String, String> payload = new HashMap<>();
            p.forEach((k, v) -> {
                if (k.startsWith("e.") && !k.equals("e.id") && !k.equals("e.type") && !k.equals("e.at")) {
                    payload.put(k.substring(2), v);
                }
            });
            Instant at = Instant.parse(p.get("e.at"));
            OutboxEntry event = OutboxEntry.builder().id(p.get("e.id")).kind(OutboxKind.EVENT).type(p.get("e.type"))
                    .payload(payload).dueAt(at).createdAt(at).updatedAt(at).build();
            all.add(new DossierNews(DossierId.of(p.get("dossier")), DossierKindCode.of(p.get("kind")), UserId.of(p.get("owner")),
                    DossierStatus.valueOf(p.get("status")), p.get("note"), p.get("outcome"), changes, list(p, "m"),
                    amounts(p, "p"), amounts(p, "r"), event));
        }
        return all;
    }

    private static void putIfSet(Map<String, String> out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    private static void putList(Map<String, String> out, String key, List<String> values) {
        out.put(key, Integer.toString(values.size()));
        for (int j = 0; j < values.size(); j++) {
            out.put(key + "." + j, values.get(j));
        }
    }

    private static void putAmounts(Map<String, String> out, String key, List<Amount> values) {
        out.put(key, Integer.toString(values.size()));
        for (int j = 0; j < values.size(); j++) {
            out.put(key + "." + j + ".amount", values.get(j).amount());
            out.put(key + "." + j + ".date", values.get(j).date());
        }
    }

    private static List<String> list(Map<String, String> p, String key) {
        int size = Integer.parseInt(p.get(key));
        List<String> values = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
            values.add(p.get(key + "." + j));
        }
        return values;
    }

    private static List<Amount> amounts(Map<String, String> p, String key) {
        int size = Integer.parseInt(p.get(key));
        List<Amount> values = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
            values.add(new Amount(p.get(key + "." + j + ".amount"), p.get(key + "." + j + ".date")));
        }
        return values;
    }
}
