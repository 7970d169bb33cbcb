package org.steward.devnet.hub;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The hub's {@code where} conventions over rows: {@code field}, {@code field_in},
 * {@code field_not}, {@code field_not_in}, {@code field_gt/gte/lt/lte} and {@code field_contains},
 * plus {@code orderBy}/{@code orderDirection} and {@code first}/{@code skip} with the hub's limits.
 */
final class HubFilter {

    static final int MAX_FIRST = 1000;
    static final int MAX_SKIP = 5000;

    private static final List<String> SUFFIXES = List.of("_not_in", "_in", "_not", "_gte", "_gt", "_lte", "_lt", "_contains");

    private HubFilter() {
    }

    /** {@code field} reads a row's value by schema name, for fields whose row value is not the raw one (a linked space). */
    static <R> Stream<R> where(Stream<R> rows, Map<String, Object> where, BiFunction<R, String, Object> field) {
        if (where == null) {
            return rows;
        }
        Stream<R> out = rows;
        for (Map.Entry<String, Object> condition : where.entrySet()) {
            if (condition.getValue() == null) {
                continue;
            }
            String key = condition.getKey();
            String suffix = SUFFIXES.stream().filter(key::endsWith).findFirst().orElse("");
            String name = key.substring(0, key.length() - suffix.length());
            Object wanted = condition.getValue();
            out = out.filter(row -> test(field.apply(row, name), suffix, wanted));
        }
        return out;
    }

    static <R> List<R> page(Stream<R> rows, Integer first, Integer skip, String orderBy, String direction,
                            BiFunction<R, String, Object> field, String defaultOrder) {
        int f = first == null ? 20 : first;
        int s = skip == null ? 0 : skip;
        if (f > MAX_FIRST) {
            throw new IllegalArgumentException("The `first` argument must not be greater than " + MAX_FIRST);
        }
        if (s > MAX_SKIP) {
            throw new IllegalArgumentException("The `skip` argument must not be greater than " + MAX_SKIP);
        }
        String by = orderBy == null || orderBy.isBlank() ? defaultOrder : orderBy;
        Comparator<R> order = Comparator.comparing(row -> (Comparable) comparable(field.apply(row, by)), Comparator.nullsFirst(Comparator.naturalOrder()));
        if (!"asc".equals(direction == null ? "desc" : direction.toLowerCase(Locale.ROOT))) {
            order = order.reversed();
        }
        return rows.sorted(order).skip(Math.max(0, s)).limit(Math.max(0, f)).toList();
    }

    private static boolean test(Object value, String suffix, Object wanted) {
        return switch (suffix) {
            case "" -> same(value, wanted);
            case "_not" -> !same(value, wanted);
            case "_in" -> ((Collection<?>) wanted).stream().anyMatch(w -> same(value, w));
            case "_not_in" -> ((Collection<?>) wanted).stream().noneMatch(w -> same(value, w));
            case "_contains" -> value != null && value.toString().toLowerCase(Locale.ROOT).contains(wanted.toString().toLowerCase(Locale.ROOT));
            default -> {
                if (!(value instanceof Number v) || !(wanted instanceof Number w)) {
                    yield false;
                }
                int c = Double.compare(v.doubleValue(), w.doubleValue());
                yield switch (suffix) {
                    case "_gt" -> c > 0;
                    case "_gte" -> c >= 0;
                    case "_lt" -> c < 0;
                    default -> c <= 0;
                };
            }
        };
    }

    /** Numbers compare by value whatever their boxed type; addresses and ids without case. */
    private static boolean same(Object value, Object wanted) {
        if (value instanceof Number v && wanted instanceof Number w) {
            return Double.compare(v.doubleValue(), w.doubleValue()) == 0;
        }
        if (value instanceof String v && wanted instanceof String w) {
            return v.equalsIgnoreCase(w);
        }
        return Objects.equals(value, wanted);
    }

    private static Object comparable(Object value) {
        return value instanceof Number n ? (Object) n.doubleValue() : value instanceof Comparable<?> ? value : null;
    }
}
