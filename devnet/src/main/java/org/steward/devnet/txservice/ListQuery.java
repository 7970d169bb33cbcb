package org.steward.devnet.txservice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A list request's query string read as the real list views read it (commit
 * 3e0199c490ae571f395284cbc7a6e0bac881a15e): history/filters.py's MultisigTransactionFilter
 * ({@code trusted} defaults to true; {@code executed}, {@code has_confirmations}, nonce, value,
 * dates, hashes), DRF's OrderingFilter over nonce, created and modified (default {@code -nonce,-created}),
 * and pagination.DefaultPagination (LimitOffset, limit 100, at most 200) with absolute
 * {@code next}/{@code previous} links whose query is re-encoded in sorted order, as DRF does.
 */
final class ListQuery {

    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 200;

    private final String baseUrl;
    private final Map<String, String> params;

    /** @param baseUrl scheme, host and path of the request, without the query */
    ListQuery(String baseUrl, String rawQuery) {
        this.baseUrl = baseUrl;
        this.params = parse(rawQuery);
    }

    /** The transactions matching the filters, in the requested order (not yet paged). */
    List<TxRecord> filter(List<TxRecord> all) {
        Map<String, List<String>> errors = new TreeMap<>();
        List<Predicate<TxRecord>> tests = new ArrayList<>();
        Boolean trusted = bool("trusted");
        if (trusted == null || trusted) {
            tests.add(r -> r.trusted);
        }
        Boolean executed = bool("executed");
        if (executed != null) {
            tests.add(r -> r.executed() == executed);
        }
        Boolean confirmed = bool("has_confirmations");
        if (confirmed != null) {
            tests.add(r -> !r.confirmations.isEmpty() == confirmed);
        }
        Boolean failed = bool("failed");
        if (failed != null) {
            tests.add(r -> r.executed() && r.execution.successful() != failed);
        }
        number(tests, errors, "nonce", r -> new BigDecimal(r.tx.nonce()), 0);
        number(tests, errors, "nonce__lt", r -> new BigDecimal(r.tx.nonce()), -2);
        number(tests, errors, "nonce__lte", r -> new BigDecimal(r.tx.nonce()), -1);
        number(tests, errors, "nonce__gt", r -> new BigDecimal(r.tx.nonce()), 2);
        number(tests, errors, "nonce__gte", r -> new BigDecimal(r.tx.nonce()), 1);
        number(tests, errors, "value", r -> new BigDecimal(r.tx.value()), 0);
        number(tests, errors, "value__lt", r -> new BigDecimal(r.tx.value()), -2);
        number(tests, errors, "value__gt", r -> new BigDecimal(r.tx.value()), 2);
        date(tests, errors, "submission_date__gte", r -> r.created, 1);
        date(tests, errors, "submission_date__lte", r -> r.created, -1);
        date(tests, errors, "modified__gte", r -> r.modified, 1);
        date(tests, errors, "modified__gt", r -> r.modified, 2);
        date(tests, errors, "modified__lte", r -> r.modified, -1);
        date(tests, errors, "modified__lt", r -> r.modified, -2);
        date(tests, errors, "execution_date__gte", r -> r.executed() ? r.execution.date() : null, 1);
        date(tests, errors, "execution_date__lte", r -> r.executed() ? r.execution.date() : null, -1);
        text(tests, "safe_tx_hash", r -> r.safeTxHash.hex());
        text(tests, "transaction_hash", r -> r.executed() ? r.execution.transactionHash().hex() : null);
        text(tests, "to", r -> r.tx.to().checksummed());
        if (!errors.isEmpty()) {
            throw ApiError.fields(400, errors);
        }
        List<TxRecord> out = new ArrayList<>(all.stream().filter(r -> tests.stream().allMatch(t -> t.test(r))).toList());
        out.sort(ordering());
        return out;
    }

    /** DRF's paginated body: count, next, previous, results. */
    <T> ObjectNode page(List<T> items, Function<T, ObjectNode> render) {
        int limit = positive("limit", DEFAULT_LIMIT, MAX_LIMIT, true);
        int offset = positive("offset", 0, Integer.MAX_VALUE, false);
        ObjectNode o = TxServiceJson.JSON.createObjectNode().put("count", items.size());
        if (offset + limit < items.size()) {
            o.put("next", link(Map.of("limit", String.valueOf(limit), "offset", String.valueOf(offset + limit)), null));
        } else {
            o.putNull("next");
        }
        if (offset <= 0) {
            o.putNull("previous");
        } else if (offset - limit <= 0) {
            o.put("previous", link(Map.of("limit", String.valueOf(limit)), "offset"));
        } else {
            o.put("previous", link(Map.of("limit", String.valueOf(limit), "offset", String.valueOf(offset - limit)), null));
        }
        ArrayNode results = o.putArray("results");
        items.stream().skip(offset).limit(limit).forEach(i -> results.add(render.apply(i)));
        return o;
    }

    private Comparator<TxRecord> ordering() {
        Comparator<TxRecord> order = null;
        String requested = params.getOrDefault("ordering", "");
        for (String term : requested.split(",")) {
            String field = term.strip().startsWith("-") ? term.strip().substring(1) : term.strip();
            Comparator<TxRecord> c = switch (field) {
                case "nonce" -> Comparator.comparing(r -> r.tx.nonce());
                case "created" -> Comparator.comparing(r -> r.created);
                case "modified" -> Comparator.comparing(r -> r.modified);
                default -> null;
            };
            if (c != null) {
                c = term.strip().startsWith("-") ? c.reversed() : c;
                order = order == null ? c : order.thenComparing(c);
            }
        }
        if (order == null) {
            Comparator<TxRecord> byNonce = Comparator.comparing(r -> r.tx.nonce());
            Comparator<TxRecord> byCreated = Comparator.comparing(r -> r.created);
            order = byNonce.reversed().thenComparing(byCreated.reversed());
        }
        return order;
    }

    private Boolean bool(String name) {
        String v = params.get(name);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "true", "True", "1" -> true;
            case "false", "False", "0" -> false;
            default -> null;
        };
    }

    private void number(List<Predicate<TxRecord>> tests, Map<String, List<String>> errors, String name, Function<TxRecord, BigDecimal> of, int sense) {
        String v = params.get(name);
        if (v == null || v.isEmpty()) {
            return;
        }
        BigDecimal bound;
        try {
            bound = new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            errors.put(name, List.of("Enter a number."));
            return;
        }
        tests.add(r -> compare(of.apply(r).compareTo(bound), sense));
    }

    private void date(List<Predicate<TxRecord>> tests, Map<String, List<String>> errors, String name, Function<TxRecord, Instant> of, int sense) {
        String v = params.get(name);
        if (v == null || v.isEmpty()) {
            return;
        }
        Instant bound;
        try {
            bound = OffsetDateTime.parse(v.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            errors.put(name, List.of("Enter a valid date/time."));
            return;
        }
        tests.add(r -> of.apply(r) != null && compare(of.apply(r).compareTo(bound), sense));
    }

    private void text(List<Predicate<TxRecord>> tests, String name, Function<TxRecord, String> of) {
        String v = params.get(name);
        if (v != null && !v.isEmpty()) {
            tests.add(r -> v.equalsIgnoreCase(of.apply(r)));
        }
    }

    /** sense: 0 exact, 1 gte, 2 gt, -1 lte, -2 lt. */
    private static boolean compare(int c, int sense) {
        return switch (sense) {
            case 0 -> c == 0;
            case 1 -> c >= 0;
            case 2 -> c > 0;
            case -1 -> c <= 0;
            default -> c < 0;
        };
    }

    /** DRF's _positive_int: a bad or (for limit) zero value falls back to the default; limit is capped. */
    private int positive(String name, int fallback, int cutoff, boolean strict) {
        try {
            int n = Integer.parseInt(params.getOrDefault(name, ""));
            if (n < 0 || (strict && n == 0)) {
                return fallback;
            }
            return Math.min(n, cutoff);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private String link(Map<String, String> replace, String remove) {
        TreeMap<String, String> q = new TreeMap<>(params);
        q.putAll(replace);
        if (remove != null) {
            q.remove(remove);
        }
        StringBuilder out = new StringBuilder(baseUrl);
        String sep = "?";
        for (Map.Entry<String, String> e : q.entrySet()) {
            out.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = "&";
        }
        return out.toString();
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> out = new TreeMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String part : rawQuery.split("&")) {
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(key, value);
        }
        return out;
    }
}
