package dev.sportello.adapters.jdbc;

import dev.sportello.Page;

import java.util.List;
import java.util.function.Function;

/** Turns "size + 1" rows into a page and its cursor. */
final class JdbcPages {
    private JdbcPages() {
    }

    static <T> Page<T> of(List<T> rows, int size, Function<T, String> key) {
        if (rows.size() <= size) {
            return new Page<>(rows, null);
        }
        List<T> page = rows.subList(0, size);
        return new Page<>(page, key.apply(page.get(size - 1)));
    }
}
