package org.steward.governance.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.steward.core.text.OutsideText;
import org.steward.governance.domain.markdown.MarkdownBudget;

/**
 * Proposal bodies are Markdown written by strangers: rendered into plain JavaFX nodes, never a
 * browser. Raw HTML is shown as text, images are not fetched (their alt text and address are
 * shown), and a link only reports its full URL to {@code onLink}, which asks before opening it.
 * Parsing, the budget check ({@link MarkdownBudget}) and building the nodes run off the UI thread;
 * a body over the budget is replaced by one sentence and a way to read its raw text. Hidden characters in the
 * text and in link targets are shown written out ({@link OutsideText}).
 */
public final class MarkdownView {

    /** The raw text view shows at most this much: more would freeze a text area as well. */
    static final int MAX_RAW_CHARS = 1_000_000;

    private static final Executor WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "steward-markdown");
        t.setDaemon(true);
        return t;
    });

    private MarkdownView() {
    }

    /**
     * A box that says the body is being rendered, and fills itself on the UI thread once the body
     * is parsed, checked and turned into nodes on the worker: the UI thread only attaches them (and
     * the links' tooltips, which are windows and so made there).
     */
    public static VBox render(String markdown, Consumer<String> onLink) {
        VBox box = new VBox(8);
        box.getStyleClass().add("markdown");
        Label waiting = new Label("Rendering the body…");
        waiting.getStyleClass().add("md-rendering");
        box.getChildren().add(waiting);
        String text = markdown == null ? "" : markdown;
        CompletableFuture.supplyAsync(() -> built(text, onLink), WORKER)
                .whenComplete((built, error) -> Platform.runLater(() -> fill(box, text, built, error)));
        return box;
    }

    /** The body's nodes, not yet in any scene, or the refusal when it is over the budget. */
    private record Built(List<javafx.scene.Node> nodes, List<Hyperlink> links, String refusal) {
    }

    private static Built built(String text, Consumer<String> onLink) {
        MarkdownBudget.Checked checked = MarkdownBudget.check(text);
        if (!checked.renderable()) {
            return new Built(List.of(), List.of(), checked.refusal());
        }
        VBox nodes = new VBox();
        List<Hyperlink> links = new ArrayList<>();
        checked.document().accept(new Blocks(nodes, onLink, links));
        List<javafx.scene.Node> blocks = new ArrayList<>(nodes.getChildren());
        nodes.getChildren().clear();
        return new Built(blocks, links, null);
    }

    private static void fill(VBox box, String raw, Built built, Throwable error) {
        box.getChildren().clear();
        if (error == null && built.refusal() == null) {
            box.getChildren().setAll(built.nodes());
            for (Hyperlink link : built.links()) {
                link.setTooltip(new Tooltip((String) link.getUserData()));
            }
            return;
        }
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null ? error.getCause() : error;
        Label refusal = new Label(error == null ? built.refusal()
                : MarkdownBudget.refusal("it could not be read: " + cause.getClass().getSimpleName()));
        refusal.setId("md-too-large");
        refusal.setWrapText(true);
        Hyperlink open = new Hyperlink("Open the raw text");
        open.setId("md-open-raw");
        open.setOnAction(e -> {
            TextArea text = new TextArea(OutsideText.lines(raw.length() > MAX_RAW_CHARS
                    ? raw.substring(0, MAX_RAW_CHARS) + "\n… (the remaining " + (raw.length() - MAX_RAW_CHARS) + " characters are not shown)" : raw));
            text.setId("md-raw-text");
            text.setEditable(false);
            text.setWrapText(true);
            box.getChildren().setAll(refusal, text);
        });
        box.getChildren().setAll(refusal, open);
    }

    /** Turns each block into a node of {@code target}. */
    private static final class Blocks extends AbstractVisitor {
        private final VBox target;
        private final Consumer<String> onLink;
        private final List<Hyperlink> links;
        private int depth;

        Blocks(VBox target, Consumer<String> onLink, List<Hyperlink> links) {
            this.target = target;
            this.onLink = onLink;
            this.links = links;
        }

        @Override
        public void visit(Heading heading) {
            TextFlow flow = inline(heading);
            flow.getStyleClass().addAll("md-heading", "md-h" + heading.getLevel());
            target.getChildren().add(flow);
        }

        @Override
        public void visit(Paragraph paragraph) {
            target.getChildren().add(inline(paragraph));
        }

        @Override
        public void visit(BlockQuote quote) {
            VBox inner = new VBox(4);
            inner.getStyleClass().add("md-quote");
            quote.accept(new ChildrenOnly(new Blocks(inner, onLink, links)));
            target.getChildren().add(inner);
        }

        @Override
        public void visit(BulletList list) {
            items(list.getFirstChild(), false);
        }

        @Override
        public void visit(OrderedList list) {
            items(list.getFirstChild(), true);
        }

        private void items(org.commonmark.node.Node first, boolean numbered) {
            int n = 1;
            for (org.commonmark.node.Node item = first; item != null; item = item.getNext()) {
                VBox inner = new VBox(2);
                depth++;
                item.accept(new ChildrenOnly(new Blocks(inner, onLink, links)));
                depth--;
                Label marker = new Label(numbered ? (n++) + "." : "•");
                javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, marker, inner);
                row.setPadding(new javafx.geometry.Insets(0, 0, 0, 12.0 * (depth + 1)));
                target.getChildren().add(row);
            }
        }

        @Override
        public void visit(ListItem item) {
            visitChildren(item);
        }

        @Override
        public void visit(FencedCodeBlock code) {
            target.getChildren().add(codeBlock(code.getLiteral()));
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            target.getChildren().add(codeBlock(code.getLiteral()));
        }

        @Override
        public void visit(HtmlBlock html) {
            target.getChildren().add(codeBlock(html.getLiteral()));
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
                target.getChildren().add(table(table));
            } else {
                visitChildren(block);
            }
        }

        /** A GFM table as a grid: one cell per column, header row in bold. */
        private GridPane table(TableBlock table) {
            GridPane grid = new GridPane();
            grid.getStyleClass().add("md-table");
            grid.setHgap(12);
            grid.setVgap(2);
            int row = 0;
            for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (org.commonmark.node.Node tr = section.getFirstChild(); tr != null; tr = tr.getNext()) {
                    int col = 0;
                    for (org.commonmark.node.Node cell = tr.getFirstChild(); cell != null; cell = cell.getNext()) {
                        TextFlow flow = inline(cell);
                        if (cell instanceof TableCell tc && tc.isHeader()) {
                            flow.getStyleClass().add("md-table-header");
                        }
                        grid.add(flow, col++, row);
                    }
                    row++;
                }
            }
            return grid;
        }

        @Override
        public void visit(ThematicBreak rule) {
            target.getChildren().add(new javafx.scene.control.Separator());
        }

        private static Label codeBlock(String text) {
            Label label = new Label(OutsideText.lines(text.stripTrailing()));
            label.getStyleClass().add("md-code-block");
            label.setWrapText(true);
            return label;
        }

        private TextFlow inline(org.commonmark.node.Node block) {
            TextFlow flow = new TextFlow();
            block.accept(new ChildrenOnly(new Inlines(flow, onLink, links, "")));
            return flow;
        }
    }

    /** Visits a node's children but not the node itself. */
    private static final class ChildrenOnly extends AbstractVisitor {
        private final AbstractVisitor inner;
        private boolean entered;

        ChildrenOnly(AbstractVisitor inner) {
            this.inner = inner;
        }

        @Override
        protected void visitChildren(org.commonmark.node.Node parent) {
            if (entered) {
                return;
            }
            entered = true;
            for (org.commonmark.node.Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                child.accept(inner);
            }
        }
    }

    /** Text runs of one block, with their emphasis as style classes. */
    private static final class Inlines extends AbstractVisitor {
        private final TextFlow flow;
        private final Consumer<String> onLink;
        private final List<Hyperlink> links;
        private final String style;

        Inlines(TextFlow flow, Consumer<String> onLink, List<Hyperlink> links, String style) {
            this.flow = flow;
            this.onLink = onLink;
            this.links = links;
            this.style = style;
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            add(text.getLiteral(), style);
        }

        @Override
        public void visit(Emphasis emphasis) {
            emphasis.accept(new ChildrenOnly(new Inlines(flow, onLink, links, style + " md-em")));
        }

        @Override
        public void visit(StrongEmphasis strong) {
            strong.accept(new ChildrenOnly(new Inlines(flow, onLink, links, style + " md-strong")));
        }

        @Override
        public void visit(Code code) {
            add(code.getLiteral(), style + " md-code");
        }

        @Override
        public void visit(HtmlInline html) {
            add(html.getLiteral(), style + " md-code");
        }

        @Override
        public void visit(SoftLineBreak br) {
            add(" ", style);
        }

        @Override
        public void visit(HardLineBreak br) {
            add("\n", style);
        }

        @Override
        public void visit(Link link) {
            StringBuilder label = new StringBuilder();
            link.accept(new ChildrenOnly(new AbstractVisitor() {
                @Override
                public void visit(org.commonmark.node.Text text) {
                    label.append(text.getLiteral());
                }
            }));
            Hyperlink h = new Hyperlink(OutsideText.line(label.length() == 0 ? link.getDestination() : label.toString()));
            h.getStyleClass().add("md-link");
            // a tooltip is a window, made on the UI thread when the nodes are attached
            h.setUserData(OutsideText.line(link.getDestination()));
            links.add(h);
            h.setOnAction(e -> onLink.accept(link.getDestination()));
            flow.getChildren().add(h);
        }

        @Override
        public void visit(Image image) {
            add("[image not loaded: " + OutsideText.line(image.getDestination()) + "]", style + " md-code");
        }

        private void add(String text, String classes) {
            Text t = new Text(OutsideText.lines(text));
            t.getStyleClass().add("md-text");
            for (String c : classes.strip().split(" ")) {
                if (!c.isBlank()) {
                    t.getStyleClass().add(c);
                }
            }
            flow.getChildren().add(t);
        }
    }
}
