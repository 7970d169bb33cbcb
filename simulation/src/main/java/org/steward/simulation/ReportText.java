package org.steward.simulation;

import java.util.stream.Collectors;
import org.steward.core.format.Shown;
import org.steward.simulation.report.BalanceChange;
import org.steward.simulation.report.DecodedEvent;
import org.steward.simulation.report.StateChange;

/**
 * A simulation report for a person (the CLI's text output and the review screens): amounts in
 * ether and in each token's own symbol and decimals, then what changed and why to care. A change
 * too fine for the shown decimals carries its exact amount, since the report is plain text with
 * no hover; {@code --json} keeps the raw integers.
 */
public final class ReportText {

    private ReportText() {
    }

    public static String write(SimulationReport r) {
        StringBuilder s = new StringBuilder();
        s.append(r.success() ? "Result:   succeeds" : "Result:   FAILS: " + r.revertReason()).append('\n');
        s.append("Gas used: ").append(String.format("%,d", r.gasUsed())).append('\n');
        s.append("Balance changes:").append(r.balanceChanges().isEmpty() ? " none\n" : "\n");
        for (BalanceChange c : r.balanceChanges()) {
            s.append("  ").append(c.address()).append(c.name() == null ? "" : " (" + c.name() + ")").append(": ")
                    .append(c.delta().signum() > 0 ? "+" : "").append(delta(c))
                    .append(" (").append(c.number(c.before())).append(" → ").append(c.number(c.after())).append(")\n");
        }
        s.append("Events:").append(r.events().isEmpty() ? " none\n" : "\n");
        for (DecodedEvent e : r.events()) {
            s.append("  ").append(e.address()).append(": ").append(e.known() ? e.name() : "unknown event")
                    .append(e.args().entrySet().stream().map(a -> a.getKey() + "=" + a.getValue()).collect(Collectors.joining(", ", "(", ")")))
                    .append('\n');
        }
        s.append("DAO state changes:").append(r.stateChanges().isEmpty() ? " none\n" : "\n");
        for (StateChange c : r.stateChanges()) {
            s.append("  ").append(c.kind()).append(' ').append(c.contract()).append(": ").append(c.what()).append(' ')
                    .append(c.before()).append(" → ").append(c.after()).append('\n');
        }
        for (String risk : r.risks()) {
            s.append("HIGH RISK: ").append(risk).append('\n');
        }
        for (String note : r.notes()) {
            s.append("Note: ").append(note).append('\n');
        }
        return s.toString().stripTrailing();
    }

    /** "1,234.5 STW"; "< 0.0001 STW (exactly 0.000000000000000001 STW)" when the shown decimals would hide the change. */
    static String delta(BalanceChange c) {
        Shown shown = c.amount(c.delta());
        String exact = c.exactAmount(c.delta());
        return exact == null || exact.equals(shown.text()) ? shown.text() : shown.text() + " (exactly " + exact + ")";
    }
}
