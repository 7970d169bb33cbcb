package org.steward.governance.domain.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Markdown from strangers is rendered only within a budget. Before parsing, the text's size and the
 * depth of its block containers (quotes, list items) and of its emphasis runs are measured line by
 * line, because deep nesting is what overflows a recursive parser or renderer; after parsing, the
 * tree's depth, node count and table cells are counted without recursion. Beyond any limit the body
 * is not rendered and the person is offered its raw text. Plain Java: run it off the UI thread.
 */
public final class MarkdownBudget {

    public static final int MAX_CHARS = 200_000;
    public static final int MAX_DEPTH = 24;
    public static final int MAX_NODES = 20_000;
    public static final int MAX_TABLE_CELLS = 2_000;
    /** Emphasis delimiters in one run of text: an honest body never opens hundreds at once. */
    static final int MAX_DELIMITER_RUN = 64;

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private MarkdownBudget() {
    }

    /** A body parsed within the budget, or the limit it went past (then {@code document} is null). */
    public record Checked(Node document, String refusal) {

        public boolean renderable() {
            return document != null;
        }
    }

    public static Checked check(String markdown) {
        String text = markdown == null ? "" : markdown;
        if (text.length() > MAX_CHARS) {
            return refused("it is " + text.length() + " characters long, over the " + MAX_CHARS + " Steward renders");
        }
        String nesting = prescan(text);
        if (nesting != null) {
            return refused(nesting);
        }
        Node document;
        try {
            document = PARSER.parse(text);
        } catch (StackOverflowError e) {
            return refused("it nests too deeply to read");
        }
        return measure(document);
    }

    /** The sentence a person sees instead of a body over the budget. */
    public static String refusal(String why) {
        return "This body is too large to render (" + why + "); open the raw text to read it.";
    }

    private static Checked refused(String why) {
        return new Checked(null, refusal(why));
    }

    /** Quote and list nesting from each line's leading markers, and the longest run of emphasis delimiters. */
    static String prescan(String text) {
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            if (end < 0) {
                end = text.length();
            }
            int depth = 0;
            int i = lineStart;
            while (i < end) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t') {
                    i++;
                } else if (c == '>') {
                    depth++;
                    i++;
                } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && text.charAt(i + 1) == ' ') {
                    depth++;
                    i += 2;
                } else if (Character.isDigit(c)) {
                    int j = i;
                    while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                        j++;
                    }
                    if (j + 1 < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && text.charAt(j + 1) == ' ') {
                        depth++;
                        i = j + 2;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            // list items continue by indentation: four spaces (or a tab) per level is the most a line can add
            int indentLevels = indentation(text, lineStart, end) / 2;
            if (depth > MAX_DEPTH || indentLevels > MAX_DEPTH * 2) {
                return "its quotes or lists nest more than " + MAX_DEPTH + " levels deep";
            }
            lineStart = end + 1;
        }
        int run = 0;
        int opened = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '*' || c == '_' || c == '~' || c == '[') {
                run++;
                opened++;
            } else if (!Character.isWhitespace(c)) {
                run = 0;
            }
            if (run > MAX_DELIMITER_RUN || opened > MAX_NODES) {
                return "it holds more emphasis or link markers than " + (run > MAX_DELIMITER_RUN ? "one run may (" + MAX_DELIMITER_RUN + ")"
                        : "a body may (" + MAX_NODES + ")");
            }
        }
        return null;
    }

    private static int indentation(String text, int from, int end) {
        int n = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                n++;
            } else if (c == '\t') {
                n += 4;
            } else if (c != '>' && c != '-' && c != '*' && c != '+' && !Character.isDigit(c) && c != '.' && c != ')') {
                break;
            }
        }
        return n;
    }

    /** Depth, nodes and table cells of the parsed tree, walked with an explicit stack. */
    static Checked measure(Node document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        int count = 0;
        int cells = 0;
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int d = depths.pop();
            if (d > MAX_DEPTH) {
                return refused("it nests more than " + MAX_DEPTH + " levels deep");
            }
            if (++count > MAX_NODES) {
                return refused("it has more than " + MAX_NODES + " parts");
            }
            if (n instanceof TableCell && ++cells > MAX_TABLE_CELLS) {
                return refused("its tables have more than " + MAX_TABLE_CELLS + " cells");
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                nodes.push(c);
                depths.push(d + 1);
            }
        }
        return new Checked(document, null);
    }
}
