package dev.sportello.adapters.memory;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/** Keyset paging over in-memory items: the cursor is the sort key of the last item of the page. */
final class Paging {
    private Paging() {
    }

    static <T> Page<T> page(Stream<T> items, Function<T, String> key, boolean descending, PageRequest request) {
        Comparator<String> order = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        String after = request.cursor();
        if (after != null && !after.matches("[0-9A-Za-z:._/-]{1,200}")) {
            throw SportelloException.invalidField(ErrorCode.PAGE_CURSOR_INVALID, "cursor", Map.of());
        }
        List<T> sorted = items.filter(item -> after == null || order.compare(key.apply(item), after) > 0)
                .sorted(Comparator.comparing(key, order))
                .limit(request.size() + 1L)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        String next = null;
        if (sorted.size() > request.size()) {
            sorted.remove(sorted.size() - 1);
            next = key.apply(sorted.get(sorted.size() - 1));
        }
        return new Page<>(sorted, next);
    }
}
