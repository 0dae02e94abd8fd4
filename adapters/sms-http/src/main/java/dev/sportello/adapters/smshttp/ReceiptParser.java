package dev.sportello.adapters.smshttp;

import dev.sportello.Arguments;
import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.notifications.ReceiptOutcome;
import dev.sportello.notifications.ReportReceipt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a receipt body — one JSON object, or an array of them — into {@link ReportReceipt}s, with the per-part
 * rule of {@link SmsReceipts}.
 *
 * <p>Immutable and thread-safe.
 */
final class ReceiptParser {
    /** The most receipts one body may carry. */
    static final int MAX_RECEIPTS = 1_000;
    /** The most parts a concatenated SMS has (the 8-bit reference of 3GPP TS 23.040). */
    static final int MAX_PARTS = 255;
    private static final long MILLIS_FROM = 100_000_000_000L;

    private final JsonPointer idPointer;
    private final JsonPointer statusPointer;
    private final JsonPointer timePointer;
    private final JsonPointer partPointer;
    private final JsonPointer partsPointer;
    private final Map<String, ReceiptOutcome> finalStatuses;
    private final Set<String> interimStatuses;
    private final Clock clock;

    ReceiptParser(JsonPointer idPointer, JsonPointer statusPointer, JsonPointer timePointer, JsonPointer partPointer,
                  JsonPointer partsPointer, Map<String, ReceiptOutcome> finalStatuses, Set<String> interimStatuses,
                  Clock clock) {
        this.idPointer = idPointer;
        this.statusPointer = statusPointer;
        this.timePointer = timePointer;
        this.partPointer = partPointer;
        this.partsPointer = partsPointer;
        this.finalStatuses = Map.copyOf(finalStatuses);
        this.interimStatuses = Set.copyOf(interimStatuses);
        this.clock = clock;
    }

    /** One receipt as the provider sent it: for the whole message ({@code part} 0) or for one part. */
    private record PartReceipt(String providerId, ReceiptOutcome outcome, Instant at, int part, int parts) {
        boolean decides() {
            return outcome != ReceiptOutcome.DELIVERED || part == 0 || part == parts;
        }
    }

    List<ReportReceipt> parse(byte[] body) {
        JsonNode root;
        try {
            root = Json.read(body);
        } catch (JacksonException e) {
            throw SportelloException.invalidField(ErrorCode.TRN_JSON_MALFORMED, "$", Map.of("reason", Json.reason(e)));
        }
        List<PartReceipt> parts = new ArrayList<>();
        if (root.isObject()) {
            add(parts, read(root, -1));
        } else if (root.isArray()) {
            if (root.size() > MAX_RECEIPTS) {
                throw malformed("$");
            }
            for (int i = 0; i < root.size(); i++) {
                if (!root.get(i).isObject()) {
                    throw malformed(Json.path(i, null));
                }
                add(parts, read(root.get(i), i));
            }
        } else {
            throw malformed("$");
        }
        return aggregate(parts);
    }

    private static void add(List<PartReceipt> parts, PartReceipt receipt) {
        if (receipt != null) {
            parts.add(receipt);
        }
    }

    /**
     * Per provider id, in order of first decision: a failed or expired part (or whole-message receipt) decides
     * the message, the first one winning and overriding a delivery in the same body; else a delivery of the
     * whole message or of its last part decides it; a delivery of an earlier part decides nothing.
     */
    private static List<ReportReceipt> aggregate(List<PartReceipt> parts) {
        Map<String, PartReceipt> decided = new LinkedHashMap<>();
        for (PartReceipt part : parts) {
            if (!part.decides()) {
                continue;
            }
            PartReceipt current = decided.get(part.providerId());
            if (current == null || (current.outcome() == ReceiptOutcome.DELIVERED
                    && part.outcome() != ReceiptOutcome.DELIVERED)) {
                decided.put(part.providerId(), part);
            }
        }
        List<ReportReceipt> receipts = new ArrayList<>();
        for (PartReceipt part : decided.values()) {
            receipts.add(new ReportReceipt(Channel.SMS, part.providerId(), part.outcome(), part.at()));
        }
        return List.copyOf(receipts);
    }

    private PartReceipt read(JsonNode item, int index) {
        String id = text(item.at(idPointer));
        if (id == null || id.isBlank() || id.length() > AnswerClassifier.MAX_ID_LENGTH || !Arguments.isWellFormed(id)
                || id.chars().anyMatch(Character::isISOControl)) {
            throw malformed(Json.path(index, idPointer));
        }
        String word = text(item.at(statusPointer));
        if (word == null) {
            throw malformed(Json.path(index, statusPointer));
        }
        String status = Arguments.upperAscii(word.trim());
        ReceiptOutcome outcome = finalStatuses.get(status);
        if (outcome == null) {
            if (interimStatuses.contains(status)) {
                return null;
            }
            throw malformed(Json.path(index, statusPointer));
        }
        Instant at = time(item.at(timePointer), index);
        int part = 0;
        int parts = 0;
        JsonNode partNode = item.at(partPointer);
        if (!partNode.isMissingNode() && !partNode.isNull()) {
            part = count(partNode, index, partPointer);
            parts = count(item.at(partsPointer), index, partsPointer);
            if (part > parts) {
                throw malformed(Json.path(index, partPointer));
            }
        }
        return new PartReceipt(id, outcome, at, part, parts);
    }

    private Instant time(JsonNode node, int index) {
        if (node.isMissingNode() || node.isNull()) {
            return clock.instant();
        }
        try {
            if (node.isString()) {
                String text = node.stringValue().trim();
                try {
                    return OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeException e) {
                    return Instant.parse(text);
                }
            }
            if (node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= 0) {
                long value = node.longValue();
                return value >= MILLIS_FROM ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
            }
        } catch (DateTimeException | ArithmeticException e) {
            throw malformed(Json.path(index, timePointer));
        }
        throw malformed(Json.path(index, timePointer));
    }

    private static int count(JsonNode node, int index, JsonPointer pointer) {
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 1 || node.intValue() > MAX_PARTS) {
            throw malformed(Json.path(index, pointer));
        }
        return node.intValue();
    }

    private static String text(JsonNode node) {
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return Long.toString(node.longValue());
        }
        return null;
    }

    private static SportelloException malformed(String field) {
        return SportelloException.invalidField(ErrorCode.TRN_RECEIPT_MALFORMED, field, Map.of());
    }

    @Override
    public String toString() {
        return "id " + idPointer + ", status " + statusPointer + ", at " + timePointer + ", part " + partPointer
                + " of " + partsPointer + ", " + finalStatuses.size() + " final and " + interimStatuses.size()
                + " interim status words";
    }
}
