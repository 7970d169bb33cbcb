package org.steward.app.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.steward.core.text.OutsideText;

/**
 * Everything the CLI prints passes through here, so text from a hub, a node or a file cannot send
 * the terminal an escape sequence (ESC, OSC, CSI, other C0 and C1 controls) or a bidi override:
 * such characters are written out as {@code ⟨U+001B⟩}; line breaks and tabs stay. A surrogate pair
 * split across two writes is kept whole.
 */
final class TerminalSafeWriter extends FilterWriter {

    private char pendingHigh;

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        write(s.toCharArray(), off, len);
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        StringBuilder text = new StringBuilder(len + 1);
        if (pendingHigh != 0) {
            text.append(pendingHigh);
            pendingHigh = 0;
        }
        text.append(buf, off, len);
        if (text.length() > 0 && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            pendingHigh = text.charAt(text.length() - 1);
            text.setLength(text.length() - 1);
        }
        String safe = OutsideText.lines(text.toString().replace("\r\n", "\n"));
        out.write(safe, 0, safe.length());
    }
}
