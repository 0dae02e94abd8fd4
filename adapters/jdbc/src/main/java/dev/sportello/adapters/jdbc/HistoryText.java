package dev.sportello.adapters.jdbc;

import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.StatusChange;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A message's status history as text: one {@code STATUS;instant[;detail]} line per change, detail URL-encoded. */
final class HistoryText {
    private HistoryText() {
    }

    /** One line, starting with a newline unless it is the first. */
    static String line(StatusChange change, boolean first) {
        StringBuilder out = new StringBuilder(first ? "" : "\n").append(change.status().name()).append(';').append(change.at());
        if (change.detail() != null) {
            String detail = change.detail().length() > 600 ? change.detail().substring(0, 600) : change.detail();
            out.append(';').append(URLEncoder.encode(detail, StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    static String of(List<StatusChange> changes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < changes.size(); i++) {
            out.append(line(changes.get(i), i == 0));
        }
        return out.toString();
    }

    static List<StatusChange> parse(String text) {
        List<StatusChange> changes = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return changes;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split(";", 3);
            changes.add(new StatusChange(MessageStatus.valueOf(parts[0]), Instant.parse(parts[1]),
                    parts.length == 3 ? URLDecoder.decode(parts[2], StandardCharsets.UTF_8) : null));
        }
        return changes;
    }
}
