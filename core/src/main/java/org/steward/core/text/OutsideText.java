package org.steward.core.text;

import java.util.Optional;

/**
 * Text that came from outside (a hub, a node, a file, a registry, another person) as it may be shown:
 * characters that change how the text around them looks without being seen themselves are written
 * out as {@code ⟨U+202E⟩}. That covers bidi controls (a right-to-left override makes a label read as
 * someone else's address), zero-width and other format characters, blank look-alikes (Hangul
 * fillers, braille blank), variation selectors, C0 and C1 controls (a terminal obeys ESC and OSC
 * sequences) and line breaks. One helper so that every screen and every command escapes alike.
 */
public final class OutsideText {

    private OutsideText() {
    }

    /** For one-line places (names, titles, table cells, terminal columns): line breaks are escaped too. */
    public static String line(String text) {
        return escape(text, false);
    }

    /** For bodies shown as several lines (a proposal's text in a terminal): line breaks and tabs stay. */
    public static String lines(String text) {
        return escape(text, true);
    }

    /** The first character that {@link #line} would escape, as a person reads it: {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}. */
    public static Optional<String> firstHidden(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (hidden(cp, false)) {
                return Optional.of(describe(cp));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    /** {@code U+202E (RIGHT-TO-LEFT OVERRIDE)}, or just the code point when Java has no name for it. */
    public static String describe(int cp) {
        String name = Character.getName(cp);
        return code(cp) + (name == null ? "" : " (" + name + ")");
    }

    private static String escape(String text, boolean keepLines) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (hidden(cp, keepLines)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append('⟨').append(code(cp)).append('⟩');
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }

    /** True for a character that hides itself or rearranges the text around it. */
    static boolean hidden(int cp, boolean keepLines) {
        if (keepLines && (cp == '\n' || cp == '\t')) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800 || cp == 0x180E
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static String code(int cp) {
        return String.format("U+%04X", cp);
    }
}
