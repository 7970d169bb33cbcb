package org.steward.wallet.screens;

import java.util.ArrayList;
import java.util.List;

/** How a value is broken into the lines of a small screen. */
final class Lines {

    private Lines() {
    }

    /** Every {@code width} characters, as devices break hex and addresses (no word boundaries there). */
    static List<String> hard(String s, int width) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i += width) {
            out.add(s.substring(i, Math.min(s.length(), i + width)));
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    /** At spaces where possible, a word longer than a line cut hard; line breaks in the text are kept. */
    static List<String> words(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line.setLength(0);
                } else if (line.length() > 0) {
                    line.append(' ');
                }
                while (word.length() > width) {
                    if (line.length() > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                    }
                    out.add(word.substring(0, width));
                    word = word.substring(width);
                }
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Hex, addresses and hashes are cut hard; text wraps at words. */
    static List<String> of(String value, int width) {
        boolean hex = value.startsWith("0x") && value.indexOf(' ') < 0;
        return hex ? hard(value, width) : words(value, width);
    }
}
