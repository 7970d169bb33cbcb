package org.steward.governance.domain.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The hostile bodies: each is refused with the limit it passed, on a thread with a small stack. */
class MarkdownBudgetTest {

    @Test
    void anOrdinaryBodyIsRenderable() {
        MarkdownBudget.Checked c = MarkdownBudget.check("# Title\n\n> quoted\n\n- a\n  - b\n    - c\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n*em* **strong**");
        assertThat(c.renderable()).isTrue();
        assertThat(c.refusal()).isNull();
    }

    @Test
    void deepListsOnOneLineAreRefusedBeforeParsing() {
        assertRefused("- ".repeat(200) + "x\n", "nest more than");
    }

    @Test
    void deepListsByIndentationAreRefused() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            b.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        assertRefused(b.toString(), "nest");
    }

    @Test
    void deepQuotesAreRefused() {
        assertRefused(">".repeat(500) + " deep\n", "nest more than");
        assertRefused("> ".repeat(500) + " deep\n", "nest more than");
    }

    @Test
    void deeplyNestedEmphasisIsRefused() {
        assertRefused("*a ".repeat(10_000) + "x" + "* ".repeat(10_000), "");
        assertRefused("*".repeat(10_000) + "x" + "*".repeat(10_000), "emphasis");
        assertRefused("[".repeat(5_000) + "x" + "](y)".repeat(5_000), "");
    }

    @Test
    void hugeTablesAndBodiesAreRefused() {
        StringBuilder t = new StringBuilder("|" + " h |".repeat(100) + "\n|" + "---|".repeat(100) + "\n");
        for (int r = 0; r < 1000 && t.length() < MarkdownBudget.MAX_CHARS - 1000; r++) {
            t.append("|").append(" c |".repeat(100)).append('\n');
        }
        assertRefused(t.toString(), "cells");
        assertRefused("word ".repeat(1_000_000), "characters long");
    }

    private static void assertRefused(String body, String why) {
        AtomicReference<Object> out = new AtomicReference<>();
        // a small stack, as a background thread may have: a budget that only works on a big one is no budget
        Thread t = new Thread(null, () -> {
            try {
                out.set(MarkdownBudget.check(body));
            } catch (Throwable e) {
                out.set(e);
            }
        }, "markdown-budget", 256 * 1024);
        t.start();
        try {
            t.join(60_000);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(out.get()).isInstanceOf(MarkdownBudget.Checked.class);
        MarkdownBudget.Checked c = (MarkdownBudget.Checked) out.get();
        assertThat(c.renderable()).isFalse();
        assertThat(c.refusal()).startsWith("This body is too large to render (").endsWith("open the raw text to read it.").contains(why);
    }
}
