package org.steward.core.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line break; quotes doubled.
 * Written fields are also safe to open in a spreadsheet: a field that starts like a formula
 * ({@code = + - @}, tab, carriage return) gets a leading apostrophe, as OWASP's "CSV Injection"
 * page advises, so a name such as {@code =HYPERLINK(...)} stays text.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    public static String field(String value) {
        String v = neutralised(value == null ? "" : value);
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    /** The value with an apostrophe in front when a spreadsheet would read it as a formula. */
    public static String neutralised(String v) {
        return !v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    }

    /** Undoes {@link #neutralised} on import, so a name survives an export and import unchanged. */
    public static String restored(String v) {
        return v.length() > 1 && v.charAt(0) == '\'' && FORMULA_STARTS.indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    public static String line(List<String> fields) {
        return String.join(",", fields.stream().map(Csv::field).toList());
    }

    /** The records of {@code text}: quoted fields may hold commas, doubled quotes and line breaks. */
    public static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
